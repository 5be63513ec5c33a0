package com.cometapi.camel.gemini.test;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Runs a demo or example against the real Gemini API when {@code COMETAPI_KEY} is set, and otherwise against a
 * {@link MockGeminiServer} started for the run (stopped afterwards), saying on {@code out} which one it talks to.
 * <pre>{@code
 * RealOrMock.run(System.out, "canned answers", mock -> { }, (baseUrl, apiKey) -> MyApp.run(baseUrl, apiKey));
 * }</pre>
 */
public final class RealOrMock {

    /** The key the examples give the component when they talk to the mock (the mock accepts any key). */
    public static final String MOCK_API_KEY = "offline-mock-key";

    private static final String KEY_VARIABLE = "COMETAPI_KEY";

    /** The part that talks to Gemini. */
    @FunctionalInterface
    public interface Run {

        /**
         * @param baseUrl the mock's base URL, or null for the component's default (the real API through CometAPI)
         * @param apiKey  {@link #MOCK_API_KEY} for the mock, or null: the component reads {@code COMETAPI_KEY} itself
         */
        void run(String baseUrl, String apiKey) throws Exception;
    }

    private RealOrMock() {
    }

    /**
     * @param out         where to say which Gemini the run talks to
     * @param mockAnswers what the mock answers, for the message (e.g. "canned answers")
     * @param script      prepares the mock (enqueues its replies); not called for the real API
     * @param run         the part that talks to Gemini
     */
    public static void run(PrintStream out, String mockAnswers, Consumer<MockGeminiServer> script, Run run)
            throws Exception {
        run(System.getenv(KEY_VARIABLE), out, mockAnswers, script, run);
    }

    static void run(String key, PrintStream out, String mockAnswers, Consumer<MockGeminiServer> script, Run run)
            throws Exception {
        if (key != null && !key.isBlank()) {
            out.println(KEY_VARIABLE + " is set: calling the real Gemini API through https://api.cometapi.com");
            run.run(null, null);
            return;
        }
        try (MockGeminiServer mock = new MockGeminiServer()) {
            mock.start();
            script.accept(mock);
            out.println(KEY_VARIABLE + " is not set: using the offline MockGeminiServer at " + mock.baseUrl() + " ("
                        + mockAnswers + ").");
            out.println("To call the real API: export " + KEY_VARIABLE + "=<your CometAPI key> and run again.");
            run.run(mock.baseUrl(), MOCK_API_KEY);
        }
    }
}
