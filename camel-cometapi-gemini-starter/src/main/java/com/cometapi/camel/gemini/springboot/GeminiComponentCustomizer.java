package com.cometapi.camel.gemini.springboot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.cometapi.camel.gemini.GeminiComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;

/**
 * Applies the {@code camel.component.gemini.*} properties to the gemini component, through the component's own
 * property configurer (the same binding as URI options). A property left at its default is not applied, so a value set
 * otherwise (a {@code configuration} bean, another customizer) stays. List properties become comma-separated values.
 */
final class GeminiComponentCustomizer implements ComponentCustomizer {

    /** Properties of the starter itself, not options of the component. */
    private static final Set<String> STARTER_PROPERTIES = Set.of("enabled", "metrics");

    private final GeminiComponentConfiguration properties;

    GeminiComponentCustomizer(GeminiComponentConfiguration properties) {
        this.properties = properties;
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof GeminiComponent;
    }

    @Override
    public void configure(String name, Component target) {
        CamelPropertiesHelper.copyProperties(target.getCamelContext(), options(target.getCamelContext()), target);
    }

    /** The component options to set, {@code configuration} first since it replaces the whole configuration. */
    Map<String, Object> options(CamelContext camelContext) {
        Map<String, Object> defaults = CamelPropertiesHelper.getNonNullProperties(camelContext,
                new GeminiComponentConfiguration());
        Map<String, Object> options = new LinkedHashMap<>();
        if (properties.getConfiguration() != null) {
            options.put("configuration", properties.getConfiguration());
        }
        CamelPropertiesHelper.getNonNullProperties(camelContext, properties).forEach((option, value) -> {
            if (!STARTER_PROPERTIES.contains(option) && !options.containsKey(option)
                && !Objects.equals(value, defaults.get(option))) {
                options.put(option, value instanceof List<?> list ? commaSeparated(list) : value);
            }
        });
        return options;
    }

    private static String commaSeparated(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
