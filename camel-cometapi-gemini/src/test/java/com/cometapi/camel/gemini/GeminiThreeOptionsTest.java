package com.cometapi.camel.gemini;

import java.util.stream.Stream;

import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The Gemini 3 options: each on the wire exactly as the v1beta schema names it, each checked when the endpoint
 * starts; and header CamelGeminiServiceTier from the answer's HTTP header or its body.
 */
class GeminiThreeOptionsTest extends WireMockGeminiTestSupport {

    private static final String HELLO = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hello\"}]}]";

    static Stream<Arguments> options() {
        return Stream.of(
                arguments("serviceTier=flex", HELLO + ",\"serviceTier\":\"flex\"}"),
                arguments("mediaResolution=HIGH",
                        HELLO + ",\"generationConfig\":{\"mediaResolution\":\"MEDIA_RESOLUTION_HIGH\"}}"),
                arguments("imageAspectRatio=16:9&imageSize=2K",
                        HELLO + ",\"generationConfig\":{\"imageConfig\":{\"aspectRatio\":\"16:9\",\"imageSize\":\"2K\"}}}"),
                arguments("imageSize=4k", HELLO + ",\"generationConfig\":{\"imageConfig\":{\"imageSize\":\"4K\"}}}"),
                arguments("speechVoice=Kore&speechLanguage=en-US",
                        HELLO + ",\"generationConfig\":{\"speechConfig\":{\"voiceConfig\":{\"prebuiltVoiceConfig\":"
                                + "{\"voiceName\":\"Kore\"}},\"languageCode\":\"en-US\"}}}"),
                arguments("speechLanguage=de-DE",
                        HELLO + ",\"generationConfig\":{\"speechConfig\":{\"languageCode\":\"de-DE\"}}}"),
                arguments("responseLogprobs=true&logprobs=5",
                        HELLO + ",\"generationConfig\":{\"responseLogprobs\":true,\"logprobs\":5}}"),
                arguments("fileSearchStores=fileSearchStores/manuals-1, fileSearchStores/faq-2",
                        HELLO + ",\"tools\":[{\"fileSearch\":{\"fileSearchStoreNames\":"
                                + "[\"fileSearchStores/manuals-1\",\"fileSearchStores/faq-2\"]}}]}"),
                arguments("googleMaps=true&mapsLatitude=48.8584&mapsLongitude=2.2945",
                        HELLO + ",\"tools\":[{\"googleMaps\":{}}],\"toolConfig\":{\"retrievalConfig\":"
                                + "{\"latLng\":{\"latitude\":48.8584,\"longitude\":2.2945}}}}"),
                arguments("functionCallingMode=AUTO&mapsLatitude=-33.9&mapsLongitude=151.2",
                        HELLO + ",\"toolConfig\":{\"functionCallingConfig\":{\"mode\":\"AUTO\"},\"retrievalConfig\":"
                                + "{\"latLng\":{\"latitude\":-33.9,\"longitude\":151.2}}}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void sendsEachOptionAsTheSchemaNamesIt(String query, String expectedJson) {
        answerWith(SIMPLE_ANSWER);

        Exchange reply = template.request("gemini:generate?" + query, e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isNull();
        // strict: no other field is sent
        wiremock.verify(1, postRequestedFor(urlPathMatching("/.*")).withRequestBody(equalToJson(expectedJson)));
    }

    @ParameterizedTest(name = "mediaResolution={0}")
    @ValueSource(strings = { "LOW", "low", "Low", "MEDIA_RESOLUTION_LOW", "media_resolution_low", " low " })
    void mediaResolutionTakesItsPrefixOptionallyInAnyCase(String spelling) {
        answerWith(SIMPLE_ANSWER);

        template.requestBody("gemini:generate?mediaResolution=" + spelling.replace(" ", "%20"), "Hello");

        wiremock.verify(1, postRequestedFor(urlPathMatching("/.*")).withRequestBody(equalToJson(
                HELLO + ",\"generationConfig\":{\"mediaResolution\":\"MEDIA_RESOLUTION_LOW\"}}")));
    }

    @Test
    void aPreparedRequestKeepsItsOwnValuesAndGetsTheRest() throws Exception {
        answerWith(SIMPLE_ANSWER);
        GenerateContentRequest prepared = GeminiJson.MAPPER.readValue(HELLO + ",\"serviceTier\":\"priority\","
                                                                      + "\"generationConfig\":{\"mediaResolution\":\"MEDIA_RESOLUTION_HIGH\"}}",
                GenerateContentRequest.class);

        template.requestBody("gemini:generate?serviceTier=flex&mediaResolution=LOW&imageSize=1K", prepared);

        wiremock.verify(1, postRequestedFor(urlPathMatching("/.*")).withRequestBody(equalToJson(
                HELLO + ",\"serviceTier\":\"priority\",\"generationConfig\":{\"mediaResolution\":"
                        + "\"MEDIA_RESOLUTION_HIGH\",\"imageConfig\":{\"imageSize\":\"1K\"}}}")));
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                arguments("imageAspectRatio=16x9", "imageAspectRatio '16x9' is not W:H; use e.g. 16:9, 1:1 or 9:16"),
                arguments("imageAspectRatio=0:1", "imageAspectRatio '0:1' is not W:H; use e.g. 16:9, 1:1 or 9:16"),
                arguments("imageSize=8K", "Unknown imageSize '8K'; use one of 1K, 2K, 4K"),
                arguments("mediaResolution=ULTRA",
                        "Unknown mediaResolution 'ULTRA'; use one of LOW, MEDIUM, HIGH (the prefix MEDIA_RESOLUTION_ is"
                                                   + " optional)"),
                arguments("logprobs=0", "logprobs must be between 1 and 20, was 0"),
                arguments("logprobs=21", "logprobs must be between 1 and 20, was 21"),
                arguments("mapsLatitude=48.8", "mapsLatitude is set without mapsLongitude; set both, in degrees, or neither"),
                arguments("mapsLongitude=2.3", "mapsLongitude is set without mapsLatitude; set both, in degrees, or neither"),
                arguments("mapsLatitude=91&mapsLongitude=0", "mapsLatitude must be between -90 and 90, was 91.0"),
                arguments("mapsLatitude=0&mapsLongitude=-180.5", "mapsLongitude must be between -180 and 180, was -180.5"),
                arguments("fileSearchStores=fileSearchStores/a,corpora/b",
                        "fileSearchStores entry 'corpora/b' is not a store name; use fileSearchStores/{id}, e.g."
                                                                           + " fileSearchStores/my-store-123"),
                arguments("fileSearchStores=fileSearchStores/",
                        "fileSearchStores entry 'fileSearchStores/' is not a store name; use fileSearchStores/{id}, e.g."
                                                                + " fileSearchStores/my-store-123"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void aBadValueFailsWhenTheRouteStartsNamingTheOption(String query, String message) {
        RouteBuilder route = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bad").to("gemini:generate?" + query);
            }
        };

        assertThatThrownBy(() -> context.addRoutes(route)).hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage(message);
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void serviceTierHeaderComesFromTheHttpHeader() {
        wiremock.stubFor(post(urlPathMatching("/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-Gemini-Service-Tier", "flex")
                .withHeader("X-Other", "not copied").withBody(SIMPLE_ANSWER)));

        Exchange reply = template.request("gemini:generate?serviceTier=flex", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getMessage().getHeader(GeminiConstants.SERVICE_TIER)).isEqualTo("flex");
        assertThat(reply.getMessage().getHeaders()).doesNotContainKey("X-Other");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "{\"serviceTier\":\"priority\",", "{\"usageMetadata\":{\"serviceTier\":\"priority\"}," })
    void serviceTierHeaderComesFromTheBody(String start) {
        answerWith(start + "\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Paris\"}]}}]}");

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getMessage().getHeader(GeminiConstants.SERVICE_TIER)).isEqualTo("priority");
    }

    @Test
    void noServiceTierHeaderWhenTheAnswerTellsNone() {
        answerWith(SIMPLE_ANSWER);

        Exchange reply = template.request("gemini:generate", e -> {
            e.getMessage().setHeader(GeminiConstants.SERVICE_TIER, "left over");
            e.getMessage().setBody("Hello");
        });

        assertThat(reply.getMessage().getHeaders()).doesNotContainKey(GeminiConstants.SERVICE_TIER);
    }

    @Test
    void streamTakesTheServiceTierFromTheHttpHeaderOfItsAnswer() throws Exception {
        String event = "data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Hi\"}]}}]}\r\n\r\n";
        wiremock.stubFor(post(urlPathMatching("/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withHeader("x-gemini-service-tier", "standard")
                .withBody(event + event)));

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stream").to("gemini:stream").split(body()).streaming().to("mock:chunks");
            }
        });
        MockEndpoint chunks = getMockEndpoint("mock:chunks");
        chunks.expectedMessageCount(2);

        Exchange reply = template.request("direct:stream", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getHeader(GeminiConstants.SERVICE_TIER)).isEqualTo("standard");
        chunks.assertIsSatisfied();
        assertThat(chunks.getReceivedExchanges()).allSatisfy(
                chunk -> assertThat(chunk.getMessage().getHeader(GeminiConstants.SERVICE_TIER)).isEqualTo("standard"));
    }
}
