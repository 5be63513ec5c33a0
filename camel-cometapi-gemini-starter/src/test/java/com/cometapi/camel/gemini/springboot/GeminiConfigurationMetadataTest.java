package com.cometapi.camel.gemini.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated META-INF/spring-configuration-metadata.json against the component's catalog: every component option
 * is a property, described, with the component's default and closed values.
 */
class GeminiConfigurationMetadataTest {

    private static JsonNode catalogOptions;
    private static Map<String, JsonNode> properties;
    private static Map<String, JsonNode> hints;

    @BeforeAll
    static void read() throws IOException {
        catalogOptions = json("META-INF/com/cometapi/camel/gemini/gemini.json").path("componentProperties");
        JsonNode metadata = json("META-INF/spring-configuration-metadata.json");
        assertThat(metadata.path("groups").findValuesAsText("name")).contains(GeminiComponentConfiguration.PREFIX);
        properties = byName(metadata.path("properties"));
        hints = byName(metadata.path("hints"));
    }

    @Test
    void listsEveryComponentOptionWithADescription() {
        assertThat(catalogOptions.size()).isGreaterThan(40);
        catalogOptions.properties().forEach(option -> {
            JsonNode property = properties.get(property(option.getKey()));
            assertThat(property).as(option.getKey()).isNotNull();
            assertThat(property.path("description").asText()).as(option.getKey()).isNotBlank();
        });
    }

    @Test
    void listsTheStarterSwitches() {
        assertThat(properties).containsKeys("camel.component.gemini.enabled", "camel.component.gemini.metrics.enabled");
        properties.values().forEach(p -> assertThat(p.path("description").asText()).as(p.path("name").asText())
                .isNotBlank());
    }

    @Test
    void defaultsAreTheComponentDefaults() {
        catalogOptions.properties().forEach(option -> {
            JsonNode catalog = option.getValue();
            JsonNode property = properties.get(property(option.getKey()));
            if (!catalog.has("defaultValue")) {
                assertThat(property.has("defaultValue")).as(option.getKey()).isFalse();
            } else if ("duration".equals(catalog.path("type").asText())) {
                assertThat(DurationStyle.detectAndParse(property.path("defaultValue").asText()))
                        .as(option.getKey())
                        .isEqualTo(Duration.ofMillis(catalog.path("defaultValue").asLong()));
            } else {
                assertThat(property.path("defaultValue").asText()).as(option.getKey())
                        .isEqualTo(catalog.path("defaultValue").asText());
            }
        });
    }

    /**
     * An option with closed values has the component's enum as its type, whose constants IDEs offer and whose
     * spellings are the catalog's values; no hint lists them a second time.
     */
    @Test
    void closedValuesComeFromTheComponentsEnums() throws ClassNotFoundException {
        List<String> closed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> option : catalogOptions.properties()) {
            if (!option.getValue().has("enum")) {
                continue;
            }
            closed.add(option.getKey());
            JsonNode property = properties.get(property(option.getKey()));
            assertThat(property.path("type").asText()).as(option.getKey())
                    .isEqualTo(option.getValue().path("javaType").asText());
            Class<?> type = Class.forName(property.path("type").asText());
            assertThat(type.isEnum()).as(option.getKey()).isTrue();
            List<String> values = new ArrayList<>();
            option.getValue().path("enum").forEach(value -> values.add(value.asText()));
            assertThat(Stream.of(type.getEnumConstants()).map(Object::toString)).as(option.getKey())
                    .containsExactlyElementsOf(values);
            assertThat(hints).as(option.getKey()).doesNotContainKey(property(option.getKey()));
        }
        assertThat(closed).containsExactlyInAnyOrder("authMode", "outputType", "toolErrorPolicy", "thinkingLevel",
                "functionCallingMode", "mediaResolution", "imageSize", "taskType");
    }

    /** camel.component.gemini. plus the option in kebab case: apiKey becomes api-key. */
    static String property(String option) {
        return GeminiComponentConfiguration.PREFIX + "." + option.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static Map<String, JsonNode> byName(JsonNode entries) {
        Map<String, JsonNode> byName = new HashMap<>();
        entries.forEach(entry -> byName.put(entry.path("name").asText(), entry));
        return byName;
    }

    /** The resource from this module's classes or the component's jar (other jars have a metadata file too). */
    private static JsonNode json(String resource) throws IOException {
        for (URL url : Collections.list(GeminiConfigurationMetadataTest.class.getClassLoader().getResources(resource))) {
            if (url.getPath().contains("camel-cometapi-gemini")) {
                try (InputStream in = url.openStream()) {
                    return new ObjectMapper().readTree(in);
                }
            }
        }
        throw new AssertionError(resource + " not found in camel-cometapi-gemini's classes");
    }
}
