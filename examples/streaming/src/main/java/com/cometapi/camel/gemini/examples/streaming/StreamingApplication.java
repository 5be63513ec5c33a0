package com.cometapi.camel.gemini.examples.streaming;

import java.io.PrintStream;
import java.time.Duration;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.MockReply;
import com.cometapi.camel.gemini.test.RealOrMock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Asks for a short story through the route of {@link StreamingRoutes}, which prints the answer as it arrives, chunk
 * by chunk, then its token usage and finish reason.
 * <p>
 * With {@code COMETAPI_KEY} set it calls the real Gemini API through CometAPI; without it, it starts the offline
 * {@link MockGeminiServer} with a scripted story streamed as {@value #MOCK_EVENTS} events.
 */
public final class StreamingApplication {

    static final String PROMPT = "Tell a five-sentence story about a camel who carries messages across the desert.";

    /** The story the mock streams. */
    static final String MOCK_STORY = "Once upon a time, a patient camel named Tala carried messages between the oasis"
            + " towns of the great desert. She never read them, but she knew each one by its weight: good news was"
            + " light, and bad news dragged at her saddle. One evening a sandstorm rose, and Tala had to choose between"
            + " waiting it out and delivering a letter that could not wait. She walked on through the storm, one careful"
            + " step after another, and reached the last town just before dawn. The letter said only that it would rain"
            + " soon, and that night, for the first time in years, it did.";
    static final int MOCK_EVENTS = 20;

    /** What came back: the whole answer and the final headers. */
    public record Story(String text, int chunks, Integer promptTokens, Integer answerTokens, Integer totalTokens,
                        String finishReason) {
    }

    private StreamingApplication() {
    }

    public static void main(String[] args) throws Exception {
        RealOrMock.run(System.out, "a scripted story in " + MOCK_EVENTS + " events", mock -> mock.enqueue(mockStory()),
                (baseUrl, apiKey) -> run(baseUrl, apiKey, System.out));
    }

    /** The mock's answer: {@link #MOCK_STORY} split into {@value #MOCK_EVENTS} events, 50 ms apart. */
    public static MockReply mockStory() {
        // snippet:streaming-mock-story
        return MockReply.text(MOCK_STORY).withStreamChunks(MOCK_EVENTS).withEventDelay(Duration.ofMillis(50));
        // end-snippet:streaming-mock-story
    }

    /**
     * Starts Camel with the streaming route, sends the prompt, lets the route print the answer as it streams, stops
     * Camel.
     *
     * @param baseUrl where Gemini is, or null for the component's default (CometAPI)
     * @param apiKey  the key, or null to let the component read COMETAPI_KEY / GEMINI_API_KEY
     * @param out     where the route prints
     */
    public static Story run(String baseUrl, String apiKey, PrintStream out) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            GeminiComponent gemini = camel.getComponent("gemini", GeminiComponent.class);
            if (baseUrl != null) {
                gemini.getConfiguration().setBaseUrl(baseUrl);
            }
            if (apiKey != null) {
                gemini.getConfiguration().setApiKey(apiKey);
            }
            camel.addRoutes(new StreamingRoutes(out));
            camel.start();

            out.println();
            out.println("Prompt : " + PROMPT);
            out.println();
            out.flush();
            Exchange exchange = camel.createProducerTemplate().request("direct:story",
                    e -> e.getMessage().setBody(PROMPT));
            if (exchange.getException() != null) {
                throw new IllegalStateException("direct:story failed: " + exchange.getException().getMessage(),
                        exchange.getException());
            }
            Message answer = exchange.getMessage();
            return new Story(answer.getBody(String.class),
                    answer.getHeader(GeminiConstants.CHUNK_INDEX, Integer.class) + 1,
                    answer.getHeader(GeminiConstants.PROMPT_TOKEN_COUNT, Integer.class),
                    answer.getHeader(GeminiConstants.CANDIDATES_TOKEN_COUNT, Integer.class),
                    answer.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT, Integer.class),
                    answer.getHeader(GeminiConstants.FINISH_REASON, String.class));
        }
    }
}
