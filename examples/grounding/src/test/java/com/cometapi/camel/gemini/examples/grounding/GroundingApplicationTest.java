package com.cometapi.camel.gemini.examples.grounding;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.cometapi.camel.gemini.examples.grounding.Citations.CitedAnswer;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the grounding example against the mock, always (an explicit key and base URL win over COMETAPI_KEY).
 */
class GroundingApplicationTest {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    @Test
    void printsTheAnswerWithCitationMarkersAtTheSegmentEndsThenTheNumberedSources() throws Exception {
        gemini.enqueue(GroundingApplication.mockAnswer());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        CitedAnswer answer = GroundingApplication.run(gemini.baseUrl(), "test-key",
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("""

                Prompt: What is the weather in Zürich today, and is the Limmat warm enough for a swim?

                Zürich is mostly sunny today, with a high of 24 °C (75 °F) and a light breeze from the north-east.[1] \
                Rain is unlikely before Friday — the chance stays below 10 %.[1][2] \
                The Limmat is at 19 °C, warm enough for a quick swim.[3]

                Sources:
                  [1] meteoswiss.admin.ch — https://www.meteoswiss.admin.ch/local-forecasts/zuerich/8001.html
                  [2] srf.ch — https://www.srf.ch/meteo
                  [3] stadt-zuerich.ch — https://www.stadt-zuerich.ch/wassertemperaturen
                Search queries: weather Zürich today | Limmat water temperature
                Not marked: 1 citation(s) in Gemini's grounding data that point at nothing:
                  [4] after "The Limmat is at 19 °C, warm enough for a quick swim.": the grounding lists 3 source(s), \
                not this one
                """);
        assertThat(answer.ignoredReferences()).as("chunk index 3 of a grounding with 3 chunks").isEqualTo(1);
    }

    @Test
    void asksWithTheGoogleSearchTool() throws Exception {
        gemini.enqueue(GroundingApplication.mockAnswer());

        GroundingApplication.run(gemini.baseUrl(), "test-key",
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(gemini.lastRequest().path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(gemini.lastRequest().promptText()).isEqualTo(GroundingApplication.PROMPT);
        assertThat(gemini.lastRequest().bodyJson().at("/tools/0").has("googleSearch")).isTrue();
    }

    @Test
    void citesTheMocksDefaultGroundedAnswerToo() throws Exception {
        // nothing scripted: the mock's built-in reply, grounded on two example.com sources
        CitedAnswer answer = GroundingApplication.run(gemini.baseUrl(), "test-key",
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(answer.text()).startsWith("Mock Gemini answer to: ").contains("[1]", "[2]").endsWith("[2]");
        assertThat(answer.sources()).extracting(Citations.Source::uri)
                .containsExactly("https://example.com/mock-source-1", "https://example.com/mock-source-2");
        assertThat(answer.ignoredReferences()).isZero();
    }
}
