import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Build step: writes the property table of docs/spring-boot.md from the META-INF/spring-configuration-metadata.json
 * that spring-boot-configuration-processor generated, between the markers
 * {@code <!-- spring-boot-properties: START -->} and {@code <!-- spring-boot-properties: END -->}. Run by the starter's
 * pom (exec-maven-plugin, process-classes) as a single-file program:
 * {@code java -cp <jackson, the component> UpdatePropertyTable.java <spring-configuration-metadata.json> <docs file>}.
 * The closed values of a property come from its enum type (each constant as Camel's catalog spells it, its
 * {@code toString()}), else from the metadata's hints.
 */
public final class UpdatePropertyTable {

    private static final String START = "<!-- spring-boot-properties: START -->";
    private static final String END = "<!-- spring-boot-properties: END -->";

    private UpdatePropertyTable() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode metadata = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Path doc = Path.of(args[1]);
        String text = Files.readString(doc);
        int from = text.indexOf(START);
        int to = text.indexOf(END);
        if (from < 0 || to < from) {
            throw new IllegalStateException(doc + " lacks the markers " + START + " ... " + END);
        }
        String updated = text.substring(0, from + START.length()) + "\n" + table(metadata) + text.substring(to);
        if (!updated.equals(text)) {
            Files.writeString(doc, updated);
            System.out.println("Updated the property table in " + doc);
        }
    }

    private static String table(JsonNode metadata) {
        StringBuilder table = new StringBuilder("| Property | Description | Default | Type |\n|---|---|---|---|\n");
        List<JsonNode> properties = new ArrayList<>();
        metadata.path("properties").forEach(properties::add);
        properties.sort((a, b) -> a.path("name").asText().compareTo(b.path("name").asText()));
        for (JsonNode property : properties) {
            String name = property.path("name").asText();
            String description = property.path("description").asText();
            Class<?> enumType = enumType(property.path("type").asText());
            if (!description.contains("Values:")) {
                description += enumType != null ? values(enumType) : values(metadata, name);
            }
            table.append("| `").append(name).append("` | ")
                    .append(cell(description)).append(" | ")
                    .append(property.has("defaultValue") ? "`" + cell(property.get("defaultValue").asText()) + "`" : "")
                    .append(" | ").append(enumType != null ? "enum" : cell(type(property.path("type").asText())))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** The type, when it is an enum; else null (a generic type such as a List is not a class name). */
    private static Class<?> enumType(String javaType) {
        try {
            Class<?> type = Class.forName(javaType, false, UpdatePropertyTable.class.getClassLoader());
            return type.isEnum() ? type : null;
        } catch (ClassNotFoundException e) {
            if (javaType.startsWith("com.cometapi.")) {
                throw new IllegalStateException(javaType + " is not on the class path; run with the component's classes",
                        e);
            }
            return null;
        }
    }

    /** The constants of an enum type, as the component's catalog lists them. */
    private static String values(Class<?> enumType) {
        List<String> values = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            values.add(constant.toString());
        }
        return " Values: " + String.join(", ", values) + ".";
    }

    /** The closed values from the metadata's hints, unless the description already lists them. */
    private static String values(JsonNode metadata, String name) {
        for (JsonNode hint : metadata.path("hints")) {
            if (hint.path("name").asText().equals(name)) {
                List<String> values = new ArrayList<>();
                hint.path("values").forEach(v -> values.add(v.path("value").asText()));
                return " Values: " + String.join(", ", values) + ".";
            }
        }
        return "";
    }

    private static String type(String javaType) {
        return switch (javaType) {
            case "java.time.Duration" -> "duration (ms, or 500ms, 10s, 2m)";
            case "java.util.List<java.lang.String>" -> "list (comma-separated)";
            case "java.lang.String" -> "string";
            case "java.lang.Boolean", "boolean" -> "boolean";
            case "java.lang.Integer", "int" -> "integer";
            case "java.lang.Double", "double" -> "number";
            default -> "bean reference (`#bean:name`) to `" + javaType + "`";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
