package com.cometapi.camel.gemini.examples.quickstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON mode, shown in docs/guides/json-output.md: a response schema (Gemini's OpenAPI subset, from a file), a JSON
 * Schema given inline, and an enum answer. The mock answers sample JSON of the schema's shape.
 */
class JsonOutputTest extends MockGeminiRouteTest {

    // snippet:json-output-record
    /** The answer's shape: the fields of city-schema.json. */
    public record City(String city, String country, Integer population) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    // end-snippet:json-output-record

    // snippet:json-output-json-schema
    /** A JSON Schema (responseJsonSchema): standard keywords, lower-case types. */
    static final String REVIEW_SCHEMA = "{\"type\": \"object\", \"properties\": {"
            + "\"sentiment\": {\"type\": \"string\", \"enum\": [\"positive\", \"negative\", \"mixed\"]},"
            + "\"topics\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}},"
            + "\"required\": [\"sentiment\", \"topics\"]}";
    // end-snippet:json-output-json-schema

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet:json-output-routes
                from("direct:city")
                        .to("gemini:generate?responseSchema=resource:classpath:city-schema.json")
                        .process(exchange -> exchange.getMessage().setBody(
                                JSON.readValue(exchange.getMessage().getBody(String.class), City.class)));

                from("direct:review")
                        .to("gemini:generate?responseJsonSchema=RAW(" + REVIEW_SCHEMA + ")");

                from("direct:classify")
                        .to("gemini:generate?responseMimeType=text/x.enum"
                            + "&responseSchema=RAW({\"type\": \"STRING\", \"enum\": [\"billing\", \"bug\", \"other\"]})");
                // end-snippet:json-output-routes
            }
        };
    }

    @Test
    void responseSchemaGivesJsonOfItsShape() {
        // snippet:json-output-call
        City city = template.requestBody("direct:city",
                "Paris, the capital of France, has about 2.1 million inhabitants.", City.class);
        // end-snippet:json-output-call

        assertThat(city.city()).isNotBlank();
        assertThat(city.country()).isNotBlank();
        // snippet:json-output-request
        JsonNode generationConfig = gemini.lastRequest().bodyJson().path("generationConfig");
        assertThat(generationConfig.path("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(generationConfig.at("/responseSchema/properties/city/type").asText()).isEqualTo("STRING");
        // end-snippet:json-output-request
    }

    @Test
    void responseJsonSchemaIsSentAsJsonSchema() throws Exception {
        String answer = template.requestBody("direct:review", "Great camel, but the saddle squeaks.", String.class);

        JsonNode review = JSON.readTree(answer);
        assertThat(review.path("sentiment").isTextual()).isTrue();
        assertThat(review.path("topics").isArray()).isTrue();
        JsonNode generationConfig = gemini.lastRequest().bodyJson().path("generationConfig");
        assertThat(generationConfig.path("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(generationConfig.at("/responseJsonSchema/properties/sentiment/enum/0").asText())
                .isEqualTo("positive");
        assertThat(generationConfig.has("responseSchema")).isFalse();
    }

    @Test
    void enumModeAnswersOneOfTheValues() {
        String label = template.requestBody("direct:classify", "I was charged twice.", String.class);

        assertThat(label).isIn("billing", "bug", "other");
        assertThat(gemini.lastRequest().bodyJson().at("/generationConfig/responseMimeType").asText())
                .isEqualTo("text/x.enum");
    }
}
