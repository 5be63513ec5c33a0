package com.cometapi.camel.gemini;

import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.test.MockReply;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code outputClass}: JSON mode with a schema generated from the class, and the answer bound to it, on
 * {@code gemini:generate} (tool loop included) and after a {@code gemini:stream} split; over a real socket to the test
 * kit's MockGeminiServer.
 */
class GeminiOutputClassTest extends MockGeminiTestSupport {

    private static final String INVOICE = "com.cometapi.camel.gemini.GeminiOutputClassTest$Invoice";

    /** What Gemini must receive as responseJsonSchema for {@link Invoice}, keyword order included. */
    private static final String INVOICE_SCHEMA = "{\"type\":\"object\",\"properties\":{"
                                                 + "\"vendor\":{\"type\":\"string\"},"
                                                 + "\"total\":{\"type\":\"number\",\"description\":\"Total in EUR\"},"
                                                 + "\"status\":{\"type\":\"string\",\"enum\":[\"PAID\",\"DUE\"]},"
                                                 + "\"lines\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
                                                 + "\"properties\":{\"item\":{\"type\":\"string\"},"
                                                 + "\"quantity\":{\"type\":\"integer\"},"
                                                 + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},"
                                                 + "\"description\":\"One line of an invoice\"}}},"
                                                 + "\"required\":[\"vendor\"],"
                                                 + "\"description\":\"An invoice read from a document\"}";

    private static final Invoice SAMPLE = new Invoice("ACME", 42.5, Status.PAID,
            List.of(new Line("bolts", 3, List.of("steel", "m4")), new Line("nuts", 7, List.of())));

    public enum Status {
        PAID,
        DUE
    }

    @JsonClassDescription("One line of an invoice")
    public record Line(String item, int quantity, List<String> tags) {
    }

    @JsonClassDescription("An invoice read from a document")
    public record Invoice(@JsonProperty(required = true) String vendor,
                          @JsonPropertyDescription("Total in EUR") double total, Status status, List<Line> lines) {
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("gemini-tool:lookup_vendor?description=Finds a vendor&tags=vendors&parameter.name=string")
                        .setBody(constant("{\"vendor\":\"ACME\",\"country\":\"FR\"}"));
                from("direct:typed").to("gemini:generate?outputClass=" + INVOICE);
                from("direct:aggregate").to("gemini:stream?outputClass=" + INVOICE)
                        .split(body(), new GeminiStreamAggregationStrategy()).streaming()
                        .to("mock:chunks")
                        .end()
                        .to("mock:answer");
                from("direct:aggregatePlain").to("gemini:stream")
                        .split(body(), new GeminiStreamAggregationStrategy()).streaming()
                        .to("mock:plainChunks")
                        .end();
            }
        };
    }

    @Test
    void sendsJsonModeWithTheSchemaGeneratedFromTheClass() {
        gemini.enqueue(MockReply.text(json(SAMPLE)));

        Exchange reply = template.request("direct:typed", e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isNull();
        JsonNode config = gemini.lastRequest().bodyJson().path("generationConfig");
        assertThat(config.path("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(config.has("responseSchema")).isFalse();
        assertThat(config.path("responseJsonSchema").toString()).isEqualTo(INVOICE_SCHEMA);
    }

    @Test
    void anInstanceRoundTripsThroughTheAnswer() {
        gemini.enqueue(MockReply.text(json(SAMPLE)));

        Exchange reply = template.request("direct:typed", e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isInstanceOf(Invoice.class).isEqualTo(SAMPLE);
        assertThat(reply.getMessage().getHeader(GeminiConstants.FINISH_REASON)).isEqualTo("STOP");
    }

    @Test
    void fieldsTheClassLacksAreIgnored() {
        gemini.enqueue(MockReply.text("{\"vendor\":\"ACME\",\"status\":\"DUE\",\"currency\":\"EUR\"}"));

        Invoice invoice = template.requestBody("direct:typed", "Read the invoice", Invoice.class);

        assertThat(invoice).isEqualTo(new Invoice("ACME", 0, Status.DUE, null));
    }

    @Test
    void textThatDoesNotBindFailsWithTheText() {
        String text = "{\"vendor\":\"ACME\",\"total\":\"forty-two\"}";
        gemini.enqueue(MockReply.text(text));

        Exchange reply = template.request("direct:typed", e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isInstanceOf(GeminiOutputBindingException.class)
                .hasMessageStartingWith("The answer does not bind to " + INVOICE + ": ")
                .hasMessageContaining("forty-two")
                .hasMessageNotContaining(API_KEY);
        GeminiOutputBindingException failure = (GeminiOutputBindingException) reply.getException();
        assertThat(failure.getText()).isEqualTo(text);
        assertThat(failure.getOutputClass()).isEqualTo(INVOICE);
        assertThat(failure.getFinishReason()).isEqualTo("STOP");
        assertThat(reply.getMessage().getHeader(GeminiConstants.FINISH_REASON)).isEqualTo("STOP");
    }

    @Test
    void anEnumValueOutsideTheClassFails() {
        gemini.enqueue(MockReply.text("{\"vendor\":\"ACME\",\"status\":\"REFUNDED\"}"));

        Exchange reply = template.request("direct:typed", e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isInstanceOf(GeminiOutputBindingException.class)
                .hasMessageContaining("REFUNDED");
    }

    @Test
    void anAnswerCutShortNamesTheFinishReason() {
        String text = "{\"vendor\":\"ACME\",\"lines\":[{\"item\":\"bol";
        gemini.enqueue(MockReply.text(text).withFinishReason("MAX_TOKENS"));

        Exchange reply = template.request("direct:typed", e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isInstanceOf(GeminiOutputBindingException.class)
                .hasMessageStartingWith("The answer does not bind to " + INVOICE + " (finish reason MAX_TOKENS): ");
        GeminiOutputBindingException failure = (GeminiOutputBindingException) reply.getException();
        assertThat(failure.getText()).isEqualTo(text);
        assertThat(failure.getFinishReason()).isEqualTo("MAX_TOKENS");
    }

    @Test
    void aHugeAnswerStaysOutOfTheMessage() {
        String text = "Sorry, " + "I cannot read this invoice. ".repeat(4_000) + "\"" + "x".repeat(10_000) + "\"";
        gemini.enqueue(MockReply.text(text));

        Exchange reply = template.request("direct:typed", e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isInstanceOf(GeminiOutputBindingException.class);
        assertThat(reply.getException().getMessage()).contains(INVOICE).hasSizeLessThan(500);
        assertThat(((GeminiOutputBindingException) reply.getException()).getText()).isEqualTo(text);
    }

    @Test
    void anEmptyAnswerFails() {
        gemini.enqueue(MockReply.text("").withFinishReason("SAFETY"));

        Exchange reply = template.request("direct:typed", e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isInstanceOf(GeminiOutputBindingException.class)
                .hasMessage("The answer does not bind to " + INVOICE + " (finish reason SAFETY): the answer is empty");
        assertThat(((GeminiOutputBindingException) reply.getException()).getText()).isEmpty();
    }

    @Test
    void aBlockedPromptWithoutFailOnBlockGivesANullBody() {
        gemini.enqueue(MockReply.blocked("PROHIBITED_CONTENT"));

        Exchange reply = template.request("gemini:generate?failOnBlock=false&outputClass=" + INVOICE,
                e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isNull();
        assertThat(reply.getMessage().getHeader(GeminiConstants.BLOCK_REASON)).isEqualTo("PROHIBITED_CONTENT");
    }

    @Test
    void theFinalAnswerOfAToolLoopBinds() {
        gemini.enqueue(MockReply.functionCall("lookup_vendor", Map.of("name", "ACME")), MockReply.text(json(SAMPLE)));

        Exchange reply = template.request("gemini:generate?tools=vendors&outputClass=" + INVOICE,
                e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isEqualTo(SAMPLE);
        assertThat(reply.getMessage().getHeader(GeminiConstants.TOOL_ITERATIONS)).isEqualTo(2);
        assertThat(gemini.requests()).hasSize(2).allSatisfy(request -> assertThat(request.bodyJson()
                .at("/generationConfig/responseJsonSchema").toString()).isEqualTo(INVOICE_SCHEMA));
    }

    @Test
    void anExplicitResponseJsonSchemaWins() {
        gemini.enqueue(MockReply.text(json(SAMPLE)));

        Exchange reply = template.request("gemini:generate?outputClass=" + INVOICE
                                          + "&responseJsonSchema={\"type\":\"object\",\"properties\":{\"vendor\":"
                                          + "{\"type\":\"string\"}}}",
                e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isNull();
        JsonNode config = gemini.lastRequest().bodyJson().path("generationConfig");
        assertThat(config.path("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(config.path("responseJsonSchema").toString())
                .isEqualTo("{\"type\":\"object\",\"properties\":{\"vendor\":{\"type\":\"string\"}}}");
        assertThat(reply.getMessage().getBody()).isEqualTo(SAMPLE);
    }

    @Test
    void anExplicitResponseSchemaWins() {
        gemini.enqueue(MockReply.text(json(SAMPLE)));

        Exchange reply = template.request("gemini:generate?outputClass=" + INVOICE
                                          + "&responseSchema={\"type\":\"OBJECT\"}",
                e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isNull();
        JsonNode config = gemini.lastRequest().bodyJson().path("generationConfig");
        assertThat(config.path("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(config.path("responseSchema").path("type").asText()).isEqualTo("OBJECT");
        assertThat(config.has("responseJsonSchema")).isFalse();
        assertThat(reply.getMessage().getBody()).isEqualTo(SAMPLE);
    }

    @Test
    void theComponentOptionAppliesToItsEndpoints() {
        geminiComponent().getConfiguration().setOutputClass(INVOICE);
        gemini.enqueue(MockReply.text(json(SAMPLE)));

        Object body = template.requestBody("gemini:generate", "Read the invoice");

        assertThat(body).isEqualTo(SAMPLE);
        assertThat(gemini.lastRequest().bodyJson().at("/generationConfig/responseJsonSchema").toString())
                .isEqualTo(INVOICE_SCHEMA);
    }

    @Test
    void theAggregatedStreamBindsWhileChunksStayText() throws Exception {
        String answer = json(SAMPLE);
        String first = answer.substring(0, 30);
        String second = answer.substring(30);
        gemini.enqueue(MockReply.stream(event(first), event(second)));
        MockEndpoint chunks = getMockEndpoint("mock:chunks");
        chunks.expectedBodiesReceived(first, second);

        Exchange reply = template.request("direct:aggregate", e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isNull();
        chunks.assertIsSatisfied();
        assertThat(chunks.getExchanges().get(0).getMessage().getHeader(GeminiConstants.OUTPUT_CLASS))
                .isEqualTo(Invoice.class);
        JsonNode config = gemini.lastRequest().bodyJson().path("generationConfig");
        assertThat(config.path("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(config.path("responseJsonSchema").toString()).isEqualTo(INVOICE_SCHEMA);
        assertThat(reply.getMessage().getBody()).isEqualTo(SAMPLE);
        assertThat(reply.getMessage().getHeaders()).doesNotContainKey(GeminiConstants.OUTPUT_CLASS);
    }

    @Test
    void anAggregatedStreamThatDoesNotBindFailsWithTheText() {
        gemini.enqueue(MockReply.stream(event("Sorry, "), event("I cannot read it.")));

        Exchange reply = template.request("direct:aggregate", e -> e.getMessage().setBody("Read the invoice"));

        assertThat(reply.getException()).isInstanceOf(GeminiOutputBindingException.class)
                .hasMessageStartingWith("The answer does not bind to " + INVOICE);
        assertThat(((GeminiOutputBindingException) reply.getException()).getText())
                .isEqualTo("Sorry, I cannot read it.");
    }

    @Test
    void aStreamWithoutOutputClassKeepsTheJoinedText() {
        gemini.enqueue(MockReply.stream(event("{\"vendor\":"), event("\"ACME\"}")));

        // a header left over from another stream does not make this one bind
        Exchange reply = template.request("direct:aggregatePlain", e -> {
            e.getMessage().setHeader(GeminiConstants.OUTPUT_CLASS, Invoice.class);
            e.getMessage().setBody("Read the invoice");
        });

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getBody()).isEqualTo("{\"vendor\":\"ACME\"}");
        JsonNode config = gemini.lastRequest().bodyJson().path("generationConfig");
        assertThat(config.has("responseJsonSchema")).isFalse();
        assertThat(config.has("responseMimeType")).isFalse();
    }

    @Test
    void anUnknownClassFailsAtStart() {
        RouteBuilder route = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:unknown").to("gemini:generate?outputClass=com.acme.NoSuchInvoice");
            }
        };

        assertThatThrownBy(() -> context.addRoutes(route)).hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessage("outputClass com.acme.NoSuchInvoice is not on the classpath; give the fully"
                                        + " qualified class name (a nested class as Outer$Inner)");
        assertThat(gemini.requestCount()).isZero();
    }

    @Test
    void outputClassNeedsTextOutput() {
        RouteBuilder route = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wrongType").to("gemini:generate?outputType=bytes&outputClass=" + INVOICE);
            }
        };

        assertThatThrownBy(() -> context.addRoutes(route)).hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessage("outputClass binds the answer text, but outputType is bytes; leave outputType"
                                        + " unset (text) or remove outputClass");
    }

    @Test
    void outputClassNeedsJsonMimeType() {
        RouteBuilder route = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wrongMime").to("gemini:generate?responseMimeType=text/x.enum&outputClass=" + INVOICE);
            }
        };

        assertThatThrownBy(() -> context.addRoutes(route)).hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("responseMimeType is text/x.enum");
    }

    private static String json(Object value) {
        try {
            return GeminiJson.MAPPER.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String event(String text) {
        return "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":" + TextNode.valueOf(text)
               + "}]}}]}";
    }
}
