package com.cometapi.camel.gemini;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import com.cometapi.camel.gemini.http.EventSource;
import com.cometapi.camel.gemini.http.StreamItem;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.model.UsageMetadata;
import com.cometapi.camel.gemini.response.StreamChunkMapper;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.Message;
import org.apache.camel.RuntimeCamelException;

/**
 * The body of a {@code gemini:stream} exchange: one {@link Message} per server-sent event, read from the network as
 * the route asks for them. For {@code .split(body()).streaming()}.
 * <p>
 * {@link #hasNext()} never waits for the network (Camel's splitter asks it before processing the chunk it holds),
 * so it may answer true when the stream is about to end: {@link #next()} then returns null once, which the splitter
 * skips. {@code next()} waits at most {@code streamIdleTimeout} for an event. An error block in the stream, a broken
 * connection or the idle timeout surface from {@code next()} as a {@link RuntimeCamelException} whose cause is the
 * {@link GeminiApiException}, the I/O failure or an {@link ExchangeTimedOutException}.
 * <p>
 * Closing aborts the HTTP exchange: the connection is closed, the rest of the answer is never read. The iterator
 * closes itself once a chunk's exchange failed or the parent exchange failed, and when the parent exchange is done.
 * <p>
 * With tool routes offered ({@code tools=}), the iterator runs the loop: a turn that ends with calls has its tool
 * routes run on this thread, which then waits for the next turn's first event (as it waits for events), and the next
 * turn's events follow; {@link StreamTurn} decides which events are chunks.
 */
public final class GeminiStreamIterator implements Iterator<Message>, Closeable {

    private final Exchange exchange;
    private final StreamChunkMapper mapper;
    private final long idleTimeoutMillis;
    private final StreamToolLoop toolLoop;
    private final BlockCheck blockCheck;
    private final Consumer<List<Content>> onAnswer;
    private final Deque<Message> ready = new ArrayDeque<>();
    private volatile EventSource stream;
    private volatile CallReport report;
    private Message lastChunk;
    private volatile boolean done;
    private volatile boolean closedWithItsExchange;
    private boolean answered;

    /** Fails a turn whose first event says the prompt was blocked ({@code failOnBlock}). */
    interface BlockCheck {
        void check(GenerateContentResponse firstEvent) throws GeminiBlockedException;
    }

    /**
     * @param toolLoop   the tool loop, or null without tool routes
     * @param blockCheck applied to each turn's first event
     * @param onAnswer   given the turns the answer adds to its conversation, once the stream was read to its end
     */
    GeminiStreamIterator(EventSource stream, Exchange exchange, StreamChunkMapper mapper, long idleTimeoutMillis,
                         CallReport report, StreamToolLoop toolLoop, BlockCheck blockCheck,
                         Consumer<List<Content>> onAnswer) {
        this.stream = stream;
        this.report = report;
        this.exchange = exchange;
        this.mapper = mapper;
        this.idleTimeoutMillis = idleTimeoutMillis;
        this.toolLoop = toolLoop;
        this.blockCheck = blockCheck;
        this.onAnswer = onAnswer;
    }

    /**
     * Takes the first event, which has already arrived, checks it for a blocked prompt and keeps what it yields for
     * {@link #next()}. Does nothing when the stream ended without any event.
     */
    void readFirst() throws GeminiBlockedException {
        if (stream.peek() instanceof StreamItem.Event event) {
            try {
                stream.poll(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            GenerateContentResponse response = parse(event.json());
            blockCheck.check(response);
            accept(response, event.json());
        }
    }

    @Override
    public boolean hasNext() {
        failIfReadTooLate();
        if (!ready.isEmpty()) {
            return true;
        }
        if (done) {
            return false;
        }
        if (stoppedByRoute()) {
            close();
            return false;
        }
        if (stream.peek() instanceof StreamItem.End && (toolLoop == null || !toolLoop.mayContinue())
            && !releaseHeld()) {
            done = true;
            ended();
            return false;
        }
        return true;
    }

    @Override
    public Message next() {
        failIfReadTooLate();
        if (ready.isEmpty() && done) {
            throw new NoSuchElementException("The Gemini stream has ended");
        }
        while (ready.isEmpty() && !done) {
            StreamItem item = pollOrFail();
            if (item instanceof StreamItem.Event event) {
                accept(parse(event.json()), event.json());
            } else if (item instanceof StreamItem.Failure failure) {
                done = true;
                Throwable cause = GeminiFailures.of(failure.cause());
                report.end(usage(), cause);
                throw cause instanceof RuntimeException runtime ? runtime : new RuntimeCamelException(cause);
            } else if (toolLoop != null && toolLoop.mayContinue() && continues()) {
                nextTurn();
            } else {
                releaseHeld();
                done = true;
                ended();
            }
        }
        Message chunk = ready.poll();
        if (chunk != null) {
            lastChunk = chunk;
        }
        return chunk;
    }

    private StreamItem pollOrFail() {
        StreamItem item;
        try {
            item = stream.poll(idleTimeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new RuntimeCamelException("Interrupted while waiting for the next Gemini event", e);
        }
        if (item == null) {
            ExchangeTimedOutException timeout = new ExchangeTimedOutException(exchange, idleTimeoutMillis,
                    "No Gemini event within streamIdleTimeout=" + idleTimeoutMillis + "ms");
            report.end(usage(), timeout);
            close();
            throw new RuntimeCamelException(timeout);
        }
        return item;
    }

    /** Maps the event's chunks, if it yields any now, into the ready queue. */
    private void accept(GenerateContentResponse response, String json) {
        if (toolLoop == null) {
            ready.add(mapper.chunk(response, json));
            return;
        }
        for (StreamTurn.Event event : toolLoop.accept(response, json)) {
            ready.add(loopChunk(event));
        }
    }

    /** The final turn's held events become chunks; whether there were any. */
    private boolean releaseHeld() {
        if (toolLoop == null) {
            return false;
        }
        for (StreamTurn.Event event : toolLoop.release()) {
            ready.add(loopChunk(event));
        }
        return !ready.isEmpty();
    }

    private Message loopChunk(StreamTurn.Event event) {
        Message chunk = mapper.chunk(event.response(), event.json());
        toolLoop.applyTo(chunk);
        return chunk;
    }

    /** Whether the ended turn continues the tool loop; a turn at maxToolIterations fails the stream. */
    private boolean continues() {
        try {
            return toolLoop.continues();
        } catch (IllegalStateException e) {
            failTurn(e);
            throw e;
        }
    }

    /** Runs the ended turn's tool calls and switches to the next turn's stream, once its first event arrived. */
    private void nextTurn() {
        report.end(toolLoop.turnUsage(), null);
        GeminiProducer.Answer<EventSource> answer;
        try {
            answer = toolLoop.nextTurn().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new RuntimeCamelException("Interrupted while the tool routes ran or the next turn was sent", e);
        } catch (ExecutionException e) {
            done = true;
            Throwable cause = GeminiFailures.of(e.getCause());
            throw cause instanceof RuntimeException runtime ? runtime : new RuntimeCamelException(cause);
        }
        stream = answer.value();
        report = answer.report();
        mapper.startTurn();
        if (done) {
            close();
            return;
        }
        try {
            readFirst();
        } catch (GeminiBlockedException blocked) {
            failTurn(blocked);
            throw new RuntimeCamelException(blocked);
        }
    }

    private void failTurn(Exception failure) {
        done = true;
        report.end(toolLoop.turnUsage(), failure);
        stream.close();
    }

    /** The latest usage of the current model request. */
    private UsageMetadata usage() {
        return toolLoop != null ? toolLoop.turnUsage() : mapper.latestUsage();
    }

    /** The stream was read to its end: the answer is complete. */
    private void ended() {
        if (!answered) {
            answered = true;
            report.end(usage(), null);
            onAnswer.accept(toolLoop != null ? toolLoop.answerTurns() : List.of(mapper.answer()));
        }
    }

    /** Aborts the HTTP exchange unless the stream was read to its end. Idempotent. */
    @Override
    public void close() {
        done = true;
        stream.close();
        report.end(usage(), null);
    }

    /**
     * Its exchange is done: closes the stream, and any later reading fails, rather than looking like an empty stream.
     */
    void closeWithExchange() {
        if (!answered && !done) {
            closedWithItsExchange = true;
        }
        close();
    }

    /** A stream read after its exchange completed (e.g. the body {@code template.requestBody} returned) is closed. */
    private void failIfReadTooLate() {
        if (closedWithItsExchange) {
            throw new IllegalStateException("This gemini:stream body was read after its exchange completed, when the"
                                            + " stream had already been closed unread. Read it inside the route: split"
                                            + " it (.split(body()).streaming()) or convert it"
                                            + " (.convertBodyTo(String.class)) before the route ends");
        }
    }

    /** Whether the stream is over for this iterator: read to the end, failed, or closed. */
    boolean isDone() {
        return done;
    }

    /** The most bytes of events that ever waited in memory for the route at once (the current turn's stream). */
    long maxBufferedBytes() {
        return stream.maxQueuedBytes();
    }

    private GenerateContentResponse parse(String json) {
        try {
            return GeminiJson.readEvent(json);
        } catch (IOException e) {
            close();
            throw new RuntimeCamelException("A Gemini stream event is not valid JSON: " + e.getMessage(), e);
        }
    }

    private boolean stoppedByRoute() {
        if (exchange.isFailed() || exchange.isRouteStop() || exchange.isRollbackOnly()) {
            return true;
        }
        Exchange chunkExchange = lastChunk == null ? null : lastChunk.getExchange();
        return chunkExchange != null && chunkExchange != exchange
               && (chunkExchange.isFailed() || chunkExchange.isRouteStop() || chunkExchange.isRollbackOnly());
    }
}
