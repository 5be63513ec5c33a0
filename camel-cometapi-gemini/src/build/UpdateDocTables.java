import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Build step: writes the options and headers tables of the component docs from the catalog JSON that
 * camel-package-maven-plugin generates, between the START/END markers of each table. Run by the component's pom
 * (exec-maven-plugin, process-classes) as a single-file program:
 * {@code java -cp <jackson> UpdateDocTables.java <catalog.json> <marker prefix, or - for none> <docs file>...}: the
 * tables go between {@code <!-- PREFIXcomponent-options: START -->} and its END marker, and likewise for
 * {@code endpoint-options} and (when the catalog has headers) {@code headers}.
 */
public final class UpdateDocTables {

    private UpdateDocTables() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode catalog = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        String prefix = args[1].equals("-") ? "" : args[1];
        if (args.length < 3) {
            throw new IllegalArgumentException("Usage: UpdateDocTables <catalog.json> <marker prefix, or -> <docs file>...");
        }
        Map<String, String> tables = new java.util.LinkedHashMap<>();
        tables.put(prefix + "component-options", options(catalog.path("componentProperties")));
        tables.put(prefix + "endpoint-options", options(catalog.path("properties")));
        if (!catalog.path("headers").isEmpty()) {
            tables.put(prefix + "headers", headers(catalog.path("headers")));
        }
        for (int i = 2; i < args.length; i++) {
            Path doc = Path.of(args[i]);
            String text = Files.readString(doc);
            String updated = text;
            for (Map.Entry<String, String> table : tables.entrySet()) {
                updated = replaceBetweenMarkers(updated, table.getKey(), table.getValue(), doc);
            }
            if (!updated.equals(text)) {
                Files.writeString(doc, updated);
                System.out.println("Updated the options and headers tables in " + doc);
            }
        }
    }

    private static String replaceBetweenMarkers(String text, String name, String table, Path doc) {
        String start = "<!-- " + name + ": START -->";
        String end = "<!-- " + name + ": END -->";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(doc + " lacks the markers " + start + " ... " + end);
        }
        return text.substring(0, from + start.length()) + "\n" + table + text.substring(to);
    }

    private static String options(JsonNode properties) {
        StringBuilder table = new StringBuilder(
                "| Name | Description | Default | Type |\n|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode option = entry.getValue();
            String description = option.path("description").asText();
            if (option.has("enum")) {
                StringBuilder values = new StringBuilder();
                option.get("enum").forEach(v -> values.append(values.length() == 0 ? "" : ", ").append(v.asText()));
                description += " Values: " + values + ".";
            }
            if (option.path("secret").asBoolean()) {
                description += " (secret)";
            }
            table.append("| `").append(entry.getKey()).append("` | ")
                    .append(cell(description)).append(" | ")
                    .append(option.has("defaultValue") ? "`" + cell(option.get("defaultValue").asText()) + "`" : "")
                    .append(" | ").append(cell(type(option))).append(" |\n");
        }
        return table.toString();
    }

    private static String headers(JsonNode headers) {
        StringBuilder table = new StringBuilder("| Name | Description | Type |\n|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode header = entry.getValue();
            table.append("| `").append(entry.getKey()).append("` | ")
                    .append(cell(header.path("description").asText())).append(" | `")
                    .append(cell(header.path("javaType").asText())).append("` |\n");
        }
        return table.toString();
    }

    private static String type(JsonNode option) {
        String type = option.path("type").asText();
        return "duration".equals(type) ? "duration (ms or 10s, 2m)" : type;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
