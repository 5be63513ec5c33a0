package com.cometapi.camel.gemini.http;

/**
 * What an {@link EventSource} hands its reader: an event's JSON, the end, or the failure that ended it.
 */
public sealed interface StreamItem {

    /** One event: a GenerateContentResponse as JSON text. */
    record Event(String json) implements StreamItem {
    }

    /** The server closed the stream normally. */
    record End() implements StreamItem {
    }

    /** The stream broke: an error block, a reset connection, an abort. */
    record Failure(Throwable cause) implements StreamItem {
    }
}
