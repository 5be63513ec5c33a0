package com.cometapi.camel.gemini;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.FailedToCreateProducerException;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Bad options and bodies fail with an IllegalArgumentException that says what to do, and nothing reaches the server.
 */
class GeminiBadInputTest extends WireMockGeminiTestSupport {

    static Stream<Arguments> badOptions() {
        return Stream.of(
                arguments("temperature=2.5", "temperature must be between 0 and 2"),
                arguments("temperature=-0.1", "temperature must be between 0 and 2"),
                arguments("topP=1.5", "topP must be between 0 and 1"),
                arguments("topK=0", "topK must be at least 1"),
                arguments("maxOutputTokens=0", "maxOutputTokens must be at least 1"),
                arguments("candidateCount=0", "candidateCount must be between 1 and 8"),
                arguments("presencePenalty=3", "presencePenalty must be between -2 and 2"),
                arguments("frequencyPenalty=-2.5", "frequencyPenalty must be between -2 and 2"),
                arguments("stopSequences=a,b,c,d,e,f", "stopSequences takes at most 5"),
                arguments("thinkingLevel=EXTREME", "Unknown thinkingLevel 'EXTREME'; use one of MINIMAL, LOW, MEDIUM, HIGH"),
                arguments("thinkingBudget=-2", "thinkingBudget must be at least -1"),
                arguments("model=gemini-3-pro-preview&thinkingLevel=HIGH&thinkingBudget=100",
                        "thinkingLevel and thinkingBudget are both set; choose one"),
                arguments("model=my-alias&thinkingLevel=HIGH&thinkingBudget=100",
                        "thinkingLevel and thinkingBudget are both set; choose one"),
                arguments("responseModalities=TEXT,VIDEO", "responseModalities 'VIDEO' is not supported; use one of AUDIO, IMAGE, TEXT"),
                arguments("responseSchema={\"type\": OBJECT}", "responseSchema is not valid JSON"),
                arguments("responseJsonSchema={oops", "responseJsonSchema is not valid JSON"),
                arguments("responseSchema={\"type\":\"STRING\"}&responseJsonSchema={\"type\":\"string\"}",
                        "responseSchema and responseJsonSchema are both set; use one of them"),
                arguments("responseSchema=resource:classpath:no-such-schema.json", "responseSchema: cannot read"),
                arguments("safetySettings=HARASSMENT", "safetySettings entry 'HARASSMENT' is not CATEGORY:THRESHOLD"),
                arguments("safetySettings=HARASSMENT:BLOCK_ALL", "safetySettings threshold 'BLOCK_ALL' is not supported"),
                arguments("outputType=xml", "Unknown outputType 'xml'; use one of text, response, json, bytes"),
                arguments("authMode=basic", "Unknown authMode 'basic'; use one of x-goog-api-key, bearer"),
                arguments("baseUrl=ftp://example.com", "baseUrl 'ftp://example.com' is not an http:// or https:// URL"),
                arguments("apiVersion= ", "apiVersion must not be blank"),
                arguments("requestTimeout=0", "requestTimeout must be at least 1"),
                arguments("maxRetries=-1", "maxRetries must be at least 0"),
                arguments("maxConnections=0", "maxConnections must be at least 1"),
                arguments("proxyHost=proxy.local", "proxyHost is set without proxyPort"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void badOptionIsRejectedBeforeAnythingIsSent(String query, String message) {
        Throwable failure = catchSend("gemini:generate?" + query, "Hello");

        assertThat(rootIllegalArgument(failure)).hasMessageContaining(message);
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    static Stream<Arguments> thinkingPerModel() {
        return Stream.of(
                arguments("gemini:generate?model=gemini-3-pro-preview&thinkingLevel=LOW",
                        Map.of(GeminiConstants.MODEL, "gemini-2.0-flash"),
                        "thinkingLevel is for Gemini 3 models; use thinkingBudget with gemini-2.0-flash"),
                arguments("gemini:generate?model=gemini-2.5-flash&thinkingBudget=512",
                        Map.of(GeminiConstants.MODEL, "gemini-3-pro-preview"),
                        "thinkingBudget is for Gemini 2.5 models; use thinkingLevel with gemini-3-pro-preview"));
    }

    static Stream<Arguments> thinkingOptionsAgainstTheEndpointsModel() {
        return Stream.of(
                arguments("gemini:generate?model=gemini-2.5-flash&thinkingLevel=HIGH",
                        "thinkingLevel is for Gemini 3 models; use thinkingBudget with gemini-2.5-flash"),
                arguments("gemini:stream?thinkingLevel=LOW",
                        "thinkingLevel is for Gemini 3 models; use thinkingBudget with gemini-2.5-flash"),
                arguments("gemini:generate?model=gemini-3-pro-preview&thinkingBudget=1024",
                        "thinkingBudget is for Gemini 2.5 models; use thinkingLevel with gemini-3-pro-preview"));
    }

    /** A mistake in the endpoint's own options shows when its route starts, not at the first message. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("thinkingOptionsAgainstTheEndpointsModel")
    void thinkingOptionsThatDoNotFitTheEndpointsModelFailWhenTheRouteStarts(String uri, String message) {
        RouteBuilder route = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:thinking").to(uri);
            }
        };

        assertThatThrownBy(() -> context.addRoutes(route)).hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage(message);
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("thinkingPerModel")
    void thinkingRuleIsCheckedAgainstTheEffectiveModel(String uri, Map<String, Object> headers, String message) {
        Exchange reply = template.request(uri, e -> {
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
            e.getMessage().setBody("Hello");
        });

        assertThat(reply.getException()).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                arguments("null", null, "The message body is null"),
                arguments("empty string", "", "The message body is an empty prompt"),
                arguments("blank string", "   ", "The message body is an empty prompt"),
                arguments("a map", Map.of("q", "hi"), "Unsupported body type java.util."),
                arguments("an int array", new int[] { 1 }, "Unsupported body type int[]"),
                arguments("a list with a map", List.of("a", Map.of()), "A List body holds Content turns, or the parts of one turn: String, Part, File, byte[] or InputStream; found java.util."),
                arguments("more than 20 MB inline", new byte[21 * 1024 * 1024], "The inline data is 21.0 MB; Gemini accepts up to 20 MB per request"),
                arguments("an empty list", List.of(), "The List<Content> body is empty"),
                arguments("bytes without MIME type", new byte[] { 1, 2, 3 }, "Cannot tell the MIME type of the byte[] body; set header CamelGeminiMimeType"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badBodyIsRejectedBeforeAnythingIsSent(String name, Object body, String message) {
        Exchange reply = template.request("gemini:generate", e -> {
            e.getMessage().setBody(body);
            if (name.startsWith("more than")) {
                e.getMessage().setHeader(GeminiConstants.MIME_TYPE, "video/mp4");
            }
        });

        assertThat(reply.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void unknownOperationNamesTheValidOnes() {
        Throwable failure = catchSend("gemini:chat", "Hello");

        assertThat(failure).isInstanceOf(ResolveEndpointFailedException.class);
        assertThat(rootIllegalArgument(failure)).hasMessage(
                "Unknown operation 'chat'; use one of generate, stream, countTokens, embed, cache, upload");
    }

    @Test
    void missingKeyTellsWhereToSetIt() {
        GeminiComponent component = context.getComponent("gemini", GeminiComponent.class);
        component.getConfiguration().setApiKey(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(ApiAccess.apiKey(null, System::getenv) == null,
                "a key is set in the environment");

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hello"));

        assertThat(reply.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No Gemini API key").hasMessageContaining("COMETAPI_KEY");
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    private Throwable catchSend(String uri, Object body) {
        try {
            Exchange reply = template.request(uri, e -> e.getMessage().setBody(body));
            return reply.getException();
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static Throwable rootIllegalArgument(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof IllegalArgumentException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("an IllegalArgumentException in the chain of " + failure).isNotNull();
        assertThat(failure).isInstanceOfAny(IllegalArgumentException.class, ResolveEndpointFailedException.class,
                FailedToCreateProducerException.class, org.apache.camel.CamelExecutionException.class,
                org.apache.camel.RuntimeCamelException.class);
        return cause;
    }
}
