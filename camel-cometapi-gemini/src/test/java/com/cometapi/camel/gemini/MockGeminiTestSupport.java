package com.cometapi.camel.gemini;

import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.TestComponents.testComponent;

/**
 * A Camel test whose gemini component talks to the test kit's MockGeminiServer on a loopback port.
 */
public abstract class MockGeminiTestSupport extends CamelTestSupport {

    protected static final String API_KEY = "mock-key-51c0";

    @RegisterExtension
    protected static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("gemini", testComponent(gemini.baseUrl(), API_KEY));
        return context;
    }

    protected GeminiComponent geminiComponent() {
        return context.getComponent("gemini", GeminiComponent.class);
    }
}
