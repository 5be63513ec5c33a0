package com.cometapi.camel.gemini;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures every log line, at TRACE for every logger, while open; restores the configuration on close.
 */
final class LogCapture implements AutoCloseable {

    /**
     * HttpClient's wire log dumps the raw bytes it sends, the auth header included; it is HttpClient's own debugging
     * facility and stays off (docs say so).
     */
    static final String HTTP_WIRE_LOG = "org.apache.hc.client5.http.wire";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final AbstractAppender appender;
    private boolean closed;

    LogCapture() {
        appender = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
                        .append(event.getMessage().getFormattedMessage());
                if (event.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    event.getThrown().printStackTrace(new PrintWriter(trace));
                    line.append('\n').append(trace);
                }
                lines.add(line.toString());
            }
        };
        appender.start();
        Configuration config = context.getConfiguration();
        List<LoggerConfig> loggers = new ArrayList<>(config.getLoggers().values());
        loggers.add(config.getRootLogger());
        for (LoggerConfig logger : loggers) {
            logger.setLevel(Level.TRACE);
            logger.addAppender(appender, Level.TRACE, null);
        }
        LoggerConfig wire = new LoggerConfig(HTTP_WIRE_LOG, Level.INFO, true);
        config.addLogger(HTTP_WIRE_LOG, wire);
        context.updateLoggers();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // reload the test configuration: every level and appender as the file says, whatever happened meanwhile
        context.reconfigure();
        appender.stop();
    }
}
