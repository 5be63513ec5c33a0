package com.cometapi.camel.gemini;

/**
 * The operation of a {@code gemini:} endpoint: the URI path.
 */
public enum GeminiOperation implements WireValue {

    /** One request, one answer: {@code generateContent}. */
    GENERATE("generate", "generateContent"),
    /** Server-sent events, one exchange per event: {@code streamGenerateContent?alt=sse}. */
    STREAM("stream", "streamGenerateContent?alt=sse"),
    /** The tokens a request would take: {@code countTokens}. */
    COUNT_TOKENS("countTokens", "countTokens"),
    /** Embeddings of a text ({@code embedContent}) or of a list of texts ({@code batchEmbedContents}). */
    EMBED("embed", "embedContent"),
    /** Cached content made of the request's turns, system instruction and tools: {@code cachedContents}. */
    CACHE("cache", "cachedContents"),
    /** A file uploaded with the Files API's resumable protocol, once Gemini has processed it: {@code media.upload}. */
    UPLOAD("upload", "upload");

    private final String value;
    private final String method;

    GeminiOperation(String value, String method) {
        this.value = value;
        this.method = method;
    }

    /** The name used in the endpoint URI. */
    @Override
    public String value() {
        return value;
    }

    /** The Gemini REST method on a model the operation calls, with its query (a stream's {@code ?alt=sse}). */
    public String method() {
        return method;
    }

    public static GeminiOperation fromValue(String value) {
        return WireValue.parse(GeminiOperation.class, "operation", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
