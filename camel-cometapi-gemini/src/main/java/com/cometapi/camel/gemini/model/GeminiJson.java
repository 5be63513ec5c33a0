package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper for the wire model: lenient on input, writes only what is set.
 */
public final class GeminiJson {

    /** Thread-safe once configured; shared by everything that reads or writes Gemini JSON. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * Reads a {@code generateContent} answer or one streamed event. Built once: {@code MAPPER.readValue(..., Class)}
     * resolves the type and looks its deserializer up again on every call, and that is on the path of every answer
     * and every event.
     */
    public static final ObjectReader RESPONSE_READER = MAPPER.readerFor(GenerateContentResponse.class);

    private GeminiJson() {
    }
}
