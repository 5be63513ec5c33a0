package com.cometapi.camel.gemini.test.logscan;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What a log line shows of an event: its message and, when it has one, the stack trace with every cause. */
final class EventText {

    private EventText() {
    }

    static String of(String message, Throwable thrown) {
        if (thrown == null) {
            return String.valueOf(message);
        }
        StringWriter text = new StringWriter().append(String.valueOf(message)).append('\n');
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
