package com.cometapi.camel.gemini.test.logscan;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Watches a test suite's log lines for its API keys. A scanning appender ({@link Log4jScanAppender} or
 * {@link LogbackScanAppender}) receives every log event at every level and hands its text here;
 * {@link NoSecretInLogsExtension} fails the test class during which a watched key appeared.
 * <p>
 * Lines of the servers the tests call (the test kit's mock, WireMock, Jetty, the JDK's HTTP server) are not
 * scanned: they receive the key and may log what they received.
 */
public final class LogScan {

    /** Shorter keys would match ordinary text; every watched key is at least this long. */
    public static final int MIN_KEY_LENGTH = 8;

    private static final Set<String> KEYS = new CopyOnWriteArraySet<>();
    private static final Set<String> ECHOED_BY_CAMEL_CORE = new CopyOnWriteArraySet<>();
    private static final List<String> LEAKS = new CopyOnWriteArrayList<>();
    private static volatile boolean running;

    private LogScan() {
    }

    /**
     * @param  key                      an API key the tests use
     * @return                          the key, now watched for in every log line
     * @throws IllegalArgumentException for a key shorter than {@link #MIN_KEY_LENGTH}
     */
    public static String watch(String key) {
        if (key == null || key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("Watched keys must have at least " + MIN_KEY_LENGTH
                                               + " characters, so the log scan can tell them from other text");
        }
        KEYS.add(key);
        return key;
    }

    /**
     * Like {@link #watch}, for a key a test hands to Camel core in a form Camel core echoes: written into an endpoint
     * URI, or the value of a property placeholder ({@code {{...}}}). Camel core logs URIs as written and resolved
     * placeholder values at DEBUG and TRACE, before any component sees them; for these keys the lines of Camel core's
     * loggers ({@code org.apache.camel.}) are not counted, every other line is.
     */
    public static String watchEchoedByCamelCore(String key) {
        ECHOED_BY_CAMEL_CORE.add(watch(key));
        return key;
    }

    /** @return whether a scanning appender has been configured in this JVM */
    public static boolean isRunning() {
        return running;
    }

    static void appenderStarted() {
        running = true;
    }

    static void scan(String loggerName, String text) {
        if (isTestServer(loggerName)) {
            return;
        }
        for (String key : KEYS) {
            if (text.contains(key) && !(ECHOED_BY_CAMEL_CORE.contains(key) && loggerName.startsWith("org.apache.camel."))) {
                LEAKS.add(loggerName + ": " + text.replace(key, "<the key>"));
            }
        }
    }

    private static boolean isTestServer(String loggerName) {
        return loggerName.startsWith("org.eclipse.jetty.") || loggerName.startsWith("com.github.tomakehurst.")
               || loggerName.startsWith("WireMock") || loggerName.startsWith("com.cometapi.camel.gemini.test.")
               || loggerName.startsWith("com.sun.net.httpserver");
    }

    /** @return the leaks seen since the last call, which forgets them (the key itself replaced) */
    static List<String> takeLeaks() {
        List<String> taken = List.copyOf(LEAKS);
        LEAKS.removeAll(taken);
        return taken;
    }
}
