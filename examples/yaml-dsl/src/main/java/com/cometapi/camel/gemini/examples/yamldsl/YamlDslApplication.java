package com.cometapi.camel.gemini.examples.yamldsl;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.RealOrMock;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * Starts Camel with camel-main: the routes come from {@code routes/quickstart.yaml}, the component's options from
 * {@code application.properties}. Sends the quickstart's three prompts, prints each answer, stops.
 * <p>
 * With {@code COMETAPI_KEY} set it calls the real Gemini API through CometAPI; without it, it starts the offline
 * {@link MockGeminiServer} and overrides {@code camel.component.gemini.base-url} to point at it.
 */
public final class YamlDslApplication {

    /** What one prompt got back. */
    public record Answer(String endpoint, String prompt, String text, String finishReason, Integer totalTokens,
                         List<String> searchQueries) {
    }

    private YamlDslApplication() {
    }

    public static void main(String[] args) throws Exception {
        RealOrMock.run(System.out, "canned answers", mock -> { },
                (baseUrl, apiKey) -> run(baseUrl, apiKey, System.out));
    }

    /**
     * Starts camel-main, sends the prompts to the YAML routes, prints the answers, stops camel-main.
     *
     * @param baseUrl overrides {@code camel.component.gemini.base-url}, or null to keep application.properties'
     * @param apiKey  overrides {@code gemini.api-key} (the component's key), or null to read COMETAPI_KEY
     * @param out     where to print
     */
    public static List<Answer> run(String baseUrl, String apiKey, PrintStream out) throws Exception {
        Main main = new Main();
        if (baseUrl != null) {
            main.addOverrideProperty("camel.component.gemini.base-url", baseUrl);
        }
        if (apiKey != null) {
            // the component's api-key is a placeholder for gemini.api-key: a secret never sits in a plain property
            main.addOverrideProperty("gemini.api-key", apiKey);
        }
        main.start();
        try {
            ProducerTemplate template = main.getCamelTemplate();
            List<Answer> answers = new ArrayList<>();
            answers.add(ask(template, "direct:ask", "In one sentence, what is Apache Camel?", out));
            answers.add(ask(template, "direct:search", "What is the latest release of Apache Camel?", out));
            answers.add(ask(template, "direct:extract",
                    "Paris, the capital of France, has about 2.1 million inhabitants.", out));
            return answers;
        } finally {
            main.stop();
        }
    }

    private static Answer ask(ProducerTemplate template, String endpoint, String prompt, PrintStream out) {
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
                reply.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT, Integer.class), searchQueries);

        out.println();
        out.println("== " + endpoint + " (route '" + exchange.getFromRouteId() + "' from routes/quickstart.yaml)");
        out.println("Prompt  : " + prompt);
        out.println("Answer  : " + answer.text());
        out.println("Tokens  : total " + answer.totalTokens() + ", finish " + answer.finishReason());
        if (searchQueries != null) {
            out.println("Searched: " + String.join(" | ", searchQueries));
        }
        return answer;
    }
}
