package com.cometapi.camel.gemini.sse;

/**
 * A streamed event (an SSE event, or one element of a JSON array answer) is larger than the configured limit. The
 * stream cannot go on: the reader stopped buffering at the limit rather than grow without bound.
 */
public final class SseLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int maxEventBytes;

    /** @param maxEventBytes the limit that was exceeded, in bytes */
    public SseLimitException(int maxEventBytes) {
        super("Stream event too large: it exceeds the limit of " + maxEventBytes
              + " bytes (maxEventBytes), so the stream was stopped");
        this.maxEventBytes = maxEventBytes;
    }

    /** The limit that was exceeded, in bytes. */
    public int maxEventBytes() {
        return maxEventBytes;
    }
}
