package com.cometapi.camel.gemini;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.GeminiCountTokensTest.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code gemini:upload} and {@code autoUpload} over real sockets: the resumable handshake (start with the size, type
 * and display name; the bytes to the session URL with {@code upload, finalize}), polling while the file is
 * {@code PROCESSING}, a {@code FAILED} file, the processing timeout, the key kept from a session URL on another host,
 * bad bodies failing before sending, and a body over the inline limit uploaded before generate sends it as fileData.
 */
class GeminiUploadTest extends WireMockGeminiTestSupport {

    private static final byte[] PDF = "%PDF-1.7 a small manual".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static WireMockExtension otherHost = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upload").to("gemini:upload");
                from("direct:impatient").to("gemini:upload?fileProcessingTimeout=300ms");
                from("direct:uploadThenAsk").to("gemini:upload").setBody(constant("Summarise it")).to("gemini:generate");
                from("direct:auto").to("gemini:generate?autoUpload=true&prompt=What happens in this video?");
                from("direct:inline").to("gemini:generate");
                from("direct:autoStream").to("gemini:stream?autoUpload=true").convertBodyTo(String.class);
            }
        };
    }

    /** The start of a session whose bytes go to {@code sessionUrl}. */
    private static MappingBuilder start(String sessionUrl) {
        return post(urlEqualTo("/upload/v1beta/files")).withHeader("X-Goog-Upload-Command", equalTo("start"))
                .willReturn(aResponse().withStatus(200).withHeader("X-Goog-Upload-URL", sessionUrl)
                        .withHeader("X-Goog-Upload-Status", "active"));
    }

    private static String fileJson(String state, String extra) {
        return "{\"name\":\"files/abc-123\",\"displayName\":\"manual.pdf\",\"mimeType\":\"application/pdf\","
               + "\"uri\":\"https://generativelanguage.googleapis.com/v1beta/files/abc-123\",\"state\":\"" + state + "\""
               + extra + "}";
    }

    private static void finalizeAnswers(String state) {
        wiremock.stubFor(post(urlEqualTo("/upload/v1beta/files?upload_id=u-1&upload_protocol=resumable"))
                .willReturn(okJson("{\"file\":" + fileJson(state, "") + "}")));
    }

    /** GET files/abc-123 answers each of the states in turn, then the last one again. */
    private static void pollAnswers(String... states) {
        for (int i = 0; i < states.length; i++) {
            wiremock.stubFor(get(urlEqualTo("/v1beta/files/abc-123")).inScenario("processing")
                    .whenScenarioStateIs(i == 0 ? "Started" : "poll " + i)
                    .willReturn(okJson(fileJson(states[i], "FAILED".equals(states[i])
                            ? ",\"error\":{\"code\":400,\"message\":\"The video codec is not supported\"}" : "")))
                    .willSetStateTo(i == states.length - 1 ? "poll " + i : "poll " + (i + 1)));
        }
    }

    @Test
    void uploadsWithTheResumableProtocolAndWaitsWhileTheFileIsProcessing() {
        wiremock.stubFor(start(wiremock.baseUrl() + "/upload/v1beta/files?upload_id=u-1&upload_protocol=resumable"));
        finalizeAnswers("PROCESSING");
        pollAnswers("PROCESSING", "ACTIVE");

        Exchange exchange = template.request("direct:upload", e -> {
            e.getMessage().setBody(PDF);
            e.getMessage().setHeader(Exchange.FILE_NAME, "manual.pdf");
        });

        assertThat(exchange.getException()).isNull();
        String uri = "https://generativelanguage.googleapis.com/v1beta/files/abc-123";
        assertThat(exchange.getMessage().getBody()).isEqualTo(uri);
        assertThat(exchange.getMessage().getHeader(GeminiConstants.FILE_URI)).isEqualTo(uri);
        assertThat(exchange.getMessage().getHeader(GeminiConstants.FILE_NAME)).isEqualTo("files/abc-123");
        assertThat(exchange.getMessage().getHeader(GeminiConstants.MIME_TYPE)).isEqualTo("application/pdf");
        assertThat(exchange.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(4);
        wiremock.verify(1, postRequestedFor(urlEqualTo("/upload/v1beta/files"))
                .withHeader("x-goog-api-key", equalTo(API_KEY))
                .withHeader("X-Goog-Upload-Protocol", equalTo("resumable"))
                .withHeader("X-Goog-Upload-Command", equalTo("start"))
                .withHeader("X-Goog-Upload-Header-Content-Length", equalTo(Integer.toString(PDF.length)))
                .withHeader("X-Goog-Upload-Header-Content-Type", equalTo("application/pdf"))
                .withRequestBody(equalToJson("{\"file\":{\"displayName\":\"manual.pdf\"}}")));
        List<LoggedRequest> uploads = wiremock.findAll(postRequestedFor(
                urlEqualTo("/upload/v1beta/files?upload_id=u-1&upload_protocol=resumable"))
                .withHeader("X-Goog-Upload-Command", equalTo("upload, finalize"))
                .withHeader("X-Goog-Upload-Offset", equalTo("0"))
                .withHeader("x-goog-api-key", equalTo(API_KEY)));
        assertThat(uploads).singleElement().satisfies(upload -> assertThat(upload.getBody()).isEqualTo(PDF));
        wiremock.verify(2, getRequestedFor(urlEqualTo("/v1beta/files/abc-123"))
                .withHeader("x-goog-api-key", equalTo(API_KEY)));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.operation()).isEqualTo("upload_file");
            assertThat(event.failure()).isNull();
            assertThat(event.attempts()).isEqualTo(4);
        });
    }

    @Test
    void aFailedFileFailsNamingTheFileAndTheError() {
        wiremock.stubFor(start(wiremock.baseUrl() + "/upload/v1beta/files?upload_id=u-1&upload_protocol=resumable"));
        finalizeAnswers("PROCESSING");
        pollAnswers("PROCESSING", "FAILED");

        Exchange exchange = template.request("direct:upload", e -> {
            e.getMessage().setBody(new ByteArrayInputStream(PDF));
            e.getMessage().setHeader(GeminiConstants.MIME_TYPE, "application/pdf");
        });

        assertThat(exchange.getException()).isInstanceOfSatisfying(GeminiFileFailedException.class, failed -> {
            assertThat(failed.getFileName()).isEqualTo("files/abc-123");
            assertThat(failed.getErrorMessage()).isEqualTo("The video codec is not supported");
            assertThat(failed).hasMessageContaining("files/abc-123").hasMessageContaining("not supported");
        });
        assertThat(exchange.getMessage().getHeader(GeminiConstants.FILE_URI)).isNull();
        assertThat(events).singleElement().satisfies(event ->
                assertThat(event.failure()).isInstanceOf(GeminiFileFailedException.class));
    }

    @Test
    void aFileStillProcessingAfterTheTimeoutFailsNamingTheOption() {
        wiremock.stubFor(start(wiremock.baseUrl() + "/upload/v1beta/files?upload_id=u-1&upload_protocol=resumable"));
        finalizeAnswers("PROCESSING");
        pollAnswers("PROCESSING");

        Exchange exchange = template.request("direct:impatient", e -> {
            e.getMessage().setBody(PDF);
            e.getMessage().setHeader(Exchange.FILE_NAME, "manual.pdf");
        });

        assertThat(exchange.getException()).isInstanceOf(ExchangeTimedOutException.class)
                .hasMessageContaining("files/abc-123").hasMessageContaining("fileProcessingTimeout=300ms");
    }

    @Test
    void stoppingTheComponentWhileAFileIsProcessingFailsTheExchange() throws Exception {
        wiremock.stubFor(start(wiremock.baseUrl() + "/upload/v1beta/files?upload_id=u-1&upload_protocol=resumable"));
        finalizeAnswers("PROCESSING");
        pollAnswers("PROCESSING");

        CompletableFuture<Exchange> pending = template.asyncSend("direct:upload", e -> {
            e.getMessage().setBody(PDF);
            e.getMessage().setHeader(Exchange.FILE_NAME, "manual.pdf");
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                wiremock.verify(moreThanOrExactly(1), getRequestedFor(urlEqualTo("/v1beta/files/abc-123"))));
        context.getComponent("gemini").stop();

        Exchange exchange = pending.get(10, TimeUnit.SECONDS);
        assertThat(exchange.getException()).isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("stopped");
    }

    @Test
    void theKeyStaysOffASessionUrlOnAnotherHost() {
        wiremock.stubFor(start(otherHost.baseUrl() + "/session/u-9"));
        otherHost.stubFor(post(urlEqualTo("/session/u-9"))
                .willReturn(okJson("{\"file\":" + fileJson("ACTIVE", "") + "}")));

        Exchange exchange = template.request("direct:upload", e -> {
            e.getMessage().setBody(PDF);
            e.getMessage().setHeader(Exchange.FILE_NAME, "manual.pdf");
        });

        assertThat(exchange.getException()).isNull();
        otherHost.verify(1, postRequestedFor(urlEqualTo("/session/u-9"))
                .withHeader("x-goog-api-key", absent()).withHeader("Authorization", absent())
                .withHeader("X-Goog-Upload-Command", equalTo("upload, finalize")));
        wiremock.verify(1, postRequestedFor(urlEqualTo("/upload/v1beta/files"))
                .withHeader("x-goog-api-key", equalTo(API_KEY)));
        wiremock.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void aStartAnswerWithoutASessionUrlFails() {
        wiremock.stubFor(post(urlEqualTo("/upload/v1beta/files")).willReturn(aResponse().withStatus(200)));

        Exchange exchange = template.request("direct:upload", e -> {
            e.getMessage().setBody(PDF);
            e.getMessage().setHeader(Exchange.FILE_NAME, "manual.pdf");
        });

        assertThat(exchange.getException()).isInstanceOf(GeminiApiException.class)
                .hasMessageContaining("X-Goog-Upload-URL");
    }

    @Test
    void anUploadedFileIsWhatAFollowingGenerateAsksAbout() {
        wiremock.stubFor(start(wiremock.baseUrl() + "/upload/v1beta/files?upload_id=u-1&upload_protocol=resumable"));
        finalizeAnswers("ACTIVE");
        wiremock.stubFor(post(urlEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .willReturn(okJson(SIMPLE_ANSWER)));

        Exchange exchange = template.request("direct:uploadThenAsk", e -> {
            e.getMessage().setBody(PDF);
            e.getMessage().setHeader(Exchange.FILE_NAME, "manual.pdf");
        });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo("Paris");
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .withRequestBody(equalToJson("{\"contents\":[{\"role\":\"user\",\"parts\":["
                                             + "{\"fileData\":{\"mimeType\":\"application/pdf\",\"fileUri\":"
                                             + "\"https://generativelanguage.googleapis.com/v1beta/files/abc-123\"}},"
                                             + "{\"text\":\"Summarise it\"}]}]}")));
    }

    @Test
    void aBodyWithoutAMimeTypeFailsBeforeSending() {
        Exchange exchange = template.request("direct:upload", e -> e.getMessage().setBody(PDF));

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot tell the MIME type").hasMessageContaining(GeminiConstants.MIME_TYPE);
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aTextOrEmptyBodyFailsBeforeSending() {
        Exchange text = template.request("direct:upload", e -> e.getMessage().setBody("not a file"));
        Exchange empty = template.request("direct:upload", e -> {
            e.getMessage().setBody(new byte[0]);
            e.getMessage().setHeader(GeminiConstants.MIME_TYPE, "application/pdf");
        });

        assertThat(text.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gemini:upload takes a binary body");
        assertThat(empty.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void autoUploadSendsABodyOverTheInlineLimitAsFileData() {
        wiremock.stubFor(start(wiremock.baseUrl() + "/upload/v1beta/files?upload_id=u-1&upload_protocol=resumable"));
        wiremock.stubFor(post(urlEqualTo("/upload/v1beta/files?upload_id=u-1&upload_protocol=resumable"))
                .willReturn(okJson("{\"file\":{\"name\":\"files/big-1\",\"mimeType\":\"video/mp4\",\"uri\":"
                                   + "\"https://generativelanguage.googleapis.com/v1beta/files/big-1\",\"state\":\"ACTIVE\"}}")));
        wiremock.stubFor(post(urlEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .willReturn(okJson(SIMPLE_ANSWER)));
        byte[] video = new byte[21 * 1024 * 1024];
        Arrays.fill(video, (byte) 7);

        Exchange exchange = template.request("direct:auto", e -> {
            e.getMessage().setBody(video);
            e.getMessage().setHeader(GeminiConstants.MIME_TYPE, "video/mp4");
        });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo("Paris");
        wiremock.verify(1, postRequestedFor(urlEqualTo("/upload/v1beta/files"))
                .withHeader("X-Goog-Upload-Header-Content-Length", equalTo(Integer.toString(video.length)))
                .withHeader("X-Goog-Upload-Header-Content-Type", equalTo("video/mp4")));
        assertThat(wiremock.findAll(postRequestedFor(
                urlEqualTo("/upload/v1beta/files?upload_id=u-1&upload_protocol=resumable"))))
                .singleElement().satisfies(upload -> assertThat(upload.getBody()).hasSize(video.length));
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .withRequestBody(equalToJson("{\"contents\":[{\"role\":\"user\",\"parts\":["
                                             + "{\"fileData\":{\"mimeType\":\"video/mp4\",\"fileUri\":"
                                             + "\"https://generativelanguage.googleapis.com/v1beta/files/big-1\"}},"
                                             + "{\"text\":\"What happens in this video?\"}]}]}")));
        assertThat(events).extracting(GeminiCallEvent::operation).containsExactly("upload_file", "generate_content");
    }

    @Test
    void autoUploadWorksOnStreamToo() {
        wiremock.stubFor(start(wiremock.baseUrl() + "/upload/v1beta/files?upload_id=u-1&upload_protocol=resumable"));
        wiremock.stubFor(post(urlEqualTo("/upload/v1beta/files?upload_id=u-1&upload_protocol=resumable"))
                .willReturn(okJson("{\"file\":{\"name\":\"files/big-2\",\"mimeType\":\"audio/mpeg\",\"uri\":"
                                   + "\"https://generativelanguage.googleapis.com/v1beta/files/big-2\",\"state\":\"ACTIVE\"}}")));
        wiremock.stubFor(post(urlEqualTo("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                        .withBody("data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":"
                                  + "[{\"text\":\"A podcast\"}]},\"finishReason\":\"STOP\"}]}\n\n")));

        Exchange exchange = template.request("direct:autoStream", e -> {
            e.getMessage().setBody(new byte[21 * 1024 * 1024]);
            e.getMessage().setHeader(Exchange.FILE_NAME, "episode.mp3");
        });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo("A podcast");
        wiremock.verify(1, postRequestedFor(urlEqualTo("/upload/v1beta/files"))
                .withRequestBody(equalToJson("{\"file\":{\"displayName\":\"episode.mp3\"}}")));
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"))
                .withRequestBody(equalToJson("{\"contents\":[{\"role\":\"user\",\"parts\":["
                                             + "{\"fileData\":{\"mimeType\":\"audio/mpeg\",\"fileUri\":"
                                             + "\"https://generativelanguage.googleapis.com/v1beta/files/big-2\"}}]}]}")));
    }

    @Test
    void withoutAutoUploadTheLimitErrorSaysToSetIt() {
        Exchange exchange = template.request("direct:inline", e -> {
            e.getMessage().setBody(new byte[21 * 1024 * 1024]);
            e.getMessage().setHeader(GeminiConstants.MIME_TYPE, "video/mp4");
        });

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("autoUpload=true");
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void autoUploadSendsASmallBodyInline() {
        wiremock.stubFor(post(urlPathEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .willReturn(okJson(SIMPLE_ANSWER)));

        Exchange exchange = template.request("direct:auto", e -> {
            e.getMessage().setBody(new ByteArrayInputStream(PDF));
            e.getMessage().setHeader(GeminiConstants.MIME_TYPE, "application/pdf");
        });

        assertThat(exchange.getException()).isNull();
        wiremock.verify(0, postRequestedFor(urlPathEqualTo("/upload/v1beta/files")));
        wiremock.verify(1, postRequestedFor(urlPathEqualTo("/v1beta/models/gemini-2.5-flash:generateContent"))
                .withRequestBody(equalToJson("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"inlineData\":{"
                                             + "\"mimeType\":\"application/pdf\",\"data\":\"${json-unit.any-string}\"}},"
                                             + "{\"text\":\"What happens in this video?\"}]}]}")));
    }
}
