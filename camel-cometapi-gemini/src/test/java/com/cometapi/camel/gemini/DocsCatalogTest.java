package com.cometapi.camel.gemini;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component reference in docs/ lists every option and header of the catalog JSON, each in its generated
 * table: fails when the docs and the catalog disagree.
 */
class DocsCatalogTest {

    private static final Path DOCS = Path.of("..", "docs", "gemini-component.md");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "META-INF/com/cometapi/camel/gemini/gemini.json,componentProperties,component-options",
                 "META-INF/com/cometapi/camel/gemini/gemini.json,properties,endpoint-options",
                 "META-INF/com/cometapi/camel/gemini/gemini.json,headers,headers",
                 "META-INF/com/cometapi/camel/gemini/tool/gemini-tool.json,componentProperties,gemini-tool-component-options",
                 "META-INF/com/cometapi/camel/gemini/tool/gemini-tool.json,properties,gemini-tool-endpoint-options" })
    void everyCatalogEntryIsInItsDocsTable(String catalog, String section, String marker) throws IOException {
        JsonNode entries;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(catalog)) {
            entries = new ObjectMapper().readTree(in).path(section);
        }
        String docs = Files.readString(DOCS);
        String start = "<!-- " + marker + ": START -->";
        String end = "<!-- " + marker + ": END -->";
        assertThat(docs).contains(start, end);
        String table = docs.substring(docs.indexOf(start), docs.indexOf(end));

        assertThat(entries.size()).isPositive();
        for (Iterator<String> names = entries.fieldNames(); names.hasNext();) {
            String name = names.next();
            String description = entries.get(name).path("description").asText();
            assertThat(table).as(name).contains("| `" + name + "` | ");
            assertThat(table).as(name + " description").contains(description.replace("|", "\\|").substring(0,
                    Math.min(40, description.length())));
        }
    }
}
