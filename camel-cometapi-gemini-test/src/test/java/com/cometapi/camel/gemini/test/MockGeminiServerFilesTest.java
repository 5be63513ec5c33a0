package com.cometapi.camel.gemini.test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.test.EndpointHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class MockGeminiServerFilesTest {

    private static final String START = "/upload/v1beta/files";

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private final EndpointHttp http = new EndpointHttp(gemini);

    @Test
    void theStartAnswersAnUploadUrlOnTheMock() {
        HttpResponse<String> started = start(4, "image/png", "{\"file\":{\"display_name\":\"cat.png\"}}");

        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).isEmpty();
        assertThat(started.headers().firstValue("X-Goog-Upload-Status")).hasValue("active");
        assertThat(started.headers().firstValue("X-Goog-Upload-URL")).hasValueSatisfying(url -> assertThat(url)
                .startsWith(gemini.baseUrl() + "/upload/v1beta/files?upload_id=").endsWith("&upload_protocol=resumable"));
        RecordedRequest recorded = gemini.lastRequest();
        assertThat(recorded.path()).isEqualTo(START);
        assertThat(recorded.header("X-Goog-Upload-Header-Content-Length")).isEqualTo("4");
        assertThat(recorded.bodyJson().at("/file/display_name").asText()).isEqualTo("cat.png");
    }

    @Test
    void aFileIsProcessingForTheConfiguredPollsThenActive() throws Exception {
        gemini.files().processingPolls(2);
        byte[] bytes = "RIFF....WAVEfmt ".getBytes(StandardCharsets.US_ASCII);

        JsonNode uploaded = upload(bytes, "audio/wav", "{\"file\":{\"displayName\":\"Greeting\"}}");

        JsonNode file = uploaded.path("file");
        assertThat(file.path("name").asText()).isEqualTo("files/mock-1");
        assertThat(file.path("displayName").asText()).isEqualTo("Greeting");
        assertThat(file.path("mimeType").asText()).isEqualTo("audio/wav");
        assertThat(file.path("sizeBytes").isTextual()).isTrue();
        assertThat(file.path("sizeBytes").asText()).isEqualTo(String.valueOf(bytes.length));
        assertThat(file.path("uri").asText()).isEqualTo(gemini.baseUrl() + "/v1beta/files/mock-1");
        assertThat(file.path("sha256Hash").asText()).isEqualTo(
                Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(file.path("state").asText()).isEqualTo("PROCESSING");
        assertThat(file.path("createTime").asText()).endsWith("Z");
        assertThat(file.path("expirationTime").asText()).endsWith("Z");

        assertThat(poll("mock-1").path("state").asText()).isEqualTo("PROCESSING");
        assertThat(gemini.files().state("files/mock-1")).isEqualTo("PROCESSING");
        assertThat(poll("mock-1").path("state").asText()).isEqualTo("PROCESSING");
        JsonNode active = poll("mock-1");
        assertThat(active.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(active.path("uri").asText()).isEqualTo(file.path("uri").asText());
        assertThat(poll("mock-1").path("state").asText()).isEqualTo("ACTIVE");
        assertThat(gemini.files().names()).containsExactly("files/mock-1");
    }

    @Test
    void withoutProcessingPollsTheFileIsActiveAtOnce() {
        JsonNode file = upload(new byte[] { 1, 2, 3 }, "image/png", "").path("file");

        assertThat(file.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(file.has("displayName")).isFalse();
    }

    @Test
    void aFileMadeToFailEndsFailedWithItsReason() {
        gemini.files().processingPolls(1).failNext("Video codec not supported");

        JsonNode failing = upload(new byte[] { 9 }, "video/mp4", "").path("file");
        JsonNode next = upload(new byte[] { 8 }, "video/mp4", "").path("file");

        assertThat(failing.path("state").asText()).isEqualTo("PROCESSING");
        assertThat(poll("mock-1").path("state").asText()).isEqualTo("PROCESSING");
        JsonNode failed = poll("mock-1");
        assertThat(failed.path("state").asText()).isEqualTo("FAILED");
        assertThat(failed.at("/error/message").asText()).isEqualTo("Video codec not supported");
        assertThat(failed.at("/error/code").asInt()).isEqualTo(3);
        assertThat(next.path("name").asText()).isEqualTo("files/mock-2");
        poll("mock-2");
        assertThat(poll("mock-2").path("state").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void bytesOtherThanTheAnnouncedLengthAreRefused() {
        String url = uploadUrl(start(10, "application/pdf", ""));

        HttpResponse<String> refused = finalizeUpload(url, new byte[7]);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).at("/error/status").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(json(refused).at("/error/message").asText()).contains("7 bytes").contains("10");
        assertThat(gemini.files().names()).isEmpty();
    }

    @Test
    void aLargeUploadArrivesWhole() {
        byte[] bytes = new byte[26 * 1024 * 1024];
        Arrays.fill(bytes, (byte) 7);
        bytes[bytes.length - 1] = 42;

        JsonNode file = upload(bytes, "video/mp4", "").path("file");

        assertThat(file.path("sizeBytes").asText()).isEqualTo(String.valueOf(bytes.length));
        RecordedRequest recorded = gemini.lastRequest();
        assertThat(recorded.bodySize()).isEqualTo(bytes.length);
        assertThat(recorded.bodyBytes()[bytes.length - 1]).isEqualTo((byte) 42);
        assertThat(recorded.header("X-Goog-Upload-Command")).isEqualTo("upload, finalize");
        assertThat(recorded.header("X-Goog-Upload-Offset")).isEqualTo("0");
    }

    @Test
    void generatingWithAFileNotActiveYetGetsGooglesErrorAndConsumesNoReply() {
        gemini.files().processingPolls(1);
        String uri = upload(new byte[] { 1 }, "video/mp4", "").at("/file/uri").asText();
        String request = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"fileData\":{\"mimeType\":\"video/mp4\","
                + "\"fileUri\":\"" + uri + "\"}},{\"text\":\"Describe it\"}]}]}";
        gemini.enqueue(MockReply.text("A cat."));
        GeminiHttp generate = new GeminiHttp(gemini);

        HttpResponse<String> early = generate.generate(request);
        poll("mock-1");
        poll("mock-1");
        HttpResponse<String> ready = generate.generate(request);

        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(json(early).at("/error/status").asText()).isEqualTo("FAILED_PRECONDITION");
        assertThat(json(early).at("/error/message").asText())
                .isEqualTo("The File mock-1 is not in an ACTIVE state and usage is not allowed.");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(GeminiHttp.text(json(ready))).isEqualTo("A cat.");
    }

    @Test
    void generatingWithAFileUnknownToTheMockIsLetThrough() {
        HttpResponse<String> answered = new GeminiHttp(gemini).generate("{\"contents\":[{\"parts\":[{\"fileData\":"
                + "{\"mimeType\":\"video/mp4\",\"fileUri\":\"https://generativelanguage.googleapis.com/v1beta/files/"
                + "abc123\"}}]}]}");

        assertThat(answered.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownFileGetsGooglesPermissionDenied() {
        HttpResponse<String> refused = http.get("/v1beta/files/nope");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).at("/error/status").asText()).isEqualTo("PERMISSION_DENIED");
        assertThat(json(refused).at("/error/message").asText())
                .isEqualTo("You do not have permission to access the File nope or it may not exist.");
    }

    @Test
    void anUploadUrlIsUsedOnce() {
        String url = uploadUrl(start(1, "text/plain", ""));

        assertThat(finalizeUpload(url, new byte[1]).statusCode()).isEqualTo(200);
        HttpResponse<String> again = finalizeUpload(url, new byte[1]);

        assertThat(again.statusCode()).isEqualTo(404);
    }

    @Test
    void aStartWithoutTheResumableProtocolIsRefused() {
        HttpResponse<String> refused = http.post(START, "{}", "X-Goog-Upload-Protocol", "multipart");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).at("/error/message").asText()).contains("X-Goog-Upload-Protocol: resumable");
    }

    @Test
    void theKeyIsNeededToStartButNotOnTheUploadUrl() {
        gemini.requireApiKey("right-key-123");
        try {
            HttpResponse<String> withoutKey = start(1, "text/plain", "");
            HttpResponse<String> started = http.post(START, "", "x-goog-api-key", "right-key-123",
                    "X-Goog-Upload-Protocol", "resumable", "X-Goog-Upload-Command", "start",
                    "X-Goog-Upload-Header-Content-Length", "1");
            HttpResponse<String> uploaded = finalizeUpload(uploadUrl(started), new byte[1]);
            HttpResponse<String> polledWithoutKey = http.get("/v1beta/files/mock-1");

            assertThat(withoutKey.statusCode()).isEqualTo(400);
            assertThat(uploaded.statusCode()).isEqualTo(200);
            assertThat(polledWithoutKey.statusCode()).isEqualTo(400);
        } finally {
            gemini.requireApiKey(null);
        }
    }

    @Test
    void aRejectionAnswersTheNextFilesRequest() {
        gemini.files().rejectNext(MockReply.error(503, "UNAVAILABLE", "The service is currently unavailable."));

        assertThat(start(1, "text/plain", "").statusCode()).isEqualTo(503);
        assertThat(start(1, "text/plain", "").statusCode()).isEqualTo(200);
    }

    @Test
    void resetForgetsFilesAndScripts() {
        gemini.files().processingPolls(5).failNext("x");
        upload(new byte[1], "text/plain", "");

        gemini.reset();

        assertThat(gemini.files().names()).isEmpty();
        JsonNode file = upload(new byte[1], "text/plain", "").path("file");
        assertThat(file.path("name").asText()).isEqualTo("files/mock-1");
        assertThat(file.path("state").asText()).isEqualTo("ACTIVE");
    }

    private HttpResponse<String> start(long length, String mimeType, String json) {
        return http.post(START, json, "X-Goog-Upload-Protocol", "resumable", "X-Goog-Upload-Command", "start",
                "X-Goog-Upload-Header-Content-Length", String.valueOf(length),
                "X-Goog-Upload-Header-Content-Type", mimeType);
    }

    private static String uploadUrl(HttpResponse<String> started) {
        return started.headers().firstValue("X-Goog-Upload-URL").orElseThrow();
    }

    private HttpResponse<String> finalizeUpload(String url, byte[] bytes) {
        return http.postBytes(url, bytes, "X-Goog-Upload-Command", "upload, finalize", "X-Goog-Upload-Offset", "0");
    }

    private JsonNode upload(byte[] bytes, String mimeType, String json) {
        HttpResponse<String> uploaded = finalizeUpload(uploadUrl(start(bytes.length, mimeType, json)), bytes);
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.headers().firstValue("X-Goog-Upload-Status")).hasValue("final");
        return json(uploaded);
    }

    private JsonNode poll(String id) {
        HttpResponse<String> polled = http.get("/v1beta/files/" + id);
        assertThat(polled.statusCode()).isEqualTo(200);
        return json(polled);
    }
}
