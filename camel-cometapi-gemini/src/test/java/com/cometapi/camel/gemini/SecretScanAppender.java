package com.cometapi.camel.gemini;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Core;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;

/** Hands every log event's text (message and stack trace) to {@link TestSecrets#scan}. Configured in log4j2-test.xml. */
@Plugin(name = "SecretScan", category = Core.CATEGORY_NAME, elementType = Appender.ELEMENT_TYPE)
public final class SecretScanAppender extends AbstractAppender {

    private SecretScanAppender(String name) {
        super(name, null, null, true, Property.EMPTY_ARRAY);
    }

    @PluginFactory
    public static SecretScanAppender create(@PluginAttribute("name") String name) {
        TestSecrets.scanning();
        return new SecretScanAppender(name);
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder text = new StringBuilder(event.getMessage().getFormattedMessage());
        if (event.getThrown() != null) {
            StringWriter trace = new StringWriter();
            event.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        TestSecrets.scan(event.getLoggerName(), text.toString());
    }
}
