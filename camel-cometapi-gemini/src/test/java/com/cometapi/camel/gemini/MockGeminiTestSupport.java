package com.cometapi.camel.gemini;

import com.cometapi.camel.gemini.test.MockGeminiServer;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Camel test whose gemini component talks to the test kit's MockGeminiServer on a loopback port.
 */
public abstract class MockGeminiTestSupport extends CamelTestSupport {

    protected static final String API_KEY = "mock-key-51c0";

    @RegisterExtension
    protected static MockGeminiServer gemini = new MockGeminiServer();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        GeminiComponent component = new GeminiComponent();
        component.getConfiguration().setBaseUrl(gemini.baseUrl());
        component.getConfiguration().setApiKey(API_KEY);
        component.getConfiguration().setRetryInitialDelay(10);
        context.addComponent("gemini", component);
        return context;
    }

    protected GeminiComponent geminiComponent() {
        return context.getComponent("gemini", GeminiComponent.class);
    }
}
