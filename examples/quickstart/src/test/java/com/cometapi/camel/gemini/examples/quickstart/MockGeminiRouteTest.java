package com.cometapi.camel.gemini.examples.quickstart;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A route test against the mock: the gemini component's base URL and key point at it, so the routes under test use
 * plain {@code gemini:generate?...} URIs, as in production.
 */
abstract class MockGeminiRouteTest extends CamelTestSupport {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        // snippet:testing-component-config
        GeminiComponent component = camel.getComponent("gemini", GeminiComponent.class);
        component.getConfiguration().setBaseUrl(gemini.baseUrl());
        component.getConfiguration().setApiKey("test-key");
        // end-snippet:testing-component-config
        return camel;
    }
}
