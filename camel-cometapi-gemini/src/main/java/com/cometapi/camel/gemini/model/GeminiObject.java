package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Base of every wire model class: keeps the fields this model does not know, so they are written back. */
public abstract class GeminiObject {

    /** Created on the first unknown field: most objects never have one, and a stream binds many objects. */
    private Map<String, Object> additionalProperties;

    /** The value of a number field as a Double (number fields keep the Number read, to write it back unchanged). */
    static Double toDouble(Number value) {
        return value == null || value instanceof Double ? (Double) value : Double.valueOf(value.doubleValue());
    }

    /** The value of an int64 field as a Long. */
    static Long toLong(Number value) {
        return value == null || value instanceof Long ? (Long) value : Long.valueOf(value.longValue());
    }

    /** Fields read from JSON that this model does not know, in the order they came (read-only; empty when none). */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    /** Keeps an unknown field (also usable to send a field this model does not know yet). */
    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        if (additionalProperties == null) {
            additionalProperties = new LinkedHashMap<>();
        }
        additionalProperties.put(name, value);
    }
}
