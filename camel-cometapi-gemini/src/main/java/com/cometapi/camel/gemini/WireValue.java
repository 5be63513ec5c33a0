package com.cometapi.camel.gemini;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum constant spelt in URIs and on the wire by a value of its own.
 */
public interface WireValue {

    String value();

    /**
     * Finds the constant of {@code type} whose value (or name) matches, ignoring case.
     *
     * @throws IllegalArgumentException naming the option and the values it accepts
     */
    static <E extends Enum<E> & WireValue> E parse(Class<E> type, String option, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.value().equalsIgnoreCase(value) || constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + option + " '" + value + "'; use one of "
                + Arrays.stream(type.getEnumConstants()).map(WireValue::value).collect(Collectors.joining(", ")));
    }
}
