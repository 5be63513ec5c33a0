package com.cometapi.camel.gemini.examples.retrieval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.examples.retrieval.Ranking.Scored;
import com.cometapi.camel.gemini.examples.retrieval.Retrieval.Result;
import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.RealOrMock;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;

/**
 * Answers a question from a handful of short passages: embeds them and the question with {@code gemini:embed}, ranks
 * them by cosine similarity, prints the ranking, and asks {@code gemini:generate} with the best two as context.
 * <p>
 * The routes are {@link RetrievalRoutes}, or with the argument {@code yaml} the same routes from
 * {@code routes/retrieval.yaml}. With {@code COMETAPI_KEY} set it calls the real Gemini API through CometAPI; without
 * it, it starts the offline {@link MockGeminiServer}, whose embeddings are a hashed bag of words (passages sharing the
 * question's words rank first) and whose answer repeats the prompt.
 */
public final class RetrievalApplication {

    /** The passages the answer may come from. */
    static final List<String> PASSAGES = List.of(
            "The component retries a request that failed with 429 or 503, waiting longer before each new attempt.",
            "gemini:stream delivers the answer in chunks while the model is still writing it.",
            "Files uploaded with gemini:upload are kept by Google for 48 hours and then deleted.",
            "A context cache holds a long system instruction, so later requests send fewer new tokens.",
            "Embeddings map a text to a vector; texts with similar meaning get vectors pointing the same way.");
    static final String QUESTION = "How long are uploaded files kept by Google?";
    /** How many passages go to the model. */
    static final int BEST = 2;
    /** The YAML twin of {@link RetrievalRoutes}. */
    static final String YAML_ROUTES = "classpath:routes/retrieval.yaml";
    /** The system property naming another base URL for the real API (e.g. Google's, where a gateway lacks embed). */
    static final String BASE_URL_PROPERTY = "gemini.baseUrl";

    private RetrievalApplication() {
    }

    public static void main(String[] args) throws Exception {
        boolean yaml = args.length > 0 && args[0].toLowerCase(Locale.ROOT).equals("yaml");
        // -Dgemini.baseUrl=https://generativelanguage.googleapis.com: the real calls go to Google instead of CometAPI
        String realBaseUrl = System.getProperty(BASE_URL_PROPERTY);
        RealOrMock.run(System.out, "word-hash embeddings; its answer repeats the prompt", mock -> { },
                (baseUrl, apiKey) -> run(realBaseUrl(baseUrl, realBaseUrl, System.out), apiKey, yaml, System.out));
    }

    /** The mock's URL when the run uses the mock; else the base URL the system property names, if any (said on out). */
    static String realBaseUrl(String mockBaseUrl, String propertyBaseUrl, PrintStream out) {
        if (mockBaseUrl != null || propertyBaseUrl == null || propertyBaseUrl.isBlank()) {
            return mockBaseUrl;
        }
        out.println(BASE_URL_PROPERTY + " is set: the component calls " + propertyBaseUrl + " instead");
        return propertyBaseUrl;
    }

    /**
     * Starts Camel with the routes, answers {@link #QUESTION} from {@link #PASSAGES}, prints the ranking and the
     * answer, stops Camel.
     *
     * @param baseUrl where Gemini is, or null for the component's default (CometAPI)
     * @param apiKey  the key, or null to let the component read COMETAPI_KEY / GEMINI_API_KEY
     * @param yaml    true for the routes of {@code routes/retrieval.yaml}, false for {@link RetrievalRoutes}
     * @param out     where to print
     */
    public static Result run(String baseUrl, String apiKey, boolean yaml, PrintStream out) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            GeminiComponent gemini = camel.getComponent("gemini", GeminiComponent.class);
            if (baseUrl != null) {
                gemini.getConfiguration().setBaseUrl(baseUrl);
            }
            if (apiKey != null) {
                gemini.getConfiguration().setApiKey(apiKey);
            }
            if (yaml) {
                PluginHelper.getRoutesLoader(camel)
                        .loadRoutes(PluginHelper.getResourceLoader(camel).resolveResource(YAML_ROUTES));
            } else {
                camel.addRoutes(new RetrievalRoutes());
            }
            camel.start();

            Result result = Retrieval.ask(camel.createProducerTemplate(), PASSAGES, QUESTION, BEST);

            out.println();
            out.println("Routes  : " + (yaml ? YAML_ROUTES : RetrievalRoutes.class.getSimpleName()));
            out.println("Question: " + QUESTION);
            out.println("Ranking (cosine similarity to the question):");
            for (Scored scored : result.ranking()) {
                out.printf(Locale.ROOT, "  %6.3f  %s%n", scored.score(), scored.passage());
            }
            out.println("Answer from the best " + result.context().size() + " passages:");
            out.println(result.answer());
            out.flush();
            return result;
        }
    }
}
