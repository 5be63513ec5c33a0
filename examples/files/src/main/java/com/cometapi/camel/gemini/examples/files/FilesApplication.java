package com.cometapi.camel.gemini.examples.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.RealOrMock;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Drops two sample documents (a PNG receipt and a PDF invoice) into the inbox watched by {@link InvoiceRoutes}, waits
 * until the route has written their JSON to the outbox, prints it, and stops.
 * <p>
 * The inbox and outbox are fresh folders in a temporary directory, removed at the end; environment variables
 * {@code INBOX} and {@code OUTBOX} choose others, which stay. With {@code COMETAPI_KEY} set it calls the real Gemini
 * API through CometAPI; without it, it starts the offline {@link MockGeminiServer}, which answers with sample JSON of
 * the schema's shape.
 */
public final class FilesApplication {

    /** The sample documents, in src/main/resources/samples. */
    static final List<String> SAMPLES = List.of("receipt.png", "invoice.pdf");
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    /** One document's result: the file dropped into the inbox and the JSON written for it. */
    public record Extraction(String source, Path jsonFile, String json) {
    }

    private FilesApplication() {
    }

    public static void main(String[] args) throws Exception {
        RealOrMock.run(System.out, "it does not read the files: it answers sample JSON of the schema's shape",
                mock -> { }, (baseUrl, apiKey) -> run(baseUrl, apiKey, System.out));
    }

    /**
     * {@link #run(String, String, Path, Path, PrintStream)} with the inbox and outbox from {@code INBOX} /
     * {@code OUTBOX}, else new folders in a temporary directory, which is removed when the run ends (the JSON has been
     * printed by then; set both variables to keep the files).
     */
    public static List<Extraction> run(String baseUrl, String apiKey, PrintStream out) throws Exception {
        return run(baseUrl, apiKey, out, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** As {@link #run(String, String, PrintStream)}, with the temporary directory made under {@code tempRoot}. */
    static List<Extraction> run(String baseUrl, String apiKey, PrintStream out, Path tempRoot) throws Exception {
        Path inbox = folder("INBOX");
        Path outbox = folder("OUTBOX");
        if (inbox != null && outbox != null) {
            return run(baseUrl, apiKey, inbox, outbox, out);
        }
        Path work = Files.createTempDirectory(tempRoot, "gemini-invoices-");
        try {
            return run(baseUrl, apiKey, inbox != null ? inbox : work.resolve("inbox"),
                    outbox != null ? outbox : work.resolve("outbox"), out);
        } finally {
            deleteRecursively(work);
            out.println();
            out.println("Removed the temporary folder " + work + " (set INBOX and OUTBOX to keep the files).");
            out.flush();
        }
    }

    /**
     * Starts Camel with the invoice route, copies the samples into the inbox, waits for their JSON in the outbox,
     * prints it, stops Camel.
     *
     * @param baseUrl where Gemini is, or null for the component's default (CometAPI)
     * @param apiKey  the key, or null to let the component read COMETAPI_KEY / GEMINI_API_KEY
     * @param inbox   the folder the route watches (created if missing)
     * @param outbox  where the route writes the JSON (created if missing)
     * @param out     where to print
     */
    public static List<Extraction> run(String baseUrl, String apiKey, Path inbox, Path outbox, PrintStream out)
            throws Exception {
        Files.createDirectories(inbox);
        Files.createDirectories(outbox);
        try (CamelContext camel = new DefaultCamelContext()) {
            GeminiComponent gemini = camel.getComponent("gemini", GeminiComponent.class);
            if (baseUrl != null) {
                gemini.getConfiguration().setBaseUrl(baseUrl);
            }
            if (apiKey != null) {
                gemini.getConfiguration().setApiKey(apiKey);
            }
            camel.addRoutes(new InvoiceRoutes(inbox, outbox, out));
            camel.start();

            out.println();
            out.println("Inbox  : " + inbox.toAbsolutePath());
            out.println("Outbox : " + outbox.toAbsolutePath());
            for (String sample : SAMPLES) {
                Files.deleteIfExists(jsonFor(sample, outbox)); // left from an earlier run
                drop(sample, inbox);
                out.println("Dropped " + sample);
            }
            out.flush();

            List<Extraction> extractions = new ArrayList<>();
            for (String sample : SAMPLES) {
                Path json = jsonFor(sample, outbox);
                awaitFile(json, sample);
                extractions.add(new Extraction(sample, json, Files.readString(json, StandardCharsets.UTF_8)));
            }
            for (Extraction extraction : extractions) {
                out.println();
                out.println("== " + extraction.source() + " -> " + extraction.jsonFile().getFileName());
                out.println(extraction.json());
            }
            return extractions;
        }
    }

    /**
     * Copies a sample into the inbox under a hidden name, then renames it: the file consumer skips names starting
     * with a dot, so it never reads a half-written file.
     */
    private static void drop(String sample, Path inbox) throws IOException {
        Path hidden = inbox.resolve("." + sample + ".part");
        try (InputStream in = FilesApplication.class.getResourceAsStream("/samples/" + sample)) {
            if (in == null) {
                throw new IllegalStateException("Sample " + sample + " is missing from the classpath");
            }
            Files.copy(in, hidden, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(hidden, inbox.resolve(sample), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Waits for a file the route writes (it writes under a temporary name, then renames: present means complete). */
    private static void awaitFile(Path file, String sample) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No " + file + " after " + TIMEOUT.toSeconds() + "s; " + sample
                                                + " may be in the inbox's .failed folder (see the log)");
            }
            Thread.sleep(100);
        }
    }

    /** Where the route writes a document's JSON: its name with .json instead of its extension. */
    private static Path jsonFor(String sample, Path outbox) {
        return outbox.resolve(sample.substring(0, sample.lastIndexOf('.')) + ".json");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Path folder(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? null : Path.of(value.trim());
    }
}
