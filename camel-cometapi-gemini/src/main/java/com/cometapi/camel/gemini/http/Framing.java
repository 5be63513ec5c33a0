package com.cometapi.camel.gemini.http;

import java.nio.ByteBuffer;
import java.util.Locale;

import com.cometapi.camel.gemini.sse.JsonArraySplitter;
import com.cometapi.camel.gemini.sse.SseParser;

/**
 * How a stream answer's bytes split into events, by its {@code Content-Type}: server-sent events, or the JSON array
 * {@code streamGenerateContent} returns when a gateway ignored {@code alt=sse} (one event per element).
 */
interface Framing {

    /** Told each event's text, and whether it was a bare block rather than {@code data:} lines. */
    @FunctionalInterface
    interface Events {

        void accept(String text, boolean bare);
    }

    void feed(ByteBuffer bytes, Events events);

    void end(Events events);

    /** The framing for a content type (none given: server-sent events), or null for any other type. */
    static Framing of(String contentType, int maxEventBytes) {
        String type = contentType == null ? "text/event-stream" : contentType.toLowerCase(Locale.ROOT).trim();
        if (type.startsWith("text/event-stream")) {
            SseParser parser = new SseParser(maxEventBytes);
            return new Framing() {
                @Override
                public void feed(ByteBuffer bytes, Events events) {
                    parser.feed(bytes, event -> events.accept(event.data(), event.bare()));
                }

                @Override
                public void end(Events events) {
                    parser.end(event -> events.accept(event.data(), event.bare()));
                }
            };
        }
        if (type.startsWith("application/json")) {
            JsonArraySplitter splitter = new JsonArraySplitter(maxEventBytes);
            return new Framing() {
                @Override
                public void feed(ByteBuffer bytes, Events events) {
                    splitter.feed(bytes, element -> events.accept(element, false));
                }

                @Override
                public void end(Events events) {
                    splitter.end(element -> events.accept(element, false));
                }
            };
        }
        return null;
    }
}
