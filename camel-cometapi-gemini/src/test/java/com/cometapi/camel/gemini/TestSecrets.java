package com.cometapi.camel.gemini;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The API keys the tests give the component, and the log lines that showed one. Every log event of the suite, at
 * TRACE for every logger, passes {@link SecretScanAppender}; {@link NoSecretInLogsExtension} fails the test class in
 * which a key appeared.
 */
final class TestSecrets {

    /** Shorter keys would match ordinary text; every key the tests use is at least this long. */
    static final int MIN_LENGTH = 8;

    private static final Set<String> KEYS = new CopyOnWriteArraySet<>();
    private static final Set<String> WRITTEN_INTO_URIS = new CopyOnWriteArraySet<>();
    private static final List<String> LEAKS = new CopyOnWriteArrayList<>();
    private static volatile boolean scanning;

    private TestSecrets() {
    }

    /** @return the key, now watched for in every log line */
    static String register(String key) {
        if (key == null || key.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("Test keys must have at least " + MIN_LENGTH
                                               + " characters, so the log scan can tell them from other text");
        }
        KEYS.add(key);
        return key;
    }

    /**
     * Like {@link #register}, for a key a test writes into an endpoint URI on purpose (to check what Camel and the
     * component mask afterwards). Camel core echoes a URI as written while it resolves it, and its parameters, at
     * TRACE/DEBUG, before any component sees it; the docs say so and tell users to set the key on the component. So
     * for these keys Camel core's own lines are not counted; the component's are.
     */
    static String registerWrittenIntoUris(String key) {
        WRITTEN_INTO_URIS.add(register(key));
        return key;
    }

    static void scan(String loggerName, String text) {
        if (isTestServer(loggerName)) {
            return;
        }
        for (String key : KEYS) {
            if (text.contains(key) && !(WRITTEN_INTO_URIS.contains(key) && loggerName.startsWith("org.apache.camel."))) {
                LEAKS.add(loggerName + ": " + text.replace(key, "<the key>"));
            }
        }
    }

    /** The servers the tests call receive the key, and may log what they received. */
    private static boolean isTestServer(String loggerName) {
        return loggerName.startsWith("org.eclipse.jetty.") || loggerName.startsWith("com.github.tomakehurst.")
               || loggerName.startsWith("WireMock") || loggerName.startsWith("com.cometapi.camel.gemini.test.")
               || loggerName.startsWith("com.sun.net.httpserver");
    }

    static void scanning() {
        scanning = true;
    }

    static boolean isScanning() {
        return scanning;
    }

    /** The leaks seen since the last call, which forgets them. */
    static List<String> takeLeaks() {
        List<String> taken = List.copyOf(LEAKS);
        LEAKS.removeAll(taken);
        return taken;
    }
}
