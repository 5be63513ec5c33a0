package com.cometapi.camel.gemini.test.logscan;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.AppenderBase;

/**
 * The log scan's appender for Logback (Spring Boot's default): hands every event's text (message and stack trace)
 * to {@link LogScan}. In {@code logback-test.xml}: an appender of this class and the root logger at TRACE
 * referencing it.
 */
public final class LogbackScanAppender extends AppenderBase<ILoggingEvent> {

    @Override
    public void start() {
        LogScan.appenderStarted();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        Throwable thrown = event.getThrowableProxy() instanceof ThrowableProxy proxy ? proxy.getThrowable() : null;
        LogScan.scan(event.getLoggerName(), EventText.of(event.getFormattedMessage(), thrown));
    }
}
