package com.cometapi.camel.gemini;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.cometapi.camel.gemini.http.EventSource;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.model.UsageMetadata;
import org.apache.camel.Message;

/**
 * The tool loop of one {@code gemini:stream} exchange: each model turn streams; a turn that ends with calls to the
 * offered tool routes has them run, and the next turn streams on. Which events of a turn are chunks is the
 * {@link StreamTurn}'s call. Used by the thread reading the stream; not thread-safe.
 */
final class StreamToolLoop {

    private final ToolLoop loop;
    private final Function<GenerateContentRequest, CompletableFuture<GeminiProducer.Answer<EventSource>>> send;
    private StreamTurn turn = new StreamTurn();

    /**
     * @param loop the loop's state, its first request already taken
     * @param send sends a model request as a stream; completes when its first event has arrived
     */
    StreamToolLoop(ToolLoop loop,
                   Function<GenerateContentRequest, CompletableFuture<GeminiProducer.Answer<EventSource>>> send) {
        this.loop = loop;
        this.send = send;
    }

    /** Takes the current turn's next event; gives the events that are chunks from now on. */
    List<StreamTurn.Event> accept(GenerateContentResponse response, String json) {
        return turn.accept(response, json);
    }

    /** Whether the current turn, once ended, may continue the loop (never fails, unlike {@link #continues()}). */
    boolean mayContinue() {
        return loop.offersTools() && turn.hasCalls();
    }

    /** Whether the ended turn continues the loop; fails when it reached {@code maxToolIterations}. */
    boolean continues() {
        return loop.continuesAfter(turn.calls());
    }

    /** The current turn's latest usage, from any of its events. */
    UsageMetadata turnUsage() {
        return turn.usage();
    }

    /** Runs the ended turn's calls and sends the next request with the turn and the results. */
    CompletableFuture<GeminiProducer.Answer<EventSource>> nextTurn() {
        loop.addUsage(turn.usage());
        StreamTurn ended = turn;
        turn = new StreamTurn();
        return loop.answerCalls(ended.content(), ended.calls()).thenCompose(ignored -> send.apply(loop.nextRequest()));
    }

    /** The held events of the final turn, which ended without calls: they are chunks now. */
    List<StreamTurn.Event> release() {
        return turn.release();
    }

    /** The turns the completed stream adds to its conversation: the loop's turns, then the final turn. */
    List<Content> answerTurns() {
        return loop.answerTurns(turn.content());
    }

    /** {@code CamelGeminiToolIterations} and the token sums so far (the current turn's included) on a chunk. */
    void applyTo(Message chunk) {
        loop.applyTo(chunk, turn.usage());
    }
}
