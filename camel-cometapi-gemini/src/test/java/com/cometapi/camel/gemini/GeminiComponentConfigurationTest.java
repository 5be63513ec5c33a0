package com.cometapi.camel.gemini;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Component options are the defaults of every endpoint; an endpoint overrides them; the key falls back to the
 * environment.
 */
class GeminiComponentConfigurationTest extends WireMockGeminiTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        GeminiConfiguration defaults = context.getComponent("gemini", GeminiComponent.class).getConfiguration();
        defaults.setModel("gemini-2.0-flash");
        defaults.setTemperature(0.3);
        defaults.setSystemInstruction("Component default");
        return context;
    }

    @Test
    void endpointUsesComponentDefaultsAndOverridesSome() {
        answerWith(SIMPLE_ANSWER);

        template.requestBody("gemini:generate?temperature=0.9", "Hello");

        wiremock.verify(postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.0-flash:generateContent"))
                .withRequestBody(equalToJson("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hello\"}]}],"
                                             + "\"systemInstruction\":{\"parts\":[{\"text\":\"Component default\"}]},"
                                             + "\"generationConfig\":{\"temperature\":0.9}}")));
        assertThat(context.getComponent("gemini", GeminiComponent.class).getConfiguration().getTemperature())
                .as("the component's default is untouched").isEqualTo(0.3);
    }

    @Test
    void componentToolsApplyToGenerateAndStreamEndpoints() throws Exception {
        GeminiConfiguration defaults = context.getComponent("gemini", GeminiComponent.class).getConfiguration();
        defaults.setTools("weather");
        try {
            assertThat(context.getEndpoint("gemini:generate", GeminiEndpoint.class).getConfiguration().getTools())
                    .isEqualTo("weather");
            GeminiEndpoint stream = context.getEndpoint("gemini:stream", GeminiEndpoint.class);
            assertThat(stream.getConfiguration().getTools()).isEqualTo("weather");
            stream.start();
            assertThat(stream.isStarted()).as("the tool loop works on streams too").isTrue();
        } finally {
            defaults.setTools(null);
        }
    }

    @Test
    void componentOptionsCanBeSetByName() throws Exception {
        GeminiComponent component = new GeminiComponent();
        context.addComponent("gemini2", component);
        org.apache.camel.support.PropertyBindingSupport.build()
                .withConfigurer(new GeminiComponentConfigurer())
                .withIgnoreCase(true)
                .bind(context, component, new java.util.HashMap<>(Map.of("model", "gemini-3-pro-preview",
                        "requestTimeout", "2m", "thinkinglevel", "LOW")));

        assertThat(component.getConfiguration().getModel()).isEqualTo("gemini-3-pro-preview");
        assertThat(component.getConfiguration().getRequestTimeout()).isEqualTo(120_000);
        assertThat(component.getConfiguration().getThinkingLevel()).isEqualTo(com.cometapi.camel.gemini.model.ThinkingLevel.LOW);
    }

    @Test
    void durationsAcceptMillisAndUnits() {
        GeminiEndpoint endpoint = context.getEndpoint(
                "gemini:generate?connectTimeout=1500&requestTimeout=2m&streamIdleTimeout=30s&retryInitialDelay=250ms",
                GeminiEndpoint.class);

        assertThat(endpoint.getConfiguration().getConnectTimeout()).isEqualTo(1500);
        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(120_000);
        assertThat(endpoint.getConfiguration().getStreamIdleTimeout()).isEqualTo(30_000);
        assertThat(endpoint.getConfiguration().getRetryInitialDelay()).isEqualTo(250);
    }

    @Test
    void keyComesFromTheOptionElseCometApiKeyElseGeminiApiKey() {
        Map<String, String> both = Map.of("COMETAPI_KEY", "comet", "GEMINI_API_KEY", "google");
        Map<String, String> googleOnly = Map.of("GEMINI_API_KEY", "google");

        assertThat(ApiAccess.apiKey("configured", both::get)).isEqualTo("configured");
        assertThat(ApiAccess.apiKey(null, both::get)).isEqualTo("comet");
        assertThat(ApiAccess.apiKey(" ", googleOnly::get)).isEqualTo("google");
        assertThat(ApiAccess.apiKey(null, Map.<String, String> of()::get)).isNull();
    }

    @Test
    void endpointsShareOneHttpClientPerTransportConfiguration() throws Exception {
        GeminiEndpoint first = context.getEndpoint("gemini:generate?model=a", GeminiEndpoint.class);
        GeminiEndpoint second = context.getEndpoint("gemini:generate?model=b&temperature=1", GeminiEndpoint.class);
        GeminiEndpoint proxied = context.getEndpoint("gemini:generate?proxyHost=127.0.0.1&proxyPort=3128",
                GeminiEndpoint.class);
        first.start();
        second.start();
        proxied.start();

        assertThat(first.client()).isSameAs(second.client());
        assertThat(proxied.client()).isNotSameAs(first.client());
    }
}
