package com.cometapi.camel.gemini.springboot;

import java.net.URI;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.GeminiConfiguration;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Camel readiness check {@code gemini}: DOWN when the component's own configuration cannot work: no API key (neither
 * the {@code apiKey} option nor the {@code COMETAPI_KEY} or {@code GEMINI_API_KEY} environment variable), or a base
 * URL that is not an http(s) URL. It never calls the API (that costs money and proves little about the next call).
 * <p>
 * The reason of a DOWN is the result's message and its detail {@value #REASON}, which is what Spring Boot's
 * {@code /actuator/health} shows (under {@code camelHealth}, {@code gemini.data}). Details never hold the key; the base
 * URL is shown without user info and query.
 */
public class GeminiHealthCheck extends AbstractHealthCheck {

    /** The check's id. */
    public static final String ID = "gemini";
    /** Detail holding why the check is DOWN (absent when UP). */
    public static final String REASON = "reason";
    /** Detail holding the base URL the component calls (user info and query left out). */
    public static final String BASE_URL = "base.url";
    /** Detail holding the default model. */
    public static final String MODEL = "model";

    private final UnaryOperator<String> environment;

    /** A check that reads the key's environment variables from {@link System#getenv(String)}. */
    public GeminiHealthCheck() {
        this(System::getenv);
    }

    /** A check that reads the key's environment variables through {@code environment}. */
    public GeminiHealthCheck(UnaryOperator<String> environment) {
        super("camel", ID);
        this.environment = environment;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        GeminiConfiguration configuration = getCamelContext().getComponent("gemini", GeminiComponent.class)
                .getConfiguration();
        builder.detail(BASE_URL, shown(configuration.getBaseUrl()));
        builder.detail(MODEL, configuration.getModel());
        String problem = problem(configuration);
        if (problem == null) {
            builder.up();
        } else {
            // the message alone reaches Camel's logs and consoles, not Spring Boot's health endpoint: it shows details
            builder.message(problem).detail(REASON, problem).down();
        }
    }

    private String problem(GeminiConfiguration configuration) {
        if (isBlank(configuration.getApiKey()) && isBlank(environment.apply("COMETAPI_KEY"))
            && isBlank(environment.apply("GEMINI_API_KEY"))) {
            return "No Gemini API key: set camel.component.gemini.api-key, or the COMETAPI_KEY (or GEMINI_API_KEY)"
                   + " environment variable";
        }
        if (!isHttpUrl(configuration.getBaseUrl())) {
            return "camel.component.gemini.base-url '" + shown(configuration.getBaseUrl())
                   + "' is not an http:// or https:// URL; use e.g. https://api.cometapi.com";
        }
        return null;
    }

    private static boolean isHttpUrl(String url) {
        if (isBlank(url)) {
            return false;
        }
        try {
            URI uri = URI.create(url.trim());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                   && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
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

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
