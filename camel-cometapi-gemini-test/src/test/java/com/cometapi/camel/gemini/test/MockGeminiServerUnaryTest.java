package com.cometapi.camel.gemini.test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.test.GeminiHttp.json;
import static com.cometapi.camel.gemini.test.GeminiHttp.prompt;
import static com.cometapi.camel.gemini.test.GeminiHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

class MockGeminiServerUnaryTest {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private final GeminiHttp http = new GeminiHttp(gemini);

    @Test
    void textReplyHasTheShapeOfAGenerateContentResponse() {
        gemini.enqueue(MockReply.text("Paris is the capital."));

        HttpResponse<String> response = http.generate(prompt("What is the capital of France?"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=UTF-8");
        JsonNode body = json(response.body());
        JsonNode candidate = body.path("candidates").path(0);
        assertThat(candidate.path("content").path("role").asText()).isEqualTo("model");
        assertThat(candidate.path("content").path("parts")).hasSize(1);
        assertThat(text(body)).isEqualTo("Paris is the capital.");
        assertThat(candidate.path("finishReason").asText()).isEqualTo("STOP");
        assertThat(candidate.path("index").asInt(-1)).isZero();
        JsonNode usage = body.path("usageMetadata");
        assertThat(usage.path("promptTokenCount").asInt()).isEqualTo(6);
        assertThat(usage.path("candidatesTokenCount").asInt()).isEqualTo(4);
        assertThat(usage.path("totalTokenCount").asInt()).isEqualTo(10);
        assertThat(usage.has("thoughtsTokenCount")).isFalse();
        assertThat(body.path("modelVersion").asText()).isEqualTo("gemini-2.5-flash");
        assertThat(body.path("responseId").asText()).isEqualTo("mock-1");
        assertThat(response.body()).startsWith("{\n  \"candidates\": [\n    {\n");
    }

    @Test
    void aSpeechRequestGetsRawPcmAudioByDefault() {
        HttpResponse<String> response = http.generate("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":"
                + "\"Say hello there\"}]}],\"generationConfig\":{\"responseModalities\":[\"AUDIO\"]}}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode inline = json(response.body()).at("/candidates/0/content/parts/0/inlineData");
        assertThat(inline.path("mimeType").asText()).isEqualTo("audio/L16;codec=pcm;rate=24000");
        // a fifth of a second per word, 16-bit mono at 24 kHz
        assertThat(Base64.getDecoder().decode(inline.path("data").asText())).hasSize(3 * 24000 / 5 * 2);
    }

    @Test
    void audioReplyIsRawPcmWithItsRate() {
        gemini.enqueue(MockReply.audio(16000, new byte[] { 1, 2, 3, 4 }));

        HttpResponse<String> response = http.generate(prompt("Say hi"));

        JsonNode inline = json(response.body()).at("/candidates/0/content/parts/0/inlineData");
        assertThat(inline.path("mimeType").asText()).isEqualTo("audio/L16;codec=pcm;rate=16000");
        assertThat(Base64.getDecoder().decode(inline.path("data").asText())).containsExactly(1, 2, 3, 4);
    }

    @Test
    void textReplyRefinementsShowUpInTheResponse() {
        gemini.enqueue(MockReply.text("Cut short").withUsage(10, 20, 5).withFinishReason("MAX_TOKENS")
                .withFinishMessage("Stopped early.").withThought("Let me think.").withCitation("https://a.example", 0, 3)
                .withHeader("x-gemini-service-tier", "standard"));

        HttpResponse<String> response = http.generate(prompt("hi"));

        JsonNode body = json(response.body());
        JsonNode candidate = body.path("candidates").path(0);
        JsonNode parts = candidate.path("content").path("parts");
        assertThat(parts).hasSize(2);
        assertThat(parts.path(0).path("text").asText()).isEqualTo("Let me think.");
        assertThat(parts.path(0).path("thought").asBoolean()).isTrue();
        assertThat(parts.path(1).path("text").asText()).isEqualTo("Cut short");
        assertThat(candidate.path("finishReason").asText()).isEqualTo("MAX_TOKENS");
        assertThat(candidate.path("finishMessage").asText()).isEqualTo("Stopped early.");
        assertThat(candidate.at("/citationMetadata/citationSources/0/uri").asText()).isEqualTo("https://a.example");
        assertThat(candidate.at("/citationMetadata/citationSources/0/endIndex").asInt()).isEqualTo(3);
        assertThat(body.at("/usageMetadata/totalTokenCount").asInt()).isEqualTo(35);
        assertThat(body.at("/usageMetadata/thoughtsTokenCount").asInt()).isEqualTo(5);
        assertThat(response.headers().firstValue("x-gemini-service-tier")).hasValue("standard");
    }

    @Test
    void defaultReplyIsDeterministicForTheSamePrompt() {
        HttpResponse<String> first = http.generate(prompt("Tell me a joke"));
        HttpResponse<String> second = http.generate(prompt("Tell me a joke"));
        HttpResponse<String> other = http.generate(prompt("Tell me a story"));

        assertThat(text(json(first.body()))).isEqualTo("Mock Gemini answer to: Tell me a joke")
                .isEqualTo(text(json(second.body())));
        assertThat(text(json(other.body()))).isEqualTo("Mock Gemini answer to: Tell me a story");
        assertThat(json(first.body()).path("usageMetadata")).isEqualTo(json(second.body()).path("usageMetadata"));
    }

    @Test
    void defaultReplyGroundsAnswersWhenGoogleSearchIsOffered() {
        String body = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Who won the match?\"}]}],"
                + "\"tools\":[{\"googleSearch\":{}}]}";

        String raw = http.generate(body).body();
        JsonNode response = json(raw);

        assertThat(raw).as("angle brackets escaped the way Google does").contains("\\u003cdiv").doesNotContain("<div");
        JsonNode grounding = response.at("/candidates/0/groundingMetadata");
        assertThat(grounding.path("webSearchQueries").path(0).asText()).isEqualTo("Who won the match?");
        assertThat(grounding.path("groundingChunks")).hasSize(2);
        assertThat(grounding.at("/groundingChunks/0/web/uri").asText()).startsWith("https://example.com/");
        assertThat(grounding.at("/searchEntryPoint/renderedContent").asText()).contains("<div");
        assertThat(grounding.path("groundingSupports")).isNotEmpty();
        for (JsonNode support : grounding.path("groundingSupports")) {
            int index = support.at("/groundingChunkIndices/0").asInt();
            assertThat(index).isBetween(0, 1);
            String answer = text(response);
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            int start = support.at("/segment/startIndex").asInt(0);
            int end = support.at("/segment/endIndex").asInt();
            assertThat(new String(bytes, start, end - start, StandardCharsets.UTF_8))
                    .isEqualTo(support.at("/segment/text").asText());
        }
    }

    @Test
    void defaultReplyInJsonModeIsAJsonObjectFollowingTheSchema() {
        String body = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Describe Paris\"}]}],"
                + "\"generationConfig\":{\"responseMimeType\":\"application/json\",\"responseSchema\":{"
                + "\"type\":\"OBJECT\",\"properties\":{\"city\":{\"type\":\"STRING\"},\"population\":{\"type\":\"INTEGER\"},"
                + "\"tags\":{\"type\":\"ARRAY\",\"items\":{\"type\":\"STRING\"}},\"size\":{\"type\":\"STRING\","
                + "\"enum\":[\"big\",\"small\"]}}}}}";
        String plain = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Describe Paris\"}]}],"
                + "\"generationConfig\":{\"responseMimeType\":\"application/json\"}}";

        JsonNode withSchema = json(text(json(http.generate(body).body())));
        JsonNode withoutSchema = json(text(json(http.generate(plain).body())));

        assertThat(withSchema.path("city").asText()).isEqualTo("mock city");
        assertThat(withSchema.path("population").isInt()).isTrue();
        assertThat(withSchema.path("tags").path(0).isTextual()).isTrue();
        assertThat(withSchema.path("size").asText()).isEqualTo("big");
        assertThat(withoutSchema.path("answer").asText()).isEqualTo("Mock Gemini answer to: Describe Paris");
    }

    @Test
    void defaultReplyFollowsReferencesOnceInARecursiveJsonSchema() {
        String body = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Sort the shop\"}]}],"
                + "\"generationConfig\":{\"responseMimeType\":\"application/json\",\"responseJsonSchema\":{"
                + "\"$defs\":{\"Category\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
                + "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Category\"}}}}},"
                + "\"type\":\"object\",\"properties\":{\"root\":{\"$ref\":\"#/$defs/Category\"},"
                + "\"parent\":{\"description\":\"up\",\"anyOf\":[{\"$ref\":\"#\"}]}}}}}";

        JsonNode answer = json(text(json(http.generate(body).body())));

        assertThat(answer.toString()).isEqualTo("{\"root\":{\"name\":\"mock name\",\"children\":[]},\"parent\":null}");
    }

    @Test
    void setDefaultReplyAnswersWhenTheQueueIsEmpty() {
        gemini.setDefaultReply(MockReply.text("always this"));
        try {
            gemini.enqueue(MockReply.text("queued first"));

            assertThat(text(json(http.generate(prompt("a")).body()))).isEqualTo("queued first");
            assertThat(text(json(http.generate(prompt("b")).body()))).isEqualTo("always this");
            assertThat(text(json(http.generate(prompt("c")).body()))).isEqualTo("always this");
        } finally {
            gemini.setDefaultReply(null);
        }
    }

    @Test
    void queuedRepliesAnswerInOrderAcrossBothEndpoints() {
        gemini.enqueue(MockReply.text("one"), MockReply.text("two"));
        gemini.enqueue(MockReply.text("three"));

        String first = text(json(http.generate(prompt("x")).body()));
        String second = text(GeminiHttp.events(http.stream(prompt("x")).body()).get(0));
        String third = text(json(http.generate(prompt("x")).body()));
        String fourth = text(json(http.generate(prompt("x")).body()));

        assertThat(List.of(first, second, third)).containsExactly("one", "two", "three");
        assertThat(fourth).startsWith("Mock Gemini answer to:");
        assertThat(gemini.queuedReplyCount()).isZero();
    }

    @Test
    void requireApiKeyAcceptsBothAuthStylesAndRejectsOthersLikeGoogle() {
        gemini.requireApiKey("secret-key");
        try {
            assertThat(http.generate(prompt("a"), "x-goog-api-key", "secret-key").statusCode()).isEqualTo(200);
            assertThat(http.generate(prompt("a"), "Authorization", "Bearer secret-key").statusCode()).isEqualTo(200);

            HttpResponse<String> wrong = http.generate(prompt("a"), "x-goog-api-key", "wrong-key");
            HttpResponse<String> missing = http.stream(prompt("a"));

            for (HttpResponse<String> rejected : List.of(wrong, missing)) {
                assertThat(rejected.statusCode()).isEqualTo(400);
                assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/json; charset=UTF-8");
                JsonNode error = json(rejected.body()).path("error");
                assertThat(error.path("code").asInt()).isEqualTo(400);
                assertThat(error.path("status").asText()).isEqualTo("INVALID_ARGUMENT");
                assertThat(error.path("message").asText()).isEqualTo("API key not valid. Please pass a valid API key.");
                assertThat(error.at("/details/0/@type").asText()).isEqualTo("type.googleapis.com/google.rpc.ErrorInfo");
                assertThat(error.at("/details/0/reason").asText()).isEqualTo("API_KEY_INVALID");
            }
            assertThat(json(wrong.body()).at("/error/details/2/detail").asText()).contains("wrong-key");
            assertThat(gemini.requestCount()).isEqualTo(4);
        } finally {
            gemini.requireApiKey(null);
        }
    }

    @RequiresRealFixtures
    @Test
    void apiKeyRejectionMatchesTheRealBodyShape() throws Exception {
        java.nio.file.Path real = RealFixtures.file("FirebaseExtended-vertexai-sdk-test-data/mock-responses/googleai/"
                + "unary-failure-api-key.json");
        gemini.requireApiKey("key");
        try {
            JsonNode mock = json(http.generate(prompt("a"), "x-goog-api-key", "key1234").body());

            assertThat(mock).isEqualTo(json(java.nio.file.Files.readString(real)));
        } finally {
            gemini.requireApiKey(null);
        }
    }

    @Test
    void errorReplyCarriesRetryInfoQuotaFailureAndHeaders() {
        gemini.enqueue(MockReply.error(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota.")
                .withQuotaFailure("GenerateRequestsPerDayPerProjectPerModel-FreeTier").withRetryDelay("34.4s")
                .withHeader("Retry-After", "3"));

        HttpResponse<String> response = http.generate(prompt("a"));

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
        JsonNode error = json(response.body()).path("error");
        assertThat(error.path("code").asInt()).isEqualTo(429);
        assertThat(error.path("status").asText()).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(error.path("message").asText()).isEqualTo("You exceeded your current quota.");
        assertThat(error.at("/details/0/@type").asText()).isEqualTo("type.googleapis.com/google.rpc.QuotaFailure");
        assertThat(error.at("/details/0/violations/0/quotaId").asText())
                .isEqualTo("GenerateRequestsPerDayPerProjectPerModel-FreeTier");
        assertThat(error.at("/details/1/@type").asText()).isEqualTo("type.googleapis.com/google.rpc.RetryInfo");
        assertThat(error.at("/details/1/retryDelay").asText()).isEqualTo("34.4s");
    }

    @Test
    void errorWithoutDetailsHasNoDetailsField() {
        gemini.enqueue(MockReply.error(503, "UNAVAILABLE", "The model is overloaded. Please try again later."));

        HttpResponse<String> response = http.generate(prompt("a"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\n  \"error\": {\n    \"code\": 503,\n"
                + "    \"message\": \"The model is overloaded. Please try again later.\",\n"
                + "    \"status\": \"UNAVAILABLE\"\n  }\n}\n");
    }

    @Test
    void blockedReplyHasPromptFeedbackAndNoCandidates() {
        gemini.enqueue(MockReply.blocked("SAFETY"));

        HttpResponse<String> response = http.generate(prompt("something bad"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response.body());
        assertThat(body.has("candidates")).isFalse();
        assertThat(body.at("/promptFeedback/blockReason").asText()).isEqualTo("SAFETY");
        assertThat(body.at("/promptFeedback/safetyRatings")).hasSize(4);
        assertThat(body.at("/promptFeedback/safetyRatings").findValuesAsText("probability")).contains("HIGH");
        assertThat(body.at("/usageMetadata/promptTokenCount").asInt()).isEqualTo(2);
        assertThat(body.at("/usageMetadata/totalTokenCount").asInt()).isEqualTo(2);
    }

    @Test
    void functionCallReplyCarriesParallelCallsWithIdsAndSignature() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("city", "Paris");
        args.put("days", 3);
        gemini.enqueue(MockReply.functionCall("get_weather", args).withCallId("c1").withThoughtSignature("c2lnbmF0dXJl")
                .andFunctionCall("get_time", Map.of("zone", "CET")).withCallId("c2"));

        JsonNode body = json(http.generate(prompt("Weather and time in Paris?")).body());

        JsonNode parts = body.at("/candidates/0/content/parts");
        assertThat(parts).hasSize(2);
        assertThat(parts.at("/0/functionCall/id").asText()).isEqualTo("c1");
        assertThat(parts.at("/0/functionCall/name").asText()).isEqualTo("get_weather");
        assertThat(parts.at("/0/functionCall/args")).isEqualTo(json("{\"city\":\"Paris\",\"days\":3}"));
        assertThat(parts.at("/0/thoughtSignature").asText()).isEqualTo("c2lnbmF0dXJl");
        assertThat(parts.at("/1/functionCall/id").asText()).isEqualTo("c2");
        assertThat(parts.at("/1/functionCall/args/zone").asText()).isEqualTo("CET");
        assertThat(parts.at("/1").has("thoughtSignature")).isFalse();
        assertThat(body.at("/candidates/0/finishReason").asText()).isEqualTo("STOP");
    }

    @RequiresRealFixtures
    @Test
    void functionCallWithThoughtHasOnlyFieldsTheRealApiSends() throws Exception {
        JsonNode real = json(java.nio.file.Files.readString(RealFixtures.file("FirebaseExtended-vertexai-sdk-test-data/"
                + "mock-responses/googleai/unary-success-thinking-function-call-thought-summary-signature.json")));
        gemini.enqueue(MockReply.functionCall("now", null).withThought("Thinking about dates.")
                .withThoughtSignature("c2ln"));

        JsonNode mock = json(http.generate(prompt("How many days until New Year's Eve?")).body());

        assertThat(JsonPaths.of(real)).containsAll(JsonPaths.of(mock));
    }

    @Test
    void imageReplyIsAnInlineDataPartAfterItsCaption() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        gemini.enqueue(MockReply.image("image/png", png).withText("Here it is"));

        JsonNode parts = json(http.generate(prompt("Draw a cat")).body()).at("/candidates/0/content/parts");

        assertThat(parts.at("/0/text").asText()).isEqualTo("Here it is");
        assertThat(parts.at("/1/inlineData/mimeType").asText()).isEqualTo("image/png");
        assertThat(Base64.getDecoder().decode(parts.at("/1/inlineData/data").asText())).isEqualTo(png);
    }

    @Test
    void rawAndJsonRepliesAreSentAsGiven() {
        String html = "<html><body>Error 404 (Not Found)!!1</body></html>";
        String exact = "{\"candidates\":[],\"promptFeedback\":{\"blockReasonMessage\":\"no\"}}";
        gemini.enqueue(MockReply.raw(404, "text/html; charset=UTF-8", html), MockReply.json(exact),
                MockReply.raw(200, "application/json", "{not json"));

        HttpResponse<String> page = http.generate(prompt("a"));
        HttpResponse<String> json = http.generate(prompt("a"));
        HttpResponse<String> broken = http.generate(prompt("a"));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(page.body()).isEqualTo(html);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).isEqualTo(exact);
        assertThat(broken.body()).isEqualTo("{not json");
    }

    @Test
    void streamRepliesOnTheUnaryEndpointAreMerged() {
        gemini.enqueue(MockReply.stream("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Hel\"}],\"role\":\"model\"}}]}",
                "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"lo\"}],\"role\":\"model\"},\"finishReason\":\"STOP\"}]}"),
                MockReply.streamThenError(List.of("{\"candidates\":[]}"), 499, "CANCELLED", "The operation was cancelled."));

        JsonNode merged = json(http.generate(prompt("a")).body());
        HttpResponse<String> failed = http.generate(prompt("a"));

        assertThat(text(merged)).isEqualTo("Hello");
        assertThat(merged.at("/candidates/0/finishReason").asText()).isEqualTo("STOP");
        assertThat(failed.statusCode()).isEqualTo(499);
        assertThat(json(failed.body()).at("/error/status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void recordsRequestsWithPathModelHeadersAndBody() throws Exception {
        HttpRequest request = http.request("gemini-3-pro-preview", "generateContent", prompt("Hello there"))
                .header("x-goog-api-key", "k1").header("X-Custom", "v").build();
        GeminiHttp.send(request, HttpResponse.BodyHandlers.ofString());

        RecordedRequest recorded = gemini.lastRequest();
        assertThat(gemini.requestCount()).isEqualTo(1);
        assertThat(gemini.requests()).containsExactly(recorded);
        assertThat(gemini.takeRequest(Duration.ofSeconds(1))).isSameAs(recorded);
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/v1beta/models/gemini-3-pro-preview:generateContent");
        assertThat(recorded.query()).isNull();
        assertThat(recorded.apiVersion()).isEqualTo("v1beta");
        assertThat(recorded.model()).isEqualTo("gemini-3-pro-preview");
        assertThat(recorded.operation()).isEqualTo("generateContent");
        assertThat(recorded.isStream()).isFalse();
        assertThat(recorded.header("X-GOOG-API-KEY")).isEqualTo("k1");
        assertThat(recorded.header("x-custom")).isEqualTo("v");
        assertThat(recorded.headers()).containsKey("content-type");
        assertThat(recorded.body()).isEqualTo(prompt("Hello there"));
        assertThat(recorded.bodyJson().at("/contents/0/role").asText()).isEqualTo("user");
        assertThat(recorded.promptText()).isEqualTo("Hello there");
        assertThat(recorded.sequenceNumber()).isEqualTo(1);
    }

    @Test
    void promptTextIsTheTextOfTheLastTurn() {
        String body = "{\"systemInstruction\":{\"parts\":[{\"text\":\"Be brief\"}]},\"contents\":["
                + "{\"role\":\"user\",\"parts\":[{\"text\":\"first\"}]},{\"role\":\"model\",\"parts\":[{\"text\":\"ok\"}]},"
                + "{\"role\":\"user\",\"parts\":[{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\"AA==\"}},"
                + "{\"text\":\"What is\"},{\"text\":\"this?\"}]}]}";

        http.generate(body);

        assertThat(gemini.lastRequest().promptText()).isEqualTo("What is\nthis?");
    }

    @Test
    void takeRequestWaitsForARequestThatArrivesLater() throws Exception {
        gemini.enqueue(MockReply.text("late").withDelay(Duration.ofMillis(20)));
        CompletableFuture<HttpResponse<String>> call = CompletableFuture.supplyAsync(() -> http.generate(prompt("async")));

        RecordedRequest taken = gemini.takeRequest(Duration.ofSeconds(5));

        assertThat(taken).isNotNull();
        assertThat(taken.promptText()).isEqualTo("async");
        assertThat(text(json(call.get().body()))).isEqualTo("late");
        assertThat(gemini.takeRequest(Duration.ofMillis(10))).isNull();
    }

    @Test
    void servesManyConcurrentRequests() throws Exception {
        int calls = 40;
        gemini.setDefaultReply(MockReply.text("slow").withDelay(Duration.ofMillis(200)));
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            List<CompletableFuture<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(CompletableFuture.supplyAsync(() -> http.generate(prompt("p")).statusCode(), pool));
            }
            for (CompletableFuture<Integer> future : futures) {
                assertThat(future.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
            gemini.setDefaultReply(null);
        }
        assertThat(gemini.requestCount()).isEqualTo(calls);
        assertThat(gemini.requests()).extracting(RecordedRequest::sequenceNumber).doesNotHaveDuplicates();
    }

    @Test
    void otherPathsAndInvalidJsonGetGoogleStyleErrorsWithoutConsumingTheQueue() {
        gemini.enqueue(MockReply.text("kept"));
        HttpRequest get = HttpRequest.newBuilder(URI.create(gemini.baseUrl() + "/v1beta/models")).GET().build();

        HttpResponse<String> notFound = GeminiHttp.send(get, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> invalid = http.generate("{oops");

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(json(notFound.body()).at("/error/status").asText()).isEqualTo("NOT_FOUND");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid.body()).at("/error/status").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(gemini.queuedReplyCount()).isEqualTo(1);
        assertThat(gemini.requestCount()).isEqualTo(2);
        assertThat(gemini.requests().get(0).model()).isNull();
    }
}
