package com.cometapi.camel.gemini;


import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gemini:countTokens} over a real socket: the exact request ({@code contents} alone, or the whole request as
 * {@code generateContentRequest} when the endpoint adds a system instruction), the Integer body and token headers,
 * retries, and the observer's {@code count_tokens} event.
 */
class GeminiCountTokensTest extends WireMockGeminiTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:count").to("gemini:countTokens?temperature=0.3");
                from("direct:withSystem").to("gemini:countTokens?systemInstruction=Answer in French");
                from("direct:bad").to("gemini:countTokens");
            }
        };
    }

    @Test
    void sendsTheContentsAndAnswersTheTotal() {
        wiremock.stubFor(post(urlEqualTo("/v1beta/models/gemini-2.5-flash:countTokens")).willReturn(okJson(
                "{\"totalTokens\":31,\"cachedContentTokenCount\":4,\"promptTokensDetails\":[{\"modality\":\"TEXT\","
                + "\"tokenCount\":31}]}")));

        Exchange exchange = template.request("direct:count", e -> e.getMessage().setBody("How many tokens is this?"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo(31);
        assertThat(exchange.getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isEqualTo(31);
        assertThat(exchange.getMessage().getHeader(GeminiConstants.CACHED_CONTENT_TOKEN_COUNT)).isEqualTo(4);
        assertThat(exchange.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(1);
        // generation options are no part of a count: only the turns go
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.5-flash:countTokens"))
                .withHeader("x-goog-api-key", equalTo(API_KEY))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson("{\"contents\":[{\"role\":\"user\",\"parts\":"
                                             + "[{\"text\":\"How many tokens is this?\"}]}]}")));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.operation()).isEqualTo(GeminiCallEvent.COUNT_TOKENS);
            assertThat(event.model()).isEqualTo("gemini-2.5-flash");
            assertThat(event.failure()).isNull();
        });
    }

    @Test
    void aSystemInstructionSendsTheWholeRequestWithTheModelHeaderModel() {
        wiremock.stubFor(post(urlEqualTo("/v1beta/models/gemini-2.5-pro:countTokens"))
                .willReturn(okJson("{\"totalTokens\":12}")));

        Object body = template.requestBodyAndHeader("direct:withSystem", "Hello", GeminiConstants.MODEL,
                "gemini-2.5-pro");

        assertThat(body).isEqualTo(12);
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.5-pro:countTokens"))
                .withRequestBody(equalToJson("{\"generateContentRequest\":{\"model\":\"models/gemini-2.5-pro\","
                                             + "\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hello\"}]}],"
                                             + "\"systemInstruction\":{\"parts\":[{\"text\":\"Answer in French\"}]}}}")));
    }

    @Test
    void retriesA503LikeGenerate() {
        wiremock.stubFor(post(urlPathMatching("/.*")).inScenario("busy").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(503).withBody(
                        "{\"error\":{\"code\":503,\"message\":\"overloaded\",\"status\":\"UNAVAILABLE\"}}"))
                .willSetStateTo("ok"));
        wiremock.stubFor(post(urlPathMatching("/.*")).inScenario("busy").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"totalTokens\":5}")));

        Exchange exchange = template.request("direct:count", e -> e.getMessage().setBody("Hi"));

        assertThat(exchange.getMessage().getBody()).isEqualTo(5);
        assertThat(exchange.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(2);
    }

    @Test
    void anAnswerThatIsNoJsonFailsAsAnInvalidAnswer() {
        wiremock.stubFor(post(urlPathMatching("/.*")).willReturn(aResponse().withStatus(200).withBody("<html>")));

        Exchange exchange = template.request("direct:count", e -> e.getMessage().setBody("Hi"));

        assertThat(exchange.getException()).isInstanceOf(GeminiApiException.class)
                .hasMessageContaining("not a valid Gemini answer");
        assertThat(events).singleElement().satisfies(event -> assertThat(event.failure()).isNotNull());
    }

    @Test
    void anEmptyBodyFailsBeforeSending() {
        Exchange exchange = template.request("direct:bad", e -> e.getMessage().setBody(""));

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty prompt");
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8").withBody(json);
    }
}
