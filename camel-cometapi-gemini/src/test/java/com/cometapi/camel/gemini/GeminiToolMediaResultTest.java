package com.cometapi.camel.gemini;

import java.util.Base64;
import java.util.Map;

import com.cometapi.camel.gemini.test.MockReply;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tool route that answers with media (an image, a PDF) sends it back to the model as
 * {@code functionResponse.parts[0].inlineData}, with a response object naming the attachment; text and JSON results
 * are unchanged. Over a real socket.
 */
class GeminiToolMediaResultTest extends MockGeminiTestSupport {

    private static final byte[] CHART = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("gemini-tool:draw_chart?description=Draws a chart&tags=media&parameter.title=string")
                        .setHeader(GeminiConstants.MIME_TYPE, constant("image/png"))
                        .setBody(constant(CHART));
                from("gemini-tool:raw_bytes?description=Bytes without a type&tags=untyped")
                        .setBody(constant(new byte[] { 1, 2, 3 }));
                from("direct:media").to("gemini:generate?tools=media");
                from("direct:untyped").to("gemini:generate?tools=untyped");
            }
        };
    }

    private JsonNode functionResponseSentBack() {
        return gemini.requests().get(1).bodyJson().path("contents").path(2).path("parts").path(0)
                .path("functionResponse");
    }

    @Test
    void aBinaryResultGoesBackAsInlineDataWithAResponseNamingIt() {
        gemini.enqueue(MockReply.functionCall("draw_chart", Map.of("title", "Sales")).withCallId("call-1"),
                MockReply.text("Here is the chart."));

        Exchange reply = template.request("direct:media", e -> e.getMessage().setBody("Chart the sales"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isEqualTo("Here is the chart.");
        JsonNode response = functionResponseSentBack();
        assertThat(response.path("id").asText()).isEqualTo("call-1");
        assertThat(response.path("parts")).hasSize(1);
        JsonNode inline = response.path("parts").path(0).path("inlineData");
        assertThat(inline.path("mimeType").asText()).isEqualTo("image/png");
        assertThat(Base64.getDecoder().decode(inline.path("data").asText())).containsExactly(CHART);
        assertThat(response.path("response").path("attachment").path("mimeType").asText()).isEqualTo("image/png");
        assertThat(response.path("response").path("attachment").path("sizeBytes").asInt()).isEqualTo(CHART.length);
    }

    @Test
    void aBinaryResultWithoutAMimeTypeIsAToolErrorSentBackToTheModel() {
        gemini.enqueue(MockReply.functionCall("raw_bytes", Map.of()), MockReply.text("Sorry."));

        Exchange reply = template.request("direct:untyped", e -> e.getMessage().setBody("Give me bytes"));

        assertThat(reply.getException()).isNull();
        JsonNode response = functionResponseSentBack();
        assertThat(response.has("parts")).isFalse();
        assertThat(response.path("response").path("error").asText()).contains("MIME type")
                .contains(GeminiConstants.MIME_TYPE);
    }
}
