package com.cometapi.camel.gemini.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.test.EndpointHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class MockGeminiServerCachesTest {

    private static final String CACHES = "/v1beta/cachedContents";
    /** Six words of system instruction, five of contents: eleven tokens by the mock's estimate. */
    private static final String CACHE_REQUEST = "{\"model\":\"models/gemini-2.5-flash\",\"displayName\":\"manual\","
            + "\"systemInstruction\":{\"parts\":[{\"text\":\"Answer from the manual below only.\"}]},"
            + "\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"The manual: press reset twice.\"}]}],"
            + "\"ttl\":\"600s\"}";

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private final EndpointHttp http = new EndpointHttp(gemini);
    private final GeminiHttp generate = new GeminiHttp(gemini);

    @Test
    void aCreatedCacheHasItsNameTimesAndTokens() {
        Instant before = Instant.now();
        HttpResponse<String> created = http.post(CACHES, CACHE_REQUEST);

        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode cache = json(created);
        assertThat(cache.path("name").asText()).isEqualTo("cachedContents/mock-1");
        assertThat(cache.path("model").asText()).isEqualTo("models/gemini-2.5-flash");
        assertThat(cache.path("displayName").asText()).isEqualTo("manual");
        assertThat(cache.at("/usageMetadata/totalTokenCount").asInt()).isEqualTo(11);
        Instant createTime = Instant.parse(cache.path("createTime").asText());
        assertThat(cache.path("updateTime").asText()).isEqualTo(cache.path("createTime").asText());
        assertThat(Duration.between(createTime, Instant.parse(cache.path("expireTime").asText())))
                .isEqualTo(Duration.ofSeconds(600));
        assertThat(createTime).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(gemini.caches().names()).containsExactly("cachedContents/mock-1");

        HttpResponse<String> got = http.get(CACHES + "/mock-1");
        assertThat(json(got)).isEqualTo(cache);
    }

    @Test
    void generatingWithTheCacheReportsItsTokens() {
        String name = json(http.post(CACHES, CACHE_REQUEST)).path("name").asText();
        String request = "{\"cachedContent\":\"" + name + "\","
                + "\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"How do I reset?\"}]}]}";

        JsonNode answer = GeminiHttp.json(generate.generate(request).body());
        List<JsonNode> events = GeminiHttp.events(generate.stream(request).body());

        JsonNode usage = answer.path("usageMetadata");
        assertThat(usage.path("cachedContentTokenCount").asInt()).isEqualTo(11);
        assertThat(usage.path("promptTokenCount").asInt()).isEqualTo(4 + 11);
        assertThat(usage.at("/cacheTokensDetails/0/tokenCount").asInt()).isEqualTo(11);
        assertThat(events).isNotEmpty().allSatisfy(event ->
                assertThat(event.at("/usageMetadata/cachedContentTokenCount").asInt()).isEqualTo(11));
    }

    @Test
    void aScriptedReplyGetsTheCacheTokensUnlessItSetsItsOwn() {
        String name = json(http.post(CACHES, CACHE_REQUEST)).path("name").asText();
        String request = "{\"cachedContent\":\"" + name + "\",\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]}";
        gemini.enqueue(MockReply.text("from the cache").withUsage(100, 3, 0),
                MockReply.text("own count").withCachedContentTokens(50));

        JsonNode fixed = GeminiHttp.json(generate.generate(request).body()).path("usageMetadata");
        JsonNode own = GeminiHttp.json(generate.generate(request).body()).path("usageMetadata");

        assertThat(fixed.path("cachedContentTokenCount").asInt()).isEqualTo(11);
        assertThat(fixed.path("promptTokenCount").asInt()).isEqualTo(100);
        assertThat(own.path("cachedContentTokenCount").asInt()).isEqualTo(50);
    }

    @Test
    void anUnknownCacheGetsGooglesErrorAndConsumesNoReply() {
        gemini.enqueue(MockReply.text("kept"));

        HttpResponse<String> unknown = generate.generate(
                "{\"cachedContent\":\"cachedContents/nope\",\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]}");
        HttpResponse<String> malformed = generate.generate(
                "{\"cachedContent\":\"1234567890\",\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]}");

        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(json(unknown).at("/error/status").asText()).isEqualTo("PERMISSION_DENIED");
        assertThat(json(unknown).at("/error/message").asText()).isEqualTo(MockCaches.NOT_FOUND_MESSAGE);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).at("/error/message").asText()).isEqualTo("Invalid CachedContent name: 1234567890.");
        assertThat(gemini.queuedReplyCount()).isEqualTo(1);
    }

    @Test
    void anExpiredOrDeletedCacheIsUnknown() {
        http.post(CACHES, CACHE_REQUEST);
        http.post(CACHES, CACHE_REQUEST);
        String request = "{\"cachedContent\":\"%s\",\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]}";

        gemini.caches().expire("cachedContents/mock-1");
        HttpResponse<String> deleted = http.delete(CACHES + "/mock-2");

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json(deleted).size()).isZero();
        assertThat(generate.generate(request.formatted("cachedContents/mock-1")).statusCode()).isEqualTo(403);
        assertThat(generate.generate(request.formatted("cachedContents/mock-2")).statusCode()).isEqualTo(403);
        assertThat(http.get(CACHES + "/mock-2").statusCode()).isEqualTo(403);
        assertThat(gemini.caches().names()).isEmpty();
    }

    @Test
    void aCacheIsRefusedBesideASystemInstructionOrAnotherModel() {
        http.post(CACHES, CACHE_REQUEST);
        String withSystem = "{\"cachedContent\":\"cachedContents/mock-1\","
                + "\"systemInstruction\":{\"parts\":[{\"text\":\"Be brief.\"}]},"
                + "\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]}";
        String plain = "{\"cachedContent\":\"cachedContents/mock-1\",\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]}";

        HttpResponse<String> conflict = generate.generate(withSystem);
        HttpResponse<String> otherModel = GeminiHttp.send(generate.request("gemini-2.5-pro", "generateContent", plain)
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(conflict.statusCode()).isEqualTo(400);
        assertThat(json(conflict).at("/error/message").asText())
                .startsWith("CachedContent can not be used with GenerateContent request setting system_instruction");
        assertThat(otherModel.statusCode()).isEqualTo(400);
        assertThat(json(otherModel).at("/error/message").asText()).isEqualTo("Model used by GenerateContent request "
                + "(models/gemini-2.5-pro) and CachedContent (models/gemini-2.5-flash) has to be the same.");
    }

    @Test
    void countingWithTheCacheAddsItsTokens() {
        http.post(CACHES, CACHE_REQUEST);

        HttpResponse<String> counted = http.post("/v1beta/models/gemini-2.5-flash:countTokens",
                "{\"generateContentRequest\":{\"model\":\"models/gemini-2.5-flash\","
                        + "\"cachedContent\":\"cachedContents/mock-1\","
                        + "\"contents\":[{\"parts\":[{\"text\":\"How do I reset?\"}]}]}}");

        assertThat(json(counted).path("totalTokens").asInt()).isEqualTo(4 + 11);
        assertThat(json(counted).path("cachedContentTokenCount").asInt()).isEqualTo(11);
    }

    @Test
    void aCacheNeedsAModelAndAValidTtl() {
        HttpResponse<String> noModel = http.post(CACHES, "{\"contents\":[]}");
        HttpResponse<String> badTtl = http.post(CACHES, "{\"model\":\"models/gemini-2.5-flash\",\"ttl\":\"1h\"}");
        HttpResponse<String> defaultTtl = http.post(CACHES, "{\"model\":\"models/gemini-2.5-flash\"}");

        assertThat(noModel.statusCode()).isEqualTo(400);
        assertThat(json(noModel).at("/error/message").asText()).contains("model is not specified");
        assertThat(badTtl.statusCode()).isEqualTo(400);
        assertThat(json(badTtl).at("/error/message").asText()).contains("cached_content.ttl").contains("\"1h\"");
        JsonNode cache = json(defaultTtl);
        assertThat(Duration.between(Instant.parse(cache.path("createTime").asText()),
                Instant.parse(cache.path("expireTime").asText()))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aRejectionAnswersTheNextCacheRequest() {
        gemini.caches().rejectNext(MockReply.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded"));

        assertThat(http.post(CACHES, CACHE_REQUEST).statusCode()).isEqualTo(429);
        assertThat(http.post(CACHES, CACHE_REQUEST).statusCode()).isEqualTo(200);
        assertThat(gemini.caches().names()).containsExactly("cachedContents/mock-1");
    }
}
