package com.cometapi.camel.gemini.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

/**
 * Reads option values given as {@code resource:classpath:...}, {@code resource:file:...} (any Camel resource URI).
 */
public final class ResourceLoader {

    private static final String PREFIX = "resource:";

    private final CamelContext camelContext;

    public ResourceLoader(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    /** The value itself, or the text of the resource it names; null for null or blank. */
    public String textOf(String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.startsWith(PREFIX)) {
            return value;
        }
        String uri = value.substring(PREFIX.length());
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(camelContext, uri)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot read " + uri + " (" + e.getMessage() + ")", e);
        }
    }
}
