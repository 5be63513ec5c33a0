package com.cometapi.camel.gemini.examples.grounding;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.examples.grounding.Citations.CitedAnswer;
import com.cometapi.camel.gemini.examples.grounding.Citations.SkippedReference;
import com.cometapi.camel.gemini.examples.grounding.Citations.Source;
import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.MockReply;
import com.cometapi.camel.gemini.test.RealOrMock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Asks a question through the route of {@link GroundingRoutes} and prints the answer with citation markers, its
 * numbered web sources and the Google searches Gemini ran.
 * <p>
 * With {@code COMETAPI_KEY} set it calls the real Gemini API through CometAPI; without it, it starts the offline
 * {@link MockGeminiServer} with a scripted grounded answer ({@value #MOCK_ANSWER_RESOURCE}) shaped like a real one:
 * byte offsets past non-ASCII characters, a segment backed by two sources, and a reference to a source that is not
 * listed.
 */
public final class GroundingApplication {

    static final String PROMPT = "What is the weather in Zürich today, and is the Limmat warm enough for a swim?";
    static final String MOCK_ANSWER_RESOURCE = "/mock-grounded-answer.json";

    private GroundingApplication() {
    }

    public static void main(String[] args) throws Exception {
        // the answer and the sources are not ASCII: print UTF-8 whatever the platform's default
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        RealOrMock.run(out, "a scripted grounded answer", mock -> mock.enqueue(mockAnswer()),
                (baseUrl, apiKey) -> run(baseUrl, apiKey, out));
    }

    /** The mock's answer: the {@code generateContent} response in {@value #MOCK_ANSWER_RESOURCE}, as is. */
    public static MockReply mockAnswer() {
        try (InputStream in = GroundingApplication.class.getResourceAsStream(MOCK_ANSWER_RESOURCE)) {
            return MockReply.json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts Camel with the grounding route, asks {@link #PROMPT}, prints the cited answer, stops Camel.
     *
     * @param baseUrl where Gemini is, or null for the component's default (CometAPI)
     * @param apiKey  the key, or null to let the component read COMETAPI_KEY / GEMINI_API_KEY
     * @param out     where to print
     */
    public static CitedAnswer run(String baseUrl, String apiKey, PrintStream out) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            GeminiComponent gemini = camel.getComponent("gemini", GeminiComponent.class);
            if (baseUrl != null) {
                gemini.getConfiguration().setBaseUrl(baseUrl);
            }
            if (apiKey != null) {
                gemini.getConfiguration().setApiKey(apiKey);
            }
            camel.addRoutes(new GroundingRoutes());
            camel.start();

            Exchange exchange = camel.createProducerTemplate().request("direct:grounded",
                    e -> e.getMessage().setBody(PROMPT));
            if (exchange.getException() != null) {
                throw new IllegalStateException("direct:grounded failed: " + exchange.getException().getMessage(),
                        exchange.getException());
            }
            CitedAnswer answer = exchange.getMessage().getBody(CitedAnswer.class);
            print(answer, out);
            return answer;
        }
    }

    static void print(CitedAnswer answer, PrintStream out) {
        out.println();
        out.println("Prompt: " + PROMPT);
        out.println();
        out.println(answer.text().strip());
        out.println();
        out.println("Sources:");
        for (Source source : answer.sources()) {
            out.println("  [" + source.number() + "] "
                        + (source.uri() == null ? "(not a web source)" : source.title() + " — " + source.uri()));
        }
        out.println("Search queries: " + String.join(" | ", answer.searchQueries()));
        if (!answer.skipped().isEmpty()) {
            // Gemini's grounding data sometimes cites a source it does not list: no marker points at nothing
            out.println("Not marked: " + answer.skipped().size()
                        + " citation(s) in Gemini's grounding data that point at nothing:");
            for (SkippedReference reference : answer.skipped()) {
                out.println("  [" + (reference.source() == null ? "?" : reference.source()) + "]"
                            + (reference.segment() == null ? "" : " after \"" + reference.segment().strip() + "\"")
                            + ": " + reference.reason());
            }
        }
        out.flush();
    }
}
