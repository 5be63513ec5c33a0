package com.cometapi.camel.gemini.examples.files;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.cometapi.camel.gemini.examples.files.FilesApplication.Extraction;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the files example against the mock, always (an explicit key and base URL win over COMETAPI_KEY), with its
 * inbox and outbox in a temporary folder.
 */
class FilesApplicationTest {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private List<Extraction> run() throws Exception {
        return FilesApplication.run(gemini.baseUrl(), "test-key", dir.resolve("inbox"), dir.resolve("outbox"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesValidJsonOfTheSchemasShapeForEachDocument() throws Exception {
        List<Extraction> extractions = run();

        assertThat(extractions).extracting(Extraction::source).containsExactly("receipt.png", "invoice.pdf");
        assertThat(dir.resolve("outbox")).isDirectoryContaining("glob:**/receipt.json")
                .isDirectoryContaining("glob:**/invoice.json");
        ObjectMapper mapper = new ObjectMapper();
        for (Extraction extraction : extractions) {
            JsonNode json = mapper.readTree(Files.readString(extraction.jsonFile()));
            assertThat(json.isObject()).isTrue();
            assertThat(json.path("vendor").isTextual()).isTrue();
            assertThat(json.path("date").isTextual()).isTrue();
            assertThat(json.path("total").isNumber()).isTrue();
            assertThat(json.path("currency").isTextual()).isTrue();
        }
        assertThat(dir.resolve("inbox/.done")).isDirectoryContaining("glob:**/receipt.png")
                .isDirectoryContaining("glob:**/invoice.pdf");
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("Extracted receipt.png -> ", "Extracted invoice.pdf -> ",
                "== receipt.png -> receipt.json", "== invoice.pdf -> invoice.json",
                extractions.get(0).json(), extractions.get(1).json());
    }

    @Test
    void eachRequestCarriesTheFileInlineWithItsMimeTypeThePromptAndTheSchema() throws Exception {
        run();

        List<RecordedRequest> requests = gemini.requests();
        assertThat(requests).hasSize(2);
        Map<String, JsonNode> partsByMimeType = requests.stream()
                .map(request -> request.bodyJson().at("/contents/0/parts"))
                .collect(Collectors.toMap(parts -> parts.at("/0/inlineData/mimeType").asText(), parts -> parts));
        assertThat(partsByMimeType).containsOnlyKeys("image/png", "application/pdf");
        assertThat(partsByMimeType.get("image/png").at("/0/inlineData/data").asText()).isEqualTo(base64("receipt.png"));
        assertThat(partsByMimeType.get("application/pdf").at("/0/inlineData/data").asText())
                .isEqualTo(base64("invoice.pdf"));
        for (RecordedRequest request : requests) {
            assertThat(request.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
            JsonNode parts = request.bodyJson().at("/contents/0/parts");
            assertThat(parts).hasSize(2);
            assertThat(parts.at("/1/text").asText()).isEqualTo(InvoiceRoutes.PROMPT);
            JsonNode generation = request.bodyJson().path("generationConfig");
            assertThat(generation.path("responseMimeType").asText()).isEqualTo("application/json");
            assertThat(generation.at("/responseSchema/type").asText()).isEqualTo("OBJECT");
            assertThat(generation.at("/responseSchema/properties").fieldNames()).toIterable()
                    .containsExactly("vendor", "invoiceNumber", "date", "total", "currency");
            assertThat(generation.at("/responseSchema/required")).extracting(JsonNode::asText)
                    .containsExactly("vendor", "date", "total", "currency");
        }
    }

    @Test
    void withoutInboxAndOutboxTheTemporaryFolderIsRemovedAfterTheRun() throws Exception {
        assumeTrue(System.getenv("INBOX") == null && System.getenv("OUTBOX") == null, "INBOX/OUTBOX set here");

        List<Extraction> extractions = FilesApplication.run(gemini.baseUrl(), "test-key",
                new PrintStream(printed, true, StandardCharsets.UTF_8), dir);

        assertThat(extractions).hasSize(2).allSatisfy(extraction -> assertThat(extraction.json()).contains("vendor"));
        assertThat(dir).as("nothing left of the run's temporary folder").isEmptyDirectory();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Inbox  : " + dir.toAbsolutePath(), "Removed the temporary folder " + dir.toAbsolutePath());
    }

    private static String base64(String sample) throws Exception {
        try (InputStream in = FilesApplication.class.getResourceAsStream("/samples/" + sample)) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        }
    }
}
