package com.cometapi.camel.gemini.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper for the wire model: lenient on input, writes only what is set.
 */
public final class GeminiJson {

    /** Thread-safe once configured; shared by everything that reads or writes Gemini JSON. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Reads {@code generateContent} answers and streamed events: the common shape directly, the rest by binding. */
    private static final ResponseReader RESPONSES = new ResponseReader(MAPPER);

    /**
     * Reads a {@code generateContent} answer or one streamed event from its UTF-8 bytes, giving what Jackson's binding
     * of {@link GenerateContentResponse} gives (see {@link ResponseReader}).
     *
     * @throws IOException when it is not JSON, or not a response
     */
    public static GenerateContentResponse readResponse(byte[] json) throws IOException {
        return RESPONSES.read(json);
    }

    /**
     * Reads one streamed event from its text, through its UTF-8 bytes: Jackson's byte parser reads an event's JSON
     * faster than its character parser reads the {@code String}, the encoding included.
     */
    public static GenerateContentResponse readEvent(String json) throws IOException {
        return readResponse(json.getBytes(StandardCharsets.UTF_8));
    }

    private GeminiJson() {
    }
}
