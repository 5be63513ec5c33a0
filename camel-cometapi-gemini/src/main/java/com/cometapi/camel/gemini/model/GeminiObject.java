package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import java.util.LinkedHashMap;
import java.util.Map;

/** Base of every wire model class: keeps the fields this model does not know, so they are written back. */
public abstract class GeminiObject {

    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    /** The value of a number field as a Double (number fields keep the Number read, to write it back unchanged). */
    static Double toDouble(Number value) {
        return value == null || value instanceof Double ? (Double) value : Double.valueOf(value.doubleValue());
    }

    /** The value of an int64 field as a Long. */
    static Long toLong(Number value) {
        return value == null || value instanceof Long ? (Long) value : Long.valueOf(value.longValue());
    }

    /** Fields read from JSON that this model does not know, in the order they came. */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    /** Keeps an unknown field (also usable to send a field this model does not know yet). */
    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }
}
