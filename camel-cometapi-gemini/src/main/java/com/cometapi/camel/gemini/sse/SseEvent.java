package com.cometapi.camel.gemini.sse;

/**
 * One block of a server-sent event stream.
 *
 * @param data the joined {@code data:} lines of an event, or the text of a bare block
 * @param bare true for a block without {@code data:} fields, such as the multi-line {@code {"error": ...}} object
 *             Gemini appends to a failing stream
 */
public record SseEvent(String data, boolean bare) {
}
