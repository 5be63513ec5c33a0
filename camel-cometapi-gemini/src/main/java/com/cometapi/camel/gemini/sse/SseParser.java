package com.cometapi.camel.gemini.sse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

    private static final byte[] DATA_BYTES = {'d', 'a', 't', 'a'};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Reads eight bytes of an array as a long, the first byte lowest. */
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ALL_ONES = 0x0101010101010101L;
    private static final long ALL_HIGH_BITS = 0x8080808080808080L;
    private static final long ALL_LF = ALL_ONES * '\n';
    private static final long ALL_CR = ALL_ONES * '\r';

    private final BoundedBytes line;
    private boolean skipLineFeed;
    private int bomMatched;
    private boolean pastBom;
    /** The first data line of the event being read; the builder joins it with any further ones. */
    private String firstData;
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
            if (pastBom && !skipLineFeed && bytes.hasArray()) {
                appendUpToLineEnd(bytes);
                if (!bytes.hasRemaining()) {
                    return;
                }
            }
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

    /** Copies the bytes before the next line end (or all that are left) at once: the common case of a long line. */
    private void appendUpToLineEnd(ByteBuffer bytes) {
        byte[] array = bytes.array();
        int start = bytes.arrayOffset() + bytes.position();
        int end = bytes.arrayOffset() + bytes.limit();
        int count = lineEnd(array, start, end) - start;
        long room = line.room(held);
        if (count > room) {
            bytes.position(bytes.position() + (int) room + 1);
            line.overflow();
        }
        line.append(array, start, count);
        bytes.position(bytes.position() + count);
    }

    /**
     * The index of the first CR or LF in {@code array[from, to)}, or {@code to} when there is none. Eight bytes at a
     * time: a stream is mostly long {@code data:} lines, and this scan was the largest part of reading one.
     */
    static int lineEnd(byte[] array, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) EIGHT_BYTES.get(array, i);
            long found = zeroBytes(word ^ ALL_LF) | zeroBytes(word ^ ALL_CR);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        while (i < to && array[i] != '\r' && array[i] != '\n') {
            i++;
        }
        return i;
    }

    /**
     * The high bit of each byte of {@code word} that is zero, and perhaps of some bytes above the lowest zero one
     * (a borrow), never below it: the lowest set bit marks the first zero byte in little-endian order.
     */
    private static long zeroBytes(long word) {
        return (word - ALL_ONES) & ~word & ALL_HIGH_BITS;
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

    /** Only a {@code data} line's value is decoded, once; other fields and comments are never decoded. */
    private void lineComplete(Consumer<SseEvent> events) {
        int lineBytes = line.length();
        if (lineBytes == 0) {
            line.clear();
            dispatch(events);
        } else if (inBare || opensBareBlock()) {
            String text = line.text();
            line.clear();
            appendToBareBlock(text, lineBytes, events);
        } else {
            int value = dataValueStart();
            if (value >= 0) {
                appendData(line.text(value), lineBytes);
            }
            line.clear();
        }
    }

    private boolean opensBareBlock() {
        for (int i = 0; i < line.length(); i++) {
            byte c = line.byteAt(i);
            if (c != ' ' && c != '\t') {
                return c == '{' || c == '}' || c == '[' || c == ']' || c == '"';
            }
        }
        return false;
    }

    /**
     * Where the value of a {@code data} line starts (after the colon and one optional space), or -1 when the line is
     * another field or a comment.
     */
    private int dataValueStart() {
        int n = line.length();
        for (int i = 0; i < DATA_BYTES.length; i++) {
            if (i >= n || line.byteAt(i) != DATA_BYTES[i]) {
                return -1;
            }
        }
        if (n == DATA_BYTES.length) {
            return n;
        }
        if (line.byteAt(DATA_BYTES.length) != ':') {
            return -1;
        }
        int value = DATA_BYTES.length + 1;
        return value < n && line.byteAt(value) == ' ' ? value + 1 : value;
    }

    private void appendData(String value, int lineBytes) {
        if (!hasData) {
            firstData = value;
        } else {
            if (firstData != null) {
                data.append(firstData);
                firstData = null;
            }
            data.append('\n').append(value);
        }
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
            String value = firstData != null ? firstData : data.toString();
            firstData = null;
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
