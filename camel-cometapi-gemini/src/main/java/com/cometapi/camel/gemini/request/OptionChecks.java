package com.cometapi.camel.gemini.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks of option values, each failing with an {@link IllegalArgumentException} that names the option and says
 * what it accepts.
 */
public final class OptionChecks {

    private OptionChecks() {
    }

    public static void range(String option, Number value, double min, double max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            throw new IllegalArgumentException(option + " must be between " + format(min) + " and " + format(max)
                                               + ", was " + value);
        }
    }

    public static void atLeast(String option, Number value, long min) {
        if (value != null && value.longValue() < min) {
            throw new IllegalArgumentException(option + " must be at least " + min + ", was " + value);
        }
    }

    /** Upper-cases {@code value} and checks it is one of {@code allowed}; null stays null. */
    public static String oneOf(String option, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normalized = value.trim().toUpperCase(Locale.ROOT);
        if (!allowed.contains(normalized)) {
            throw new IllegalArgumentException(option + " '" + value + "' is not supported; use one of "
                                               + String.join(", ", allowed.stream().sorted().toList()));
        }
        return normalized;
    }

    /** Splits a comma list, trimming items and dropping empty ones; null or blank gives null. */
    public static List<String> commaList(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> items = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        return items.isEmpty() ? null : items;
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
