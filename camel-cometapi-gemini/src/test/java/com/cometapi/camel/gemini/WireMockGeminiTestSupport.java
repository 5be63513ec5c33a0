package com.cometapi.camel.gemini;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.TestComponents.testComponent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A Camel test whose gemini component talks to a WireMock server on a loopback port.
 */
public abstract class WireMockGeminiTestSupport extends CamelTestSupport {

    protected static final String API_KEY = "test-key-7f3c9a1e2b";
    protected static final String SIMPLE_ANSWER = """
            {"candidates":[{"content":{"role":"model","parts":[{"text":"Paris"}]},"finishReason":"STOP","index":0}],
             "usageMetadata":{"promptTokenCount":7,"candidatesTokenCount":1,"totalTokenCount":8},
             "modelVersion":"gemini-2.5-flash","responseId":"resp-1"}""";

    @RegisterExtension
    protected static WireMockExtension wiremock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    /** What the component told its call observer, in order. */
    protected final List<GeminiCallEvent> events = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        GeminiComponent component = testComponent(wiremock.baseUrl(), API_KEY);
        component.setCallObserver(events::add);
        context.addComponent("gemini", component);
        return context;
    }

    /** Every generateContent call answers with this JSON body. */
    protected static void answerWith(String json) {
        wiremock.stubFor(post(urlPathMatching("/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(json)));
    }

    /** Every call answers with this status and body. */
    protected static void answerWith(int status, String contentType, String body) {
        wiremock.stubFor(post(urlPathMatching("/.*")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body)));
    }
}
