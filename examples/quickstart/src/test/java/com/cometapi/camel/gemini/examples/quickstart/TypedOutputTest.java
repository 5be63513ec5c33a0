package com.cometapi.camel.gemini.examples.quickstart;

import java.util.List;

import com.cometapi.camel.gemini.GeminiOutputBindingException;
import com.cometapi.camel.gemini.GeminiStreamAggregationStrategy;
import com.cometapi.camel.gemini.test.MockReply;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code outputClass}, shown in docs/guides/typed-output.md: the schema is generated from a record and the body is an
 * instance of it, on gemini:generate and after a gemini:stream split. The mock answers sample JSON of the schema.
 */
class TypedOutputTest extends MockGeminiRouteTest {

    // snippet:typed-output-class
    public enum Priority { LOW, NORMAL, URGENT }

    @JsonClassDescription("One step of the plan")
    public record Task(@JsonProperty(required = true) String title,
                       Priority priority,
                       @JsonPropertyDescription("What to do, in order") List<String> steps) {
    }

    public record Plan(@JsonProperty(required = true) String goal, List<Task> tasks) {
    }
    // end-snippet:typed-output-class

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet:typed-output-routes
                from("direct:plan")
                        .to("gemini:generate?outputClass=com.cometapi.camel.gemini.examples.quickstart"
                            + ".TypedOutputTest$Plan");

                from("direct:planStreamed")
                        .to("gemini:stream?outputClass=com.cometapi.camel.gemini.examples.quickstart"
                            + ".TypedOutputTest$Plan")
                        .split(body(), new GeminiStreamAggregationStrategy()).streaming()
                            .to("log:chunk") // each chunk: a String
                        .end()
                        .to("log:plan"); // the joined answer bound: a Plan
                // end-snippet:typed-output-routes
            }
        };
    }

    @Test
    void theBodyIsAnInstanceOfTheClass() {
        // snippet:typed-output-call
        Plan plan = template.requestBody("direct:plan", "Plan moving a herd of camels across the desert.", Plan.class);
        // end-snippet:typed-output-call

        assertThat(plan.goal()).isEqualTo("mock goal");
        assertThat(plan.tasks()).singleElement().satisfies(task -> {
            assertThat(task.priority()).isEqualTo(Priority.LOW);
            assertThat(task.steps()).containsExactly("mock steps");
        });
        // snippet:typed-output-request
        JsonNode schema = gemini.lastRequest().bodyJson().path("generationConfig").path("responseJsonSchema");
        assertThat(schema.at("/properties/tasks/items/properties/priority").toString())
                .isEqualTo("{\"type\":\"string\",\"enum\":[\"LOW\",\"NORMAL\",\"URGENT\"]}");
        assertThat(schema.at("/properties/tasks/items/properties/steps/description").asText())
                .isEqualTo("What to do, in order");
        assertThat(schema.path("required").toString()).isEqualTo("[\"goal\"]");
        // end-snippet:typed-output-request
    }

    @Test
    void theAggregatedStreamIsAnInstanceOfTheClass() {
        Object plan = template.requestBody("direct:planStreamed", "Plan moving a herd of camels.");

        assertThat(plan).isInstanceOf(Plan.class);
        assertThat(((Plan) plan).goal()).isEqualTo("mock goal");
    }

    @Test
    void anAnswerThatDoesNotBindKeepsItsText() {
        gemini.enqueue(MockReply.text("{\"goal\": \"cross the desert\", \"tasks\": [{\"title\": \"wa").withFinishReason(
                "MAX_TOKENS"));

        // snippet:typed-output-failure
        Exchange reply = template.request("direct:plan", e -> e.getMessage().setBody("Plan a long trip."));
        GeminiOutputBindingException failure = reply.getException(GeminiOutputBindingException.class);
        String text = failure.getText(); // the answer as the model wrote it
        String finishReason = failure.getFinishReason(); // MAX_TOKENS: the answer was cut short
        // end-snippet:typed-output-failure

        assertThat(text).startsWith("{\"goal\": \"cross the desert\"");
        assertThat(finishReason).isEqualTo("MAX_TOKENS");
        assertThat(failure).hasMessageStartingWith(
                "The answer does not bind to com.cometapi.camel.gemini.examples.quickstart.TypedOutputTest$Plan"
                + " (finish reason MAX_TOKENS)");
    }
}
