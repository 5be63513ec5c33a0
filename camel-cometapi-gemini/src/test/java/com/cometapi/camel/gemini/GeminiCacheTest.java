package com.cometapi.camel.gemini;

import java.util.List;

import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.cometapi.camel.gemini.GeminiCountTokensTest.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code gemini:cache} over a real socket: the exact cachedContents request (turns, system instruction, ttl in
 * seconds, no generation settings), the cache name as body and header, and a following {@code gemini:generate} that
 * sends that cache because of header CamelGeminiCachedContent.
 */
class GeminiCacheTest extends WireMockGeminiTestSupport {

    private static final String CREATED = "{\"name\":\"cachedContents/abc123\",\"model\":\"models/gemini-2.5-flash\","
                                          + "\"createTime\":\"2026-12-07T10:00:00Z\",\"expireTime\":"
                                          + "\"2026-12-07T11:00:00Z\",\"usageMetadata\":{\"totalTokenCount\":4096}}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:cache").to("gemini:cache?systemInstruction=You answer from the manual&temperature=0.2");
                from("direct:shortCache").to("gemini:cache?cacheTtl=1500ms&model=gemini-2.5-pro");
                from("direct:cacheThenAsk")
                        .to("gemini:cache?systemInstruction=You answer from the manual")
                        .setBody(constant("What does chapter 2 say?"))
                        .to("gemini:generate?cachedContent=cachedContents/older");
                from("direct:ask").to("gemini:generate?cachedContent=cachedContents/older");
            }
        };
    }

    @Test
    void createsTheCacheAndAnswersItsName() {
        wiremock.stubFor(post(urlEqualTo("/v1beta/cachedContents")).willReturn(okJson(CREATED)));

        Exchange exchange = template.request("direct:cache", e -> e.getMessage().setBody("The whole manual ..."));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo("cachedContents/abc123");
        assertThat(exchange.getMessage().getHeader(GeminiConstants.CACHED_CONTENT)).isEqualTo("cachedContents/abc123");
        assertThat(exchange.getMessage().getHeader(GeminiConstants.CACHE_EXPIRE_TIME)).isEqualTo("2026-12-07T11:00:00Z");
        assertThat(exchange.getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT)).isEqualTo(4096);
        assertThat(exchange.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(1);
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v1beta/cachedContents"))
                .withHeader("x-goog-api-key", equalTo(API_KEY))
                .withRequestBody(equalToJson("{\"model\":\"models/gemini-2.5-flash\",\"contents\":[{\"role\":\"user\","
                                             + "\"parts\":[{\"text\":\"The whole manual ...\"}]}],"
                                             + "\"systemInstruction\":{\"parts\":[{\"text\":\"You answer from the manual\"}]},"
                                             + "\"ttl\":\"3600s\"}")));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.operation()).isEqualTo("create_cache");
            assertThat(event.model()).isEqualTo("gemini-2.5-flash");
        });
    }

    @Test
    void cacheTtlIsSentInSeconds() {
        wiremock.stubFor(post(urlEqualTo("/v1beta/cachedContents")).willReturn(okJson(CREATED)));

        template.requestBody("direct:shortCache", "Manual");

        wiremock.verify(1, postRequestedFor(urlEqualTo("/v1beta/cachedContents"))
                .withRequestBody(matchingJsonPath("$.ttl", equalTo("1.5s")))
                .withRequestBody(matchingJsonPath("$.model", equalTo("models/gemini-2.5-pro"))));
    }

    @Test
    void aFollowingGenerateUsesTheCacheJustMade() {
        wiremock.stubFor(post(urlEqualTo("/v1beta/cachedContents")).willReturn(okJson(CREATED)));
        wiremock.stubFor(post(urlEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .willReturn(okJson(SIMPLE_ANSWER)));

        Exchange exchange = template.request("direct:cacheThenAsk", e -> e.getMessage().setBody("The whole manual"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo("Paris");
        // generate's own answer headers replace the cache's expiry; the cache it used stays named
        assertThat(exchange.getMessage().getHeader(GeminiConstants.CACHE_EXPIRE_TIME)).isNull();
        assertThat(exchange.getMessage().getHeader(GeminiConstants.CACHED_CONTENT)).isEqualTo("cachedContents/abc123");
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .withRequestBody(equalToJson("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":"
                                             + "\"What does chapter 2 say?\"}]}],\"cachedContent\":\"cachedContents/abc123\"}")));
    }

    @Test
    void aPreparedRequestKeepsItsOwnCache() {
        wiremock.stubFor(post(urlEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .willReturn(okJson(SIMPLE_ANSWER)));
        GenerateContentRequest request = new GenerateContentRequest().setContents(List.of(Content.user("Hi")))
                .setCachedContent("cachedContents/own");

        template.requestBodyAndHeader("direct:ask", request, GeminiConstants.CACHED_CONTENT, "cachedContents/header");

        wiremock.verify(1, postRequestedFor(anyUrl())
                .withRequestBody(matchingJsonPath("$.cachedContent", equalTo("cachedContents/own"))));
    }

    @Test
    void withoutTheHeaderTheOptionIsSent() {
        wiremock.stubFor(post(urlEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .willReturn(okJson(SIMPLE_ANSWER)));

        template.requestBody("direct:ask", "Hi");

        wiremock.verify(1, postRequestedFor(anyUrl())
                .withRequestBody(matchingJsonPath("$.cachedContent", equalTo("cachedContents/older"))));
    }

    @Test
    void anAnswerWithoutANameFails() {
        wiremock.stubFor(post(urlEqualTo("/v1beta/cachedContents")).willReturn(okJson("{\"model\":\"x\"}")));

        Exchange exchange = template.request("direct:cache", e -> e.getMessage().setBody("Manual"));

        assertThat(exchange.getException()).isInstanceOf(GeminiApiException.class).hasMessageContaining("no name");
        assertThat(exchange.getMessage().getHeader(GeminiConstants.CACHED_CONTENT)).isNull();
    }

    @Test
    void aNullBodyFailsBeforeSending() {
        Exchange exchange = template.request("direct:cache", e -> e.getMessage().setBody(null));

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("body is null");
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aTtlUnderASecondFailsWhenTheRouteStarts() {
        RouteBuilder route = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:badTtl").to("gemini:cache?cacheTtl=500ms");
            }
        };

        assertThatThrownBy(() -> context.addRoutes(route)).hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("cacheTtl must be at least 1s, was 500ms");
    }
}
