package com.cometapi.camel.gemini.model;

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

    private GeminiJson() {
    }
}
