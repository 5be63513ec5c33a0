package com.cometapi.camel.gemini.test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** The shape of a JSON tree as the set of its field paths, to compare the mock's answers with real ones. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** Every field path of a JSON tree, array positions collapsed: {@code candidates[].content.parts[].text}. */
    static Set<String> of(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, Set<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                paths.add(path);
                collect(field.getValue(), path, paths);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, prefix + "[]", paths);
            }
        }
    }
}
