package com.cometapi.camel.gemini.examples.streaming;

import java.io.PrintStream;

import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.GeminiStreamAggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * One route: {@code gemini:stream} gives a lazy stream of chunks, one per server-sent event; the streaming splitter
 * hands each chunk to the next processor as soon as it arrives, which prints its text at once. The aggregation
 * strategy rebuilds the whole answer, so after the split the body is the full text and the headers are the last
 * event's: final token usage and finish reason.
 */
public class StreamingRoutes extends RouteBuilder {

    static final String MODEL = "gemini-2.5-flash";

    private final PrintStream out;

    public StreamingRoutes(PrintStream out) {
        this.out = out;
    }

    @Override
    public void configure() {
        // snippet:streaming-route
        from("direct:story")
                .to("gemini:stream?model=" + MODEL)
                .split(body(), new GeminiStreamAggregationStrategy()).streaming()
                    .process(this::printChunk)
                .end()
                .process(this::printUsage);
        // end-snippet:streaming-route
    }

    /** A chunk's body is the text of its event: print it the moment it arrives. */
    private void printChunk(Exchange chunk) {
        out.print(chunk.getMessage().getBody(String.class));
        out.flush();
    }

    /** After the split: the last event's headers hold the final usage, the finish reason and the chunk index. */
    private void printUsage(Exchange answer) {
        // snippet:streaming-print-usage
        Message message = answer.getMessage();
        out.println();
        out.println();
        out.println("Chunks : " + (message.getHeader(GeminiConstants.CHUNK_INDEX, Integer.class) + 1));
        out.println("Tokens : prompt " + message.getHeader(GeminiConstants.PROMPT_TOKEN_COUNT)
                    + ", answer " + message.getHeader(GeminiConstants.CANDIDATES_TOKEN_COUNT)
                    + ", total " + message.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT));
        out.println("Finish : " + message.getHeader(GeminiConstants.FINISH_REASON));
        // end-snippet:streaming-print-usage
    }
}
