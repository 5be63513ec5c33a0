package com.cometapi.camel.gemini;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import com.cometapi.camel.gemini.http.EventSource;
import com.cometapi.camel.gemini.http.StreamItem;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
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
 */
public final class GeminiStreamIterator implements Iterator<Message>, Closeable {

    private final EventSource stream;
    private final Exchange exchange;
    private final StreamChunkMapper mapper;
    private final long idleTimeoutMillis;
    private final CallReport report;
    private final Consumer<Content> onAnswer;
    private Message pending;
    private Message lastChunk;
    private volatile boolean done;
    private volatile boolean closedWithItsExchange;
    private boolean answered;

    GeminiStreamIterator(EventSource stream, Exchange exchange, StreamChunkMapper mapper, long idleTimeoutMillis,
                         CallReport report, Consumer<Content> onAnswer) {
        this.report = report;
        this.onAnswer = onAnswer;
        this.stream = stream;
        this.exchange = exchange;
        this.mapper = mapper;
        this.idleTimeoutMillis = idleTimeoutMillis;
    }

    /**
     * Maps the first event, which has already arrived, and keeps it for the first {@link #next()}; null when the
     * stream ended without any event.
     */
    Message readFirst() {
        if (stream.peek() instanceof StreamItem.Event event) {
            try {
                stream.poll(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pending = toMessage(event.json());
        }
        return pending;
    }

    @Override
    public boolean hasNext() {
        failIfReadTooLate();
        if (done) {
            return false;
        }
        if (pending != null) {
            return true;
        }
        if (stoppedByRoute()) {
            close();
            return false;
        }
        if (stream.peek() instanceof StreamItem.End) {
            done = true;
            ended();
            return false;
        }
        return true;
    }

    @Override
    public Message next() {
        failIfReadTooLate();
        if (pending != null) {
            Message first = pending;
            pending = null;
            return track(first);
        }
        if (done) {
            throw new NoSuchElementException("The Gemini stream has ended");
        }
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
            report.end(mapper.latestUsage(), timeout);
            close();
            throw new RuntimeCamelException(timeout);
        }
        if (item instanceof StreamItem.Event event) {
            return track(toMessage(event.json()));
        }
        done = true;
        if (item instanceof StreamItem.Failure failure) {
            Throwable cause = GeminiFailures.of(failure.cause());
            report.end(mapper.latestUsage(), cause);
            throw cause instanceof RuntimeException runtime ? runtime : new RuntimeCamelException(cause);
        }
        ended();
        return null;
    }

    /** The stream was read to its end: the answer is complete. */
    private void ended() {
        if (!answered) {
            answered = true;
            report.end(mapper.latestUsage(), null);
            onAnswer.accept(mapper.answer());
        }
    }

    /** Aborts the HTTP exchange unless the stream was read to its end. Idempotent. */
    @Override
    public void close() {
        done = true;
        stream.close();
        report.end(mapper.latestUsage(), null);
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

    /** The most bytes of events that ever waited in memory for the route at once. */
    long maxBufferedBytes() {
        return stream.maxQueuedBytes();
    }

    Message toMessage(String json) {
        GenerateContentResponse response;
        try {
            response = GeminiJson.MAPPER.readValue(json, GenerateContentResponse.class);
        } catch (IOException e) {
            close();
            throw new RuntimeCamelException("A Gemini stream event is not valid JSON: " + e.getMessage(), e);
        }
        return mapper.chunk(response, json);
    }

    private Message track(Message chunk) {
        lastChunk = chunk;
        return chunk;
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
