package com.cometapi.camel.gemini;

import java.net.URI;
import java.util.function.UnaryOperator;

/**
 * The two things every call needs before it can be sent, checked the same way by the endpoint (which refuses to
 * start or send) and the health check (which reports DOWN): an API key, and a base URL that is an http(s) URL. Messages
 * never hold the key; a URL is shown without what may hold one.
 */
final class ApiAccess {

    static final String ENV_COMETAPI_KEY = "COMETAPI_KEY";
    static final String ENV_GEMINI_API_KEY = "GEMINI_API_KEY";

    private ApiAccess() {
    }

    /** The configured key, else {@code COMETAPI_KEY}, else {@code GEMINI_API_KEY}, trimmed; null when none is set. */
    static String apiKey(String configured, UnaryOperator<String> environment) {
        for (String candidate : new String[] {
                configured, environment.apply(ENV_COMETAPI_KEY), environment.apply(ENV_GEMINI_API_KEY) }) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return null;
    }

    /** Why there is no key, e.g. {@code where} = "camel.component.gemini.api-key": what to set instead. */
    static String missingKey(String where) {
        return "No Gemini API key: set " + where + ", or the " + ENV_COMETAPI_KEY + " (or " + ENV_GEMINI_API_KEY
               + ") environment variable";
    }

    /**
     * Why {@code baseUrl} cannot be called, naming it as {@code option}; null when it is an http:// or https:// URL
     * with a host (trailing slashes allowed).
     */
    static String baseUrlProblem(String option, String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return option + " is blank; use e.g. https://api.cometapi.com";
        }
        try {
            URI uri = URI.create(trimmed(baseUrl));
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null) {
                return null;
            }
        } catch (IllegalArgumentException notAUri) {
            // reported below, like any other URL that cannot be called
        }
        return option + " '" + shown(baseUrl) + "' is not an http:// or https:// URL; use e.g. https://api.cometapi.com";
    }

    /** The base URL as calls use it: trimmed, without trailing slashes. */
    static String trimmed(String baseUrl) {
        return baseUrl.trim().replaceAll("/+$", "");
    }

    /** The URL without what may hold a credential: user info ({@code user:key@}) and the query ({@code ?key=}). */
    static String shown(String url) {
        if (url == null) {
            return null;
        }
        String shown = url;
        int query = shown.indexOf('?');
        if (query >= 0) {
            shown = shown.substring(0, query) + "?...";
        }
        int authority = shown.indexOf("//");
        int at = shown.indexOf('@', authority + 2);
        int path = shown.indexOf('/', authority + 2);
        if (authority >= 0 && at >= 0 && (path < 0 || at < path)) {
            shown = shown.substring(0, authority + 2) + "..." + shown.substring(at);
        }
        return shown;
    }
}
