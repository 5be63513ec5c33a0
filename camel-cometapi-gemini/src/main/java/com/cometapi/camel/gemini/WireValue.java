package com.cometapi.camel.gemini;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum constant spelt in URIs and on the wire by a value of its own, which its {@code toString()} returns (so
 * Camel's catalog lists that value).
 */
public interface WireValue {

    String value();

    /**
     * Finds the constant of an option's enum spelt {@code value}, ignoring case: as the catalog lists it (its
     * {@code toString()}, for a WireValue its value) or by the constant's name.
     *
     * @throws IllegalArgumentException naming the option and the values it accepts
     */
    static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
        String text = value == null ? null : value.trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.toString().equalsIgnoreCase(text) || constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + option + " '" + value + "'; use one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::toString).collect(Collectors.joining(", ")));
    }
}
