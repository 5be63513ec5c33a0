package com.cometapi.camel.gemini.examples.files;

import java.util.Arrays;
import java.util.List;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.test.MockFiles;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large files, shown in docs/guides/multimodal.md and docs/guides/testing-with-mock-gemini-server.md: a file uploaded
 * with {@code gemini:upload} (the route waits while Gemini processes it) and then asked about, and a body over the
 * 20 MB inline limit uploaded on the fly with {@code autoUpload=true}. Against the mock, whose files can be made to
 * stay {@code PROCESSING} for a few polls and which refuses a generate request naming a file that is not
 * {@code ACTIVE}.
 */
class UploadRoutesTest extends CamelTestSupport {

    /** One byte over Gemini's inline limit of 20 MB. */
    private static final int OVER_INLINE_LIMIT = 20 * 1024 * 1024 + 1;
    /** A stand-in for a video: the mock does not look at the bytes. */
    private static final byte[] VIDEO = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2' };

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        GeminiComponent component = camel.getComponent("gemini", GeminiComponent.class);
        component.getConfiguration().setBaseUrl(gemini.baseUrl());
        component.getConfiguration().setApiKey("test-key");
        return camel;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet:multimodal-upload-route
                from("direct:upload")
                        .to("gemini:upload")
                        .setBody(constant("Summarise this video in five bullets"))
                        .to("gemini:generate");
                // end-snippet:multimodal-upload-route

                // snippet:multimodal-auto-upload
                from("direct:video")
                        .to("gemini:generate?autoUpload=true&prompt=What happens in this video?");
                // end-snippet:multimodal-auto-upload
            }
        };
    }

    @Test
    void theUploadRouteWaitsWhileTheFileIsProcessingThenAsksAboutIt() {
        byte[] videoBytes = VIDEO;
        // snippet:testing-upload-processing
        gemini.files().processingPolls(2);

        String summary = template.requestBodyAndHeader("direct:upload", videoBytes,
                GeminiConstants.MIME_TYPE, "video/mp4", String.class);

        List<RecordedRequest> requests = gemini.requests();
        assertThat(requests).hasSize(6);   // start, bytes, polls (PROCESSING twice, then ACTIVE), generate
        assertThat(requests.get(0).header("X-Goog-Upload-Command")).isEqualTo("start");
        assertThat(requests.get(1).bodyBytes()).isEqualTo(videoBytes);
        assertThat(requests.subList(2, 5)).extracting(RecordedRequest::path)
                .containsOnly("/v1beta/files/mock-1");
        JsonNode parts = requests.get(5).bodyJson().at("/contents/0/parts");
        assertThat(parts.at("/0/fileData/fileUri").asText()).endsWith("/v1beta/files/mock-1");
        assertThat(gemini.files().state("files/mock-1")).isEqualTo(MockFiles.ACTIVE);
        // end-snippet:testing-upload-processing

        assertThat(summary).isEqualTo("Mock Gemini answer to: Summarise this video in five bullets");
        assertThat(requests.get(0).method()).isEqualTo("POST");
        assertThat(requests.get(0).path()).isEqualTo("/upload/v1beta/files");
        assertThat(requests.get(0).header("X-Goog-Upload-Protocol")).isEqualTo("resumable");
        assertThat(requests.get(0).header("X-Goog-Upload-Header-Content-Type")).isEqualTo("video/mp4");
        assertThat(requests.get(1).header("X-Goog-Upload-Command")).isEqualTo("upload, finalize");
        assertThat(requests.subList(2, 5)).extracting(RecordedRequest::method).containsOnly("GET");
        assertThat(requests.get(5).path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(parts).hasSize(2);
        assertThat(parts.at("/0/fileData/mimeType").asText()).isEqualTo("video/mp4");
        assertThat(parts.at("/1/text").asText()).isEqualTo("Summarise this video in five bullets");
    }

    @Test
    void autoUploadSendsABodyOverTheInlineLimitAsFileData() {
        byte[] video = new byte[OVER_INLINE_LIMIT];
        Arrays.fill(video, (byte) 7);

        String answer = template.requestBodyAndHeader("direct:video", video, GeminiConstants.MIME_TYPE, "video/mp4",
                String.class);

        assertThat(answer).isEqualTo("Mock Gemini answer to: What happens in this video?");
        List<RecordedRequest> requests = gemini.requests();
        assertThat(requests).extracting(RecordedRequest::path)
                .containsExactly("/upload/v1beta/files", "/upload/v1beta/files",
                        "/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(requests.get(1).bodySize()).isEqualTo(OVER_INLINE_LIMIT);
        JsonNode parts = requests.get(2).bodyJson().at("/contents/0/parts");
        assertThat(parts).hasSize(2);
        assertThat(parts.at("/0/inlineData").isMissingNode()).isTrue();
        assertThat(parts.at("/0/fileData/fileUri").asText()).isEqualTo(gemini.baseUrl() + "/v1beta/files/mock-1");
        assertThat(parts.at("/0/fileData/mimeType").asText()).isEqualTo("video/mp4");
        assertThat(parts.at("/1/text").asText()).isEqualTo("What happens in this video?");
    }

    @Test
    void autoUploadSendsASmallBodyInline() {
        template.requestBodyAndHeader("direct:video", VIDEO, GeminiConstants.MIME_TYPE, "video/mp4", String.class);

        assertThat(gemini.requests()).hasSize(1);
        JsonNode parts = gemini.lastRequest().bodyJson().at("/contents/0/parts");
        assertThat(parts.at("/0/inlineData/mimeType").asText()).isEqualTo("video/mp4");
        assertThat(gemini.files().names()).isEmpty();
    }
}
