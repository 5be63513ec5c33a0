package com.cometapi.camel.gemini.examples.files;

import java.io.PrintStream;
import java.nio.file.Path;

import com.cometapi.camel.gemini.GeminiConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * One route: the {@code file} consumer picks up every image or PDF dropped into the inbox; {@code gemini:generate}
 * sends the file as an {@code inlineData} part (MIME type from the file name) with the prompt, and the response
 * schema makes the answer JSON of that shape; the JSON is written to the outbox as {@code <name>.json}. Processed
 * files move to {@code .done} in the inbox, failed ones to {@code .failed}.
 */
public class InvoiceRoutes extends RouteBuilder {

    static final String MODEL = "gemini-2.5-flash";
    static final String PROMPT = "Extract the invoice fields";

    private final Path inbox;
    private final Path outbox;
    private final PrintStream out;

    public InvoiceRoutes(Path inbox, Path outbox, PrintStream out) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.out = out;
    }

    @Override
    public void configure() {
        // snippet:files-invoice-route
        from("file:" + inbox.toAbsolutePath() + "?includeExt=png,jpg,jpeg,webp,pdf&move=.done&moveFailed=.failed")
                .routeId("invoices")
                .to("gemini:generate?model=" + MODEL + "&prompt=" + PROMPT + "&outputType=text"
                    + "&responseSchema=resource:classpath:invoice-schema.json")
                .setHeader(Exchange.FILE_NAME, simple("${file:onlyname.noext}.json"))
                .to("file:" + outbox.toAbsolutePath() + "?tempPrefix=.writing-")
                .process(this::report);
        // end-snippet:files-invoice-route
    }

    /** One line per file, once its JSON is in the outbox. */
    private void report(Exchange exchange) {
        out.println("Extracted " + exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class) + " -> "
                    + exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED, String.class) + " ("
                    + exchange.getMessage().getHeader(GeminiConstants.TOTAL_TOKEN_COUNT) + " tokens)");
        out.flush();
    }
}
