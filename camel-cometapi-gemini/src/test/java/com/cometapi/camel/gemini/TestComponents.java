package com.cometapi.camel.gemini;

import com.cometapi.camel.gemini.test.logscan.LogScan;

/**
 * The gemini component as the tests use it: pointed at a loopback server, with a test key and short retry delays.
 */
final class TestComponents {

    private TestComponents() {
    }

    static GeminiComponent testComponent(String baseUrl, String apiKey) {
        GeminiComponent component = new GeminiComponent();
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setApiKey(apiKey == null ? null : LogScan.watch(apiKey));
        component.getConfiguration().setRetryInitialDelay(10);
        return component;
    }
}
