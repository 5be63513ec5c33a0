package com.cometapi.camel.gemini;

import java.util.Map;

import com.cometapi.camel.gemini.model.GeminiJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JsonPropertySorter;

/**
 * The JSON Schema of an {@code outputClass}, in the subset Gemini's {@code responseJsonSchema} takes: {@code type},
 * {@code properties} in declaration order (or {@code @JsonPropertyOrder}), {@code required} from
 * {@code @JsonProperty(required = true)}, {@code items}, {@code enum} (also for a single value, never {@code const}),
 * {@code additionalProperties} for maps, {@code format}, and {@code description} from
 * {@code @JsonPropertyDescription} / {@code @JsonClassDescription} (a property's own description wins over its
 * class's); no {@code $schema}, no {@code allOf}. Everything is inlined, except for a class that refers to itself:
 * then the cycle goes through {@code $defs} and {@code $ref} (a {@code "#"} for the class itself), and a {@code $ref}
 * that has keywords beside it (a description) is wrapped in a one-element {@code anyOf}, since Gemini takes no other
 * keyword next to a {@code $ref}.
 */
final class OutputSchema {

    private static final String REF = "$ref";
    private static final String ALL_OF = "allOf";

    /** Thread-safe once built. */
    private static final SchemaGenerator INLINED =
            new SchemaGenerator(config().with(Option.INLINE_ALL_SCHEMAS).build());
    private static final SchemaGenerator WITH_DEFINITIONS = new SchemaGenerator(config().build());

    private OutputSchema() {
    }

    /** The schema of the class, as sent in {@code generationConfig.responseJsonSchema}. */
    static ObjectNode of(Class<?> type) {
        ObjectNode schema;
        try {
            schema = INLINED.generateSchema(type);
        } catch (IllegalArgumentException circular) {
            // the generator cannot inline a class that refers to itself (directly or through another class)
            schema = WITH_DEFINITIONS.generateSchema(type);
        }
        mergeAllOf(schema);
        wrapReferencesWithSiblings(schema);
        return schema;
    }

    private static SchemaGeneratorConfigBuilder config() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(GeminiJson.MAPPER,
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .without(Option.SCHEMA_VERSION_INDICATOR)
                .with(Option.FLATTENED_ENUMS, Option.ENUM_KEYWORD_FOR_SINGLE_VALUES,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.PLAIN_DEFINITION_KEYS)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY));
        // declaration order (the order Gemini writes the properties in), unless @JsonPropertyOrder says otherwise
        builder.forTypesInGeneral().withPropertySorter(new JsonPropertySorter(false));
        return builder;
    }

    /**
     * Gemini takes no {@code allOf}; the generator writes one for a property whose own description differs from its
     * class's ({@code [{class schema}, {"description": ...}]}). Its parts are merged into the node, a later part's
     * keyword winning, objects (such as {@code properties}) merged keyword by keyword.
     */
    private static void mergeAllOf(JsonNode node) {
        if (node instanceof ObjectNode object && object.get(ALL_OF) instanceof ArrayNode parts) {
            object.remove(ALL_OF);
            for (JsonNode part : parts) {
                if (part instanceof ObjectNode partObject) {
                    merge(object, partObject);
                }
            }
        }
        for (JsonNode child : node) {
            mergeAllOf(child);
        }
    }

    private static void merge(ObjectNode target, ObjectNode source) {
        for (Map.Entry<String, JsonNode> keyword : source.properties()) {
            JsonNode existing = target.get(keyword.getKey());
            if (existing instanceof ObjectNode existingObject && keyword.getValue() instanceof ObjectNode value) {
                merge(existingObject, value);
            } else {
                target.set(keyword.getKey(), keyword.getValue());
            }
        }
    }

    /** {@code {"$ref": R, "description": D}} becomes {@code {"anyOf": [{"$ref": R}], "description": D}}. */
    private static void wrapReferencesWithSiblings(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has(REF) && hasNonDollarKeyword(object)) {
                ObjectNode reference = object.objectNode().set(REF, object.remove(REF));
                object.putArray("anyOf").add(reference);
            }
        }
        for (JsonNode child : node) {
            wrapReferencesWithSiblings(child);
        }
    }

    private static boolean hasNonDollarKeyword(ObjectNode object) {
        return object.properties().stream().anyMatch(property -> !property.getKey().startsWith("$"));
    }
}
