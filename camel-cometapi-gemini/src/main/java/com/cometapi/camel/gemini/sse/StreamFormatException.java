package com.cometapi.camel.gemini.sse;

/** The bytes of a streamed answer do not have the shape its reader expects (e.g. a JSON body that is not an array). */
public final class StreamFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StreamFormatException(String message) {
        super(message);
    }
}
