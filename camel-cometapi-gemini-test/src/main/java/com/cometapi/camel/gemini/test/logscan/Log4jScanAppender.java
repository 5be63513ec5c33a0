package com.cometapi.camel.gemini.test.logscan;

import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Core;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;

/**
 * The log scan's appender for Log4j 2: hands every event's text (message and stack trace) to {@link LogScan}. In
 * {@code log4j2-test.xml}: an appender {@code <GeminiLogScan name="scan"/>} and the root logger at TRACE referencing
 * it (Log4j finds the plugin through the descriptor in the test kit's jar).
 */
@Plugin(name = "GeminiLogScan", category = Core.CATEGORY_NAME, elementType = Appender.ELEMENT_TYPE)
public final class Log4jScanAppender extends AbstractAppender {

    private Log4jScanAppender(String name) {
        super(name, null, null, true, Property.EMPTY_ARRAY);
    }

    @PluginFactory
    public static Log4jScanAppender create(@PluginAttribute("name") String name) {
        LogScan.appenderStarted();
        return new Log4jScanAppender(name);
    }

    @Override
    public void append(LogEvent event) {
        LogScan.scan(event.getLoggerName(), EventText.of(event.getMessage().getFormattedMessage(), event.getThrown()));
    }
}
