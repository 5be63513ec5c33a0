package com.cometapi.camel.gemini.sse;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * Splits the bytes of a server-sent event stream into events as they arrive, following the WHATWG event-stream
 * rules, plus one Gemini addition (the bare block).
 * <ul>
 * <li>Lines end with CRLF, LF or CR (a CRLF split across reads is one line end). A UTF-8 byte order mark before the
 * first line is skipped. Lines are decoded as UTF-8 only once complete, so a character split across reads is
 * intact.</li>
 * <li>An empty line ends an event. {@code data:} lines are joined with {@code \n} (one space after the colon is
 * dropped; {@code data} alone is an empty value). Comments ({@code :...}) and every other field, known
 * ({@code id}, {@code event}, {@code retry}) or not, with or without a colon, are ignored and leave the event's
 * data as it is.</li>
 * <li>An event whose data is empty or only whitespace ({@code data:} alone: a gateway keep-alive) is skipped.</li>
 * <li><b>Bare block.</b> A line whose first character other than space or tab is <code>{ } [ ] "</code> is JSON,
 * not a field: it opens a bare block (first delivering any pending event), such as the pretty-printed
 * {@code {"error": ...}} object Gemini appends to a failing stream. Every following line belongs to the block, as
 * it is, until its brackets balance (outside strings) or an empty line comes; the block is then delivered as one
 * event with {@link SseEvent#bare()} set. So no field name may begin with those characters, which no SSE server
 * uses.</li>
 * <li>{@link #end} delivers a last event or block that lacks its blank line.</li>
 * <li>The lines held for one event (its {@code data} lines or its block, and the line being read) may take at most
 * {@code maxEventBytes}; the byte that would pass the limit throws {@link SseLimitException}, and the stream
 * cannot go on.</li>
 * </ul>
 * Not thread-safe: one reader feeds it.
 */
public final class SseParser {

    /** The default limit: 16 MiB, room for a streamed 4K image in one event. */
    public static final int DEFAULT_MAX_EVENT_BYTES = 16 * 1024 * 1024;

    private static final String DATA = "data";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final BoundedBytes line;
    private boolean skipLineFeed;
    private int bomMatched;
    private boolean pastBom;
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;
    private final StringBuilder bare = new StringBuilder();
    private boolean inBare;
    private final JsonNesting nesting = new JsonNesting();
    private long held;

    /** A parser with the {@link #DEFAULT_MAX_EVENT_BYTES default} event size limit. */
    public SseParser() {
        this(DEFAULT_MAX_EVENT_BYTES);
    }

    /** @param maxEventBytes the most bytes one event may take (see the class description); positive */
    public SseParser(int maxEventBytes) {
        this.line = new BoundedBytes(maxEventBytes);
    }

    /**
     * Parses the readable bytes of {@code bytes}, passing each completed event to {@code events}.
     *
     * @throws SseLimitException when an event passes the size limit; {@code bytes} is then positioned just after
     *                           the byte that passed it
     */
    public void feed(ByteBuffer bytes, Consumer<SseEvent> events) {
        while (bytes.hasRemaining()) {
            byte b = bytes.get();
            if (!pastBom && isByteOrderMark(b)) {
                continue;
            }
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
                line.append(b, held);
            }
        }
    }

    /** The stream has ended: delivers what is left, even without its terminating blank line. */
    public void end(Consumer<SseEvent> events) {
        if (!pastBom) {
            replayPartialByteOrderMark();
        }
        if (line.length() > 0) {
            lineComplete(events);
        }
        dispatch(events);
    }

    /** True when {@code b} continues a byte order mark at the very start (skipped); false from the first other byte. */
    private boolean isByteOrderMark(byte b) {
        if (b == BOM[bomMatched]) {
            bomMatched++;
            pastBom = bomMatched == BOM.length;
            return true;
        }
        replayPartialByteOrderMark();
        return false;
    }

    /** The first bytes looked like a byte order mark but were not one: they are text after all. */
    private void replayPartialByteOrderMark() {
        pastBom = true;
        for (int i = 0; i < bomMatched; i++) {
            line.append(BOM[i], held);
        }
    }

    private void lineComplete(Consumer<SseEvent> events) {
        int lineBytes = line.length();
        String text = line.text();
        line.clear();
        if (text.isEmpty()) {
            dispatch(events);
        } else if (inBare || opensBareBlock(text)) {
            appendToBareBlock(text, lineBytes, events);
        } else if (text.charAt(0) != ':') {
            int colon = text.indexOf(':');
            if (DATA.equals(colon < 0 ? text : text.substring(0, colon))) {
                appendData(colon < 0 ? "" : text.substring(colon + 1), lineBytes);
            }
        }
    }

    private static boolean opensBareBlock(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return c == '{' || c == '}' || c == '[' || c == ']' || c == '"';
            }
        }
        return false;
    }

    private void appendData(String value, int lineBytes) {
        if (hasData) {
            data.append('\n');
        }
        data.append(value.startsWith(" ") ? value.substring(1) : value);
        hasData = true;
        held += lineBytes;
    }

    private void appendToBareBlock(String text, int lineBytes, Consumer<SseEvent> events) {
        if (!inBare) {
            dispatch(events);
            inBare = true;
            nesting.reset();
        } else {
            bare.append('\n');
        }
        bare.append(text);
        held += lineBytes;
        for (int i = 0; i < text.length(); i++) {
            nesting.accept(text.charAt(i));
        }
        if (nesting.depth() <= 0) {
            dispatch(events);
        }
    }

    private void dispatch(Consumer<SseEvent> events) {
        held = 0;
        if (hasData) {
            String value = data.toString();
            data.setLength(0);
            hasData = false;
            if (!value.isBlank()) {
                events.accept(new SseEvent(value, false));
            }
        }
        if (inBare) {
            String block = bare.toString();
            bare.setLength(0);
            inBare = false;
            events.accept(new SseEvent(block, true));
        }
    }
}
