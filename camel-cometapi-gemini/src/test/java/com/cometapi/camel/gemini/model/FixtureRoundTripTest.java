package com.cometapi.camel.gemini.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.cometapi.camel.gemini.test.RealFixtures;
import com.cometapi.camel.gemini.test.RequiresRealFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parses every recorded Gemini response and error body with a plain {@link ObjectMapper} and checks that writing the
 * model back gives the same JSON tree (lossless model).
 */
@RequiresRealFixtures
class FixtureRoundTripTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The JSON object in the text, or null when the text is not a JSON object. */
    static JsonNode objectOrNull(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    static boolean looksLikeResponse(JsonNode node) {
        return node.isObject() && (node.has("candidates") || node.has("promptFeedback") || node.has("usageMetadata"));
    }

    static boolean looksLikeError(JsonNode node) {
        return node.isObject() && node.path("error").isObject();
    }

    static boolean looksLikeRequest(JsonNode node) {
        return node.isObject() && node.path("contents").isArray();
    }

    @TestFactory
    Stream<DynamicTest> topLevelResponsesRoundTrip() {
        Path dir = RealFixtures.dir();
        return RealFixtures.files(".json").stream()
                .filter(file -> {
                    JsonNode node = objectOrNull(RealFixtures.read(file));
                    return node != null && looksLikeResponse(node);
                })
                .map(file -> DynamicTest.dynamicTest(dir.relativize(file).toString(), file.toUri(),
                        () -> assertRoundTrip(RealFixtures.read(file), GenerateContentResponse.class, file.toString())));
    }

    @TestFactory
    Stream<DynamicTest> errorBodiesRoundTrip() {
        Path dir = RealFixtures.dir();
        return RealFixtures.files(".json").stream()
                .filter(file -> {
                    JsonNode node = objectOrNull(RealFixtures.read(file));
                    return node != null && looksLikeError(node);
                })
                .map(file -> DynamicTest.dynamicTest(dir.relativize(file).toString(), file.toUri(), () -> {
                    ErrorResponse parsed = assertRoundTrip(RealFixtures.read(file), ErrorResponse.class, file.toString());
                    assertThat(parsed.getError()).isNotNull();
                }));
    }

    /**
     * Stand-alone OpenAPI schema documents (an upper-case {@code type} such as {@code OBJECT} and {@code properties} at
     * the top level) round-trip as {@link Schema}. JSON Schema documents (lower-case types, type arrays) belong in the
     * {@code Object}-typed {@code *JsonSchema} fields instead.
     */
    @TestFactory
    Stream<DynamicTest> schemaDocumentsRoundTrip() {
        Path dir = RealFixtures.dir();
        return RealFixtures.files(".json").stream()
                .filter(file -> {
                    JsonNode node = objectOrNull(RealFixtures.read(file));
                    return node != null && node.path("type").isTextual() && node.path("properties").isObject()
                            && node.path("type").asText().matches("[A-Z_]+");
                })
                .map(file -> DynamicTest.dynamicTest(dir.relativize(file).toString(), file.toUri(),
                        () -> assertRoundTrip(RealFixtures.read(file), Schema.class, file.toString())));
    }

    /**
     * Recordings (SDK test recordings, HTTP cassettes, captured live calls) hold responses, requests and errors nested
     * inside other structures, sometimes as JSON text or SSE text. Every nested object that looks like one of them is
     * round-tripped through its model class.
     */
    @TestFactory
    Stream<DynamicTest> nestedObjectsInRecordingsRoundTrip() {
        Path dir = RealFixtures.dir();
        return RealFixtures.files(".json").stream()
                .map(file -> {
                    JsonNode root = objectOrNull(RealFixtures.read(file));
                    List<Nested> found = new ArrayList<>();
                    if (root != null && !looksLikeResponse(root) && !looksLikeError(root)) {
                        collect(root, "$", found);
                    }
                    return Map.entry(file, found);
                })
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> DynamicTest.dynamicTest(
                        dir.relativize(entry.getKey()) + " (" + entry.getValue().size() + " nested objects)",
                        entry.getKey().toUri(), () -> {
                            for (Nested nested : entry.getValue()) {
                                assertRoundTrip(MAPPER.writeValueAsString(nested.node), nested.type,
                                        entry.getKey() + " at " + nested.path);
                            }
                        }));
    }

    /** Every event of the recorded streams ({@code .txt} SSE transcripts, {@code .sse}, one-JSON-per-line chunks). */
    @TestFactory
    Stream<DynamicTest> streamEventsRoundTrip() {
        Path dir = RealFixtures.dir();
        return RealFixtures.files(".txt", ".sse").stream()
                .map(file -> Map.entry(file, streamEvents(RealFixtures.read(file))))
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> DynamicTest.dynamicTest(
                        dir.relativize(entry.getKey()) + " (" + entry.getValue().size() + " events)",
                        entry.getKey().toUri(), () -> {
                            int index = 0;
                            for (JsonNode event : entry.getValue()) {
                                Class<?> type = looksLikeError(event) ? ErrorResponse.class : GenerateContentResponse.class;
                                assertRoundTrip(MAPPER.writeValueAsString(event), type,
                                        entry.getKey() + " event " + index++);
                            }
                        }));
    }

    /** Parses the text as a model object, writes it back and checks that the JSON tree is unchanged. */
    static <T> T assertRoundTrip(String json, Class<T> type, String where) throws IOException {
        JsonNode original = MAPPER.readTree(json);
        T parsed = MAPPER.readValue(json, type);
        JsonNode written = MAPPER.valueToTree(parsed);
        assertThat(firstDifference(original, written, "$")).as("round trip of %s as %s", where, type.getSimpleName())
                .isNull();
        assertThat(written.equals(original)).as("round trip of %s", where).isTrue();
        return parsed;
    }

    /** Where two trees first differ (path, node types and values), or null when they are equal. */
    static String firstDifference(JsonNode expected, JsonNode actual, String path) {
        if (expected.equals(actual)) {
            return null;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!actual.has(field.getKey())) {
                    return path + "." + field.getKey() + " missing after round trip";
                }
                String difference = firstDifference(field.getValue(), actual.get(field.getKey()),
                        path + "." + field.getKey());
                if (difference != null) {
                    return difference;
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!expected.has(name)) {
                    return path + "." + name + " added by round trip: " + abbreviate(actual.get(name));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                String difference = firstDifference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
        }
        return path + ": expected " + expected.getNodeType() + "/" + expected.getClass().getSimpleName() + " "
                + abbreviate(expected) + " but was " + actual.getNodeType() + "/" + actual.getClass().getSimpleName()
                + " " + abbreviate(actual);
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    record Nested(String path, JsonNode node, Class<?> type) {
    }

    static void collect(JsonNode node, String path, List<Nested> found) {
        if (node.isObject()) {
            if (looksLikeResponse(node)) {
                found.add(new Nested(path, node, GenerateContentResponse.class));
                return;
            }
            if (looksLikeError(node)) {
                found.add(new Nested(path, node, ErrorResponse.class));
                return;
            }
            if (looksLikeRequest(node)) {
                found.add(new Nested(path, node, GenerateContentRequest.class));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(field.getValue(), path + "." + field.getKey(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isTextual()) {
            String text = node.asText().trim();
            JsonNode embedded = text.startsWith("{") ? objectOrNull(text) : null;
            if (embedded != null) {
                collect(embedded, path + "<json>", found);
            } else if (text.startsWith("data:")) {
                List<JsonNode> events = streamEvents(text);
                for (int i = 0; i < events.size(); i++) {
                    collect(events.get(i), path + "<event " + i + ">", found);
                }
            }
        }
    }

    /**
     * The JSON objects of an SSE transcript (events separated by blank lines, {@code data:} lines joined), or of a
     * text with one JSON object per line when it has no {@code data:} line. Text that is not a JSON object (edited
     * invalid events, comments) is left out.
     */
    static List<JsonNode> streamEvents(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        List<JsonNode> events = new ArrayList<>();
        boolean sse = normalized.startsWith("data:") || normalized.contains("\ndata:");
        if (!sse) {
            for (String line : normalized.split("\n")) {
                JsonNode node = line.trim().startsWith("{") ? objectOrNull(line) : null;
                if (node != null) {
                    events.add(node);
                }
            }
            return events;
        }
        for (String block : normalized.split("\n\n")) {
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
                }
            }
            JsonNode node = data.length() > 0 ? objectOrNull(data.toString()) : null;
            if (node != null) {
                events.add(node);
            }
        }
        return events;
    }
}
