package com.cometapi.camel.gemini.sse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte buffer that never holds more than a limit: the byte that would pass it throws
 * {@link SseLimitException} instead of being stored. Decoded as UTF-8 only when complete, so a character split
 * across reads stays intact.
 */
final class BoundedBytes {

    /** Capacity kept after {@link #clear()}; a larger buffer (left by a large event) is released. */
    private static final int KEPT_CAPACITY = 64 * 1024;
    private static final int INITIAL_CAPACITY = 256;

    private final int maxBytes;
    private byte[] bytes;
    private int length;

    /** @param maxBytes the most bytes this buffer and whatever its owner holds with it may take */
    BoundedBytes(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxEventBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.bytes = new byte[Math.min(INITIAL_CAPACITY, maxBytes)];
    }

    /**
     * Appends one byte.
     *
     * @param held bytes the owner already holds for the same event, counted against the limit too
     * @throws SseLimitException when {@code held} plus this buffer would pass the limit
     */
    void append(byte b, long held) {
        if (length + held >= maxBytes) {
            overflow();
        }
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(2L * bytes.length, maxBytes));
        }
        bytes[length++] = b;
    }

    /** How many more bytes fit, with {@code held} bytes held elsewhere for the same event. */
    long room(long held) {
        return maxBytes - held - length;
    }

    /** Appends bytes known to fit ({@link #room}), at the cost of one copy. */
    void append(byte[] source, int offset, int count) {
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(2L * bytes.length, (long) length + count), maxBytes));
        }
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
    }

    /** The event passed the limit: empties the buffer and throws. */
    void overflow() {
        length = 0;
        bytes = new byte[Math.min(INITIAL_CAPACITY, maxBytes)];
        throw new SseLimitException(maxBytes);
    }

    /** The byte at {@code index}. */
    byte byteAt(int index) {
        return bytes[index];
    }

    int length() {
        return length;
    }

    int maxBytes() {
        return maxBytes;
    }

    /** The bytes as UTF-8 text (malformed sequences become U+FFFD). */
    String text() {
        return text(0);
    }

    /** The bytes from {@code from} on, as UTF-8 text. */
    String text(int from) {
        return new String(bytes, from, length - from, StandardCharsets.UTF_8);
    }

    /** Empties the buffer, releasing a large one. */
    void clear() {
        length = 0;
        if (bytes.length > KEPT_CAPACITY) {
            bytes = new byte[INITIAL_CAPACITY];
        }
    }
}
