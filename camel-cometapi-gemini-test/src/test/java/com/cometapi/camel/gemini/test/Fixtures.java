package com.cometapi.camel.gemini.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Real Gemini recordings, read in place from {@code -Dgemini.fixtures.dir}; tests using them skip without it. */
final class Fixtures {

    private Fixtures() {
    }

    static Path file(String relative) {
        String dir = System.getProperty("gemini.fixtures.dir");
        assumeTrue(dir != null && !dir.isBlank(), "gemini.fixtures.dir is not set: skipping the real-fixture check");
        Path file = Path.of(dir).resolve(relative);
        assumeTrue(Files.isRegularFile(file), "fixture " + file + " is absent: skipping the real-fixture check");
        return file;
    }

    /** Every field path of a JSON tree, array positions collapsed: {@code candidates[].content.parts[].text}. */
    static Set<String> paths(JsonNode node) {
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
