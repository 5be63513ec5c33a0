package com.cometapi.camel.gemini;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Camel readiness check of a gemini component, registered by the component when it starts (option
 * {@code healthCheckEnabled}), so Camel Main, Spring Boot's actuator and Quarkus all see it. Its id is the
 * component's name: {@value #ID} for the usual one.
 * <p>
 * DOWN when the component's configuration cannot work: no API key (neither the {@code apiKey} option nor the
 * {@code COMETAPI_KEY} or {@code GEMINI_API_KEY} environment variable), or a base URL that is not an http(s) URL. It
 * never calls the API (that costs money and proves little about the next call). The reason of a DOWN is the result's
 * message and its detail {@value #REASON} (what Spring Boot's {@code /actuator/health} shows). Nothing it reports
 * holds the key; the base URL is shown without user info and query.
 */
public class GeminiHealthCheck extends AbstractHealthCheck {

    /** The id of the check of the component named gemini. */
    public static final String ID = "gemini";
    /** Detail holding why the check is DOWN (absent when UP). */
    public static final String REASON = "reason";
    /** Detail holding the base URL the component calls (user info and query left out). */
    public static final String BASE_URL = "base.url";
    /** Detail holding the default model. */
    public static final String MODEL = "model";

    private final GeminiComponent component;
    private final UnaryOperator<String> environment;

    /** The check of {@code component}, named {@code name}, reading the key's environment variables from the JVM's. */
    public GeminiHealthCheck(String name, GeminiComponent component) {
        this(name, component, System::getenv);
    }

    /**
     * The check of {@code component}, named {@code name}, reading the key's environment variables through
     * {@code environment}.
     */
    public GeminiHealthCheck(String name, GeminiComponent component, UnaryOperator<String> environment) {
        super("camel", name);
        this.component = component;
        this.environment = environment;
    }

    /**
     * Registers the check of a starting component with its CamelContext's health-check registry, which exists when
     * camel-health is on the classpath.
     *
     * @return the registered check; null without a registry or when a check with this id is registered already
     */
    static GeminiHealthCheck register(String name, GeminiComponent component) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(component.getCamelContext());
        if (registry == null) {
            return null;
        }
        GeminiHealthCheck check = new GeminiHealthCheck(name, component);
        return registry.register(check) ? check : null;
    }

    /** Removes a check {@link #register} returned (null allowed) from the registry. */
    static void unregister(CamelContext camelContext, GeminiHealthCheck check) {
        HealthCheckRegistry registry = check == null ? null : HealthCheckRegistry.get(camelContext);
        if (registry != null) {
            registry.unregister(check);
        }
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        GeminiConfiguration configuration = component.getConfiguration();
        builder.detail(BASE_URL, ApiAccess.shown(configuration.getBaseUrl()));
        builder.detail(MODEL, configuration.getModel());
        String problem = problem(configuration);
        if (problem == null) {
            builder.up();
        } else {
            // the message alone reaches Camel's logs and consoles, not Spring Boot's health endpoint: it shows details
            builder.message(problem).detail(REASON, problem).down();
        }
    }

    /** What keeps the configuration from working, named as the property that sets it; null when nothing does. */
    private String problem(GeminiConfiguration configuration) {
        String properties = "camel.component." + getId();
        if (ApiAccess.apiKey(configuration.getApiKey(), environment) == null) {
            return ApiAccess.missingKey(properties + ".api-key");
        }
        return ApiAccess.baseUrlProblem(properties + ".base-url", configuration.getBaseUrl());
    }
}
