package com.cometapi.camel.gemini.examples.quickstart;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.model.GroundingChunk;
import com.cometapi.camel.gemini.model.GroundingMetadata;
import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.RealOrMock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Sends three prompts through the routes of {@link QuickstartRoutes} and prints each answer with its token usage,
 * finish reason and, for the grounded one, its web sources.
 * <p>
 * With {@code COMETAPI_KEY} set it calls the real Gemini API through CometAPI; without it, it starts the offline
 * {@link MockGeminiServer} and points the component at it.
 */
public final class QuickstartApplication {

    /** What one prompt got back. */
    public record Answer(String endpoint, String prompt, String text, String finishReason, Integer totalTokens,
                         List<String> sources, List<String> searchQueries) {
    }

    private QuickstartApplication() {
    }

    public static void main(String[] args) throws Exception {
        // snippet:quickstart-offline-or-real
        RealOrMock.run(System.out, "canned answers", mock -> { },
                (baseUrl, apiKey) -> run(baseUrl, apiKey, System.out));
        // end-snippet:quickstart-offline-or-real
    }

    /**
     * Starts Camel with the quickstart routes, sends the prompts, prints the answers, stops Camel.
     *
     * @param baseUrl where Gemini is, or null for the component's default (CometAPI)
     * @param apiKey  the key, or null to let the component read COMETAPI_KEY / GEMINI_API_KEY
     * @param out     where to print
     */
    public static List<Answer> run(String baseUrl, String apiKey, PrintStream out) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            // snippet:quickstart-start-camel
            GeminiComponent gemini = camel.getComponent("gemini", GeminiComponent.class);
            if (baseUrl != null) {
                gemini.getConfiguration().setBaseUrl(baseUrl);
            }
            if (apiKey != null) {
                gemini.getConfiguration().setApiKey(apiKey);
            }
            camel.addRoutes(new QuickstartRoutes());
            camel.start();
            // end-snippet:quickstart-start-camel

            ProducerTemplate template = camel.createProducerTemplate();
            List<Answer> answers = new ArrayList<>();
            answers.add(ask(template, "direct:ask", "a plain question",
                    "In one sentence, what is Apache Camel?", out));
            answers.add(ask(template, "direct:search", "grounded in Google Search",
                    "What is the latest release of Apache Camel?", out));
            answers.add(ask(template, "direct:extract", "JSON mode with a response schema",
                    "Paris, the capital of France, has about 2.1 million inhabitants.", out));
            return answers;
        }
    }

    private static Answer ask(ProducerTemplate template, String endpoint, String what, String prompt,
                              PrintStream out) {
        // snippet:quickstart-read-headers
        Exchange exchange = template.request(endpoint, e -> e.getMessage().setBody(prompt));
        if (exchange.getException() != null) {
            throw new IllegalStateException(endpoint + " failed: " + exchange.getException().getMessage(),
                    exchange.getException());
        }
        Message reply = exchange.getMessage();
        @SuppressWarnings("unchecked")
        List<String> searchQueries = reply.getHeader(GeminiConstants.WEB_SEARCH_QUERIES, List.class);
        Answer answer = new Answer(endpoint, prompt, reply.getBody(String.class),
                reply.getHeader(GeminiConstants.FINISH_REASON, String.class),
                reply.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT, Integer.class),
                sources(reply.getHeader(GeminiConstants.GROUNDING_METADATA, GroundingMetadata.class)),
                searchQueries);
        // end-snippet:quickstart-read-headers

        out.println();
        out.println("== " + endpoint + ": " + what);
        out.println("Prompt  : " + prompt);
        out.println("Answer  : " + answer.text());
        out.println("Tokens  : prompt " + reply.getHeader(GeminiConstants.PROMPT_TOKEN_COUNT)
                    + ", answer " + reply.getHeader(GeminiConstants.CANDIDATES_TOKEN_COUNT)
                    + ", total " + answer.totalTokens());
        out.println("Finish  : " + answer.finishReason());
        if (answer.searchQueries() != null) {
            out.println("Searched: " + String.join(" | ", answer.searchQueries()));
        }
        answer.sources().forEach(source -> out.println("Source  : " + source));
        return answer;
    }

    /** "uri (title)" of each web source the answer was grounded on. */
    // snippet:grounding-sources-list
    private static List<String> sources(GroundingMetadata grounding) {
        if (grounding == null || grounding.getGroundingChunks() == null) {
            return List.of();
        }
        return grounding.getGroundingChunks().stream()
                .map(GroundingChunk::getWeb)
                .filter(Objects::nonNull)
                .map(web -> web.getUri() + " (" + web.getTitle() + ")")
                .toList();
    // end-snippet:grounding-sources-list
    }
}
