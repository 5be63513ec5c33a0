package com.cometapi.camel.gemini;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * Camel dev console {@code gemini}: for each gemini component of the CamelContext, its model calls since it was
 * created (calls in flight, streams open, requests ended, retries, failures by kind, and requests and tokens per
 * model), as text or JSON. The same figures are attributes of the component's MBean.
 */
@DevConsole(name = "gemini", displayName = "Gemini", description = "Gemini model calls: in flight, streams open,"
                                                                   + " retries, failures by kind, tokens per model")
public class GeminiDevConsole extends AbstractDevConsole {

    public GeminiDevConsole() {
        super("camel", "gemini", "Gemini", "Gemini model calls: in flight, streams open, retries, failures by kind,"
                                           + " tokens per model");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        components().forEach((name, statistics) -> {
            text.append(String.format("%nComponent: %s", name));
            text.append(String.format("%n    Calls in flight: %d", statistics.callsInFlight()));
            text.append(String.format("%n    Streams open: %d", statistics.streamsOpen()));
            text.append(String.format("%n    Requests: %d", statistics.requests()));
            text.append(String.format("%n    Retries: %d", statistics.retries()));
            text.append(String.format("%n    Failures:"));
            statistics.failures().forEach((kind, count) -> text.append(String.format(" %s=%d", kind.label(), count)));
            statistics.models().forEach((model, tokens) -> text.append(String.format(
                    "%n    Model %s: requests=%d tokens in=%d out=%d thoughts=%d", model, tokens.requests(),
                    tokens.inputTokens(), tokens.outputTokens(), tokens.thoughtTokens())));
            text.append(String.format("%n"));
        });
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        List<JsonObject> list = new ArrayList<>();
        components().forEach((name, statistics) -> {
            JsonObject component = new JsonObject();
            component.put("name", name);
            component.put("callsInFlight", statistics.callsInFlight());
            component.put("streamsOpen", statistics.streamsOpen());
            component.put("requests", statistics.requests());
            component.put("retries", statistics.retries());
            JsonObject failures = new JsonObject();
            statistics.failures().forEach((kind, count) -> failures.put(kind.label(), count));
            component.put("failures", failures);
            JsonObject models = new JsonObject();
            statistics.models().forEach((model, tokens) -> {
                JsonObject figures = new JsonObject();
                figures.put("requests", tokens.requests());
                figures.put("inputTokens", tokens.inputTokens());
                figures.put("outputTokens", tokens.outputTokens());
                figures.put("thoughtTokens", tokens.thoughtTokens());
                models.put(model, figures);
            });
            component.put("models", models);
            list.add(component);
        });
        JsonObject root = new JsonObject();
        root.put("components", list);
        return root;
    }

    /** The statistics of every gemini component by name, in the order of the context's component names. */
    private Map<String, CallStatistics> components() {
        Map<String, CallStatistics> components = new LinkedHashMap<>();
        for (String name : getCamelContext().getComponentNames()) {
            if (getCamelContext().hasComponent(name) instanceof GeminiComponent gemini) {
                components.put(name, gemini.statistics());
            }
        }
        return components;
    }
}
