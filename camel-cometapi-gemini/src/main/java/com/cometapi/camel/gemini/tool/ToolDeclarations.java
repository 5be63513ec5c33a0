package com.cometapi.camel.gemini.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.cometapi.camel.gemini.model.FunctionDeclaration;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.Schema;
import com.cometapi.camel.gemini.request.OptionChecks;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Builds a tool's {@link FunctionDeclaration} from its endpoint options: a JSON Schema, or {@code parameter.ARG=TYPE}
 * options with {@code .description}, {@code .required} and {@code .enum}.
 */
final class ToolDeclarations {

    private static final Set<String> TYPES = Set.of("STRING", "INTEGER", "NUMBER", "BOOLEAN", "OBJECT", "ARRAY");
    private static final Set<String> ATTRIBUTES = Set.of("description", "required", "enum");

    private ToolDeclarations() {
    }

    static FunctionDeclaration declaration(String name, String description, String jsonSchema,
                                           Map<String, Object> parameters) {
        FunctionDeclaration declaration = new FunctionDeclaration().setName(name).setDescription(description);
        boolean hasParameters = parameters != null && !parameters.isEmpty();
        if (jsonSchema != null && hasParameters) {
            throw new IllegalArgumentException("gemini-tool:" + name + " has both parameters= and parameter.* options;"
                                               + " use one of them");
        }
        if (jsonSchema != null) {
            try {
                declaration.setParametersJsonSchema(GeminiJson.MAPPER.readValue(jsonSchema, Object.class));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("gemini-tool:" + name + " parameters is not valid JSON ("
                                                   + e.getOriginalMessage() + ")", e);
            }
        } else if (hasParameters) {
            declaration.setParameters(schema(name, parameters));
        }
        return declaration;
    }

    private static Schema schema(String tool, Map<String, Object> options) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        Map<String, Object> sorted = new TreeMap<>(options);
        for (Map.Entry<String, Object> option : sorted.entrySet()) {
            String key = option.getKey();
            if (key.contains(".")) {
                String attribute = key.substring(key.lastIndexOf('.') + 1);
                String argument = key.substring(0, key.lastIndexOf('.'));
                if (!ATTRIBUTES.contains(attribute) || !options.containsKey(argument)) {
                    throw new IllegalArgumentException("gemini-tool:" + tool + " option parameter." + key
                                                       + " is unknown; use parameter.ARG=TYPE and parameter.ARG."
                                                       + "description / .required / .enum");
                }
                continue;
            }
            String type = String.valueOf(option.getValue()).trim().toUpperCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                throw new IllegalArgumentException("gemini-tool:" + tool + " parameter." + key + "=" + option.getValue()
                                                   + " is not a type; use string, integer, number, boolean, object or"
                                                   + " array");
            }
            Schema property = new Schema().setType(type);
            Object description = options.get(key + ".description");
            if (description != null) {
                property.setDescription(String.valueOf(description));
            }
            List<String> values = OptionChecks.commaList(options.containsKey(key + ".enum")
                    ? String.valueOf(options.get(key + ".enum")) : null);
            if (values != null) {
                property.setEnumValues(values);
            }
            if ("ARRAY".equals(type)) {
                property.setItems(new Schema().setType("STRING"));
            }
            properties.put(key, property);
            if (!"false".equalsIgnoreCase(String.valueOf(options.getOrDefault(key + ".required", "true")))) {
                required.add(key);
            }
        }
        return new Schema().setType("OBJECT").setProperties(properties).setRequired(required.isEmpty() ? null : required);
    }
}
