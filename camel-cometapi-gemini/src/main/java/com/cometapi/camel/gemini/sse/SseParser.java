package com.cometapi.camel.gemini.sse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Splits the bytes of a server-sent event stream into events, as they arrive: lines end with CRLF, LF or CR; an
 * empty line ends an event; {@code data:} lines are joined; other fields and comments are ignored; lines that are
 * not fields (a bare JSON error object) form a bare block. Lines are decoded as UTF-8 only once complete, so a
 * character split across reads is intact. {@link #end} delivers a last event that lacks its blank line.
 * <p>
 * Not thread-safe: one reader feeds it.
 */
public final class SseParser {

    private static final String DATA = "data";

    private byte[] line = new byte[256];
    private int lineLength;
    private boolean skipLineFeed;
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;
    private final StringBuilder bare = new StringBuilder();

    /** Parses the readable bytes of {@code bytes}, passing each completed event to {@code events}. */
    public void feed(ByteBuffer bytes, Consumer<SseEvent> events) {
        while (bytes.hasRemaining()) {
            byte b = bytes.get();
            if (skipLineFeed) {
                skipLineFeed = false;
                if (b == '\n') {
                    continue;
                }
            }
            if (b == '\r' || b == '\n') {
                skipLineFeed = b == '\r';
                lineComplete(events);
            } else {
                append(b);
            }
        }
    }

    /** The stream has ended: delivers what is left, even without its terminating blank line. */
    public void end(Consumer<SseEvent> events) {
        if (lineLength > 0) {
            lineComplete(events);
        }
        dispatch(events);
    }

    private void append(byte b) {
        if (lineLength == line.length) {
            line = Arrays.copyOf(line, line.length * 2);
        }
        line[lineLength++] = b;
    }

    private void lineComplete(Consumer<SseEvent> events) {
        String text = new String(line, 0, lineLength, StandardCharsets.UTF_8);
        lineLength = 0;
        if (text.isEmpty()) {
            dispatch(events);
            return;
        }
        if (bare.length() > 0) {
            bare.append('\n').append(text);
            return;
        }
        if (text.charAt(0) == ':') {
            return;
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        if (!isField(field)) {
            dispatch(events);
            bare.append(text);
            return;
        }
        if (DATA.equals(field)) {
            String value = colon < 0 ? "" : text.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            if (hasData) {
                data.append('\n');
            }
            data.append(value);
            hasData = true;
        }
    }

    private static boolean isField(String field) {
        return DATA.equals(field) || "event".equals(field) || "id".equals(field) || "retry".equals(field);
    }

    private void dispatch(Consumer<SseEvent> events) {
        if (hasData) {
            events.accept(new SseEvent(data.toString(), false));
            data.setLength(0);
            hasData = false;
        }
        if (bare.length() > 0) {
            events.accept(new SseEvent(bare.toString(), true));
            bare.setLength(0);
        }
    }
}
