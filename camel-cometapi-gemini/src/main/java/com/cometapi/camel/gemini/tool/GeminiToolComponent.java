package com.cometapi.camel.gemini.tool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code gemini-tool} component: Camel routes that Gemini may call as functions. A {@code gemini:} endpoint
 * with {@code tools=TAG,...} offers the started tool routes carrying those tags to the model and runs the call loop.
 */
@Component("gemini-tool")
public class GeminiToolComponent extends DefaultComponent {

    private final Map<String, GeminiToolConsumer> started = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("A gemini-tool endpoint needs a function name: gemini-tool:get_weather");
        }
        GeminiToolEndpoint endpoint = new GeminiToolEndpoint(uri, this, remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    void register(GeminiToolConsumer consumer) {
        String name = consumer.getEndpoint().getName();
        GeminiToolConsumer existing = started.putIfAbsent(name, consumer);
        if (existing != null && existing != consumer) {
            throw new IllegalArgumentException("Two gemini-tool routes are named '" + name + "' ("
                                            + existing.getRouteId() + " and " + consumer.getRouteId()
                                            + "); give each tool a name of its own");
        }
    }

    void unregister(GeminiToolConsumer consumer) {
        started.remove(consumer.getEndpoint().getName(), consumer);
    }

    /**
     * The started tools carrying any of the tags.
     *
     * @throws IllegalArgumentException naming a tag no started tool carries
     */
    public List<GeminiToolConsumer> tools(Collection<String> tags) {
        List<GeminiToolConsumer> tools = new ArrayList<>();
        for (String tag : tags) {
            List<GeminiToolConsumer> tagged = started.values().stream()
                    .filter(tool -> tool.getEndpoint().tagList().contains(tag)).toList();
            if (tagged.isEmpty()) {
                throw new IllegalArgumentException("No started gemini-tool route has tag '" + tag + "'; add tags="
                                                   + tag + " to a gemini-tool endpoint, or fix the tools option");
            }
            tagged.stream().filter(tool -> !tools.contains(tool)).forEach(tools::add);
        }
        tools.sort((a, b) -> a.getEndpoint().getName().compareTo(b.getEndpoint().getName()));
        return tools;
    }
}
