package com.cometapi.camel.gemini.http;

import java.io.Closeable;

/**
 * A stream's events as its reader sees them: its first event has arrived when the reader gets it. The network is
 * read only as fast as the reader takes events.
 */
public interface EventSource extends Closeable {

    /** The next item, waiting at most {@code timeoutMillis}; null when none came in time. */
    StreamItem poll(long timeoutMillis) throws InterruptedException;

    /** The next item without taking it or waiting; null when none is there yet. */
    StreamItem peek();

    /** Stops reading: closes the connection without reading the rest, unless the stream has ended. Idempotent. */
    @Override
    void close();

    /** The service tier the answer's {@code x-gemini-service-tier} HTTP header names; null without one. */
    String serviceTier();

    /** The most bytes of events that ever waited for the reader at once. */
    long maxQueuedBytes();
}
