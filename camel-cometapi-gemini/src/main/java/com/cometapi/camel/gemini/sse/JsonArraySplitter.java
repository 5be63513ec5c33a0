package com.cometapi.camel.gemini.sse;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * Splits a JSON array of objects, as its bytes arrive, into the JSON text of each element: what
 * {@code streamGenerateContent} answers without {@code alt=sse} ({@code [{...},{...}]}), for a gateway that ignored
 * it. Each element is delivered as soon as its closing brace arrives. A single top-level object (not in an array)
 * is delivered as one element.
 * <p>
 * Whitespace and one comma between elements are skipped, as is a UTF-8 byte order mark at the start. Brackets
 * inside strings (escaped quotes included) do not count, and an element is decoded as UTF-8 only once complete, so
 * a character split across reads is intact. Anything else (an element that is not an object, a missing comma, text
 * after the end, a body that ends early or is empty) throws {@link StreamFormatException}, naming what was found
 * where. An element may take at most {@code maxEventBytes}: the byte that would pass the limit throws
 * {@link SseLimitException}. After either exception the splitter cannot go on.
 * <p>
 * Not thread-safe: one reader feeds it.
 */
public final class JsonArraySplitter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private enum State { START, FIRST_ELEMENT_OR_END, ELEMENT, COMMA_OR_END, IN_ELEMENT, DONE }

    private final BoundedBytes element;
    private final JsonNesting nesting = new JsonNesting();
    private State state = State.START;
    private boolean inArray;
    private long offset;
    private int bomMatched;
    private int delivered;

    /** A splitter with the {@link SseParser#DEFAULT_MAX_EVENT_BYTES default} element size limit. */
    public JsonArraySplitter() {
        this(SseParser.DEFAULT_MAX_EVENT_BYTES);
    }

    /** @param maxEventBytes the most bytes one element may take; positive */
    public JsonArraySplitter(int maxEventBytes) {
        this.element = new BoundedBytes(maxEventBytes);
    }

    /**
     * Reads the readable bytes of {@code bytes}, passing the JSON text of each completed element to
     * {@code elements}.
     *
     * @throws StreamFormatException when the bytes are not an array of objects (or one object)
     * @throws SseLimitException     when an element passes the size limit
     */
    public void feed(ByteBuffer bytes, Consumer<String> elements) {
        while (bytes.hasRemaining()) {
            byte b = bytes.get();
            if (state == State.IN_ELEMENT) {
                element.append(b, 0);
                nesting.accept(b);
                if (nesting.depth() == 0) {
                    deliver(elements);
                }
            } else if (!isSkippable(b)) {
                structural(b);
            }
            offset++;
        }
    }

    /**
     * The body has ended.
     *
     * @throws StreamFormatException when it ended before its array (or object) was complete, or was empty
     */
    public void end(Consumer<String> elements) {
        if (state == State.START) {
            throw new StreamFormatException("The JSON answer is empty: expected an array of objects");
        }
        if (state != State.DONE) {
            throw new StreamFormatException("The JSON answer ended before its " + (inArray ? "array" : "object")
                                            + " was complete, after " + delivered + " complete element(s)");
        }
    }

    /** Whitespace between elements, or a byte of the byte order mark at the very start. */
    private boolean isSkippable(byte b) {
        if (offset == bomMatched && bomMatched < BOM.length && b == BOM[bomMatched]) {
            bomMatched++;
            return true;
        }
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private void structural(byte b) {
        switch (state) {
            case START -> {
                if (b == '[') {
                    inArray = true;
                    state = State.FIRST_ELEMENT_OR_END;
                } else {
                    startElement(b, "'[' or '{'");
                }
            }
            case FIRST_ELEMENT_OR_END -> {
                if (b == ']') {
                    state = State.DONE;
                } else {
                    startElement(b, "'{' or ']'");
                }
            }
            case ELEMENT -> startElement(b, "'{'");
            case COMMA_OR_END -> {
                if (b == ',') {
                    state = State.ELEMENT;
                } else if (b == ']') {
                    state = State.DONE;
                } else {
                    throw unexpected(b, "',' or ']'");
                }
            }
            default -> throw unexpected(b, "nothing after the end");
        }
    }

    private void startElement(byte b, String expected) {
        if (b != '{') {
            throw unexpected(b, expected);
        }
        state = State.IN_ELEMENT;
        nesting.reset();
        element.append(b, 0);
        nesting.accept(b);
    }

    private void deliver(Consumer<String> elements) {
        String json = element.text();
        element.clear();
        delivered++;
        state = inArray ? State.COMMA_OR_END : State.DONE;
        elements.accept(json);
    }

    private StreamFormatException unexpected(byte b, String expected) {
        String found = b >= 0x20 && b < 0x7F ? "'" + (char) b + "'" : String.format("byte 0x%02X", b & 0xFF);
        return new StreamFormatException("The JSON answer is not an array of objects: expected " + expected
                                         + " but found " + found + " at byte " + offset + " (after " + delivered
                                         + " complete element(s))");
    }
}
