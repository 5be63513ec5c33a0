package com.cometapi.camel.gemini;

import java.util.concurrent.CompletableFuture;

import com.cometapi.camel.gemini.request.BinaryBodies;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code gemini:upload}: uploads a binary body (byte[], InputStream, File, a Camel file) to the Files API and waits
 * until Gemini has processed it. The body becomes the file's URI; headers {@code CamelGeminiFileUri},
 * {@code CamelGeminiFileName} ({@code files/...}) and {@code CamelGeminiMimeType} name it, so a following
 * {@code gemini:generate} with a text body asks about the file.
 */
public class GeminiUploadProducer extends GeminiProducer {

    public GeminiUploadProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    CompletableFuture<?> run(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        Object body = message.getBody();
        if (!BinaryBodies.isBinary(body)) {
            throw new IllegalArgumentException("gemini:upload takes a binary body: byte[], InputStream, File or a"
                                               + " Camel file, with header " + GeminiConstants.MIME_TYPE + "; found "
                                               + (body == null ? "null" : body.getClass().getName()));
        }
        String mimeType = BinaryBodies.mimeType(message, body);
        byte[] data = BinaryBodies.bytes(exchange, body);
        if (data.length == 0) {
            throw new IllegalArgumentException("The body of gemini:upload is empty; send the file's bytes");
        }
        FileUpload upload = new FileUpload(this, exchange, data, mimeType, displayName(exchange, body));
        return upload.run().thenAccept(file -> {
            answerHeaders(exchange, upload.attempts());
            message.setHeader(GeminiConstants.FILE_URI, file.uri());
            message.setHeader(GeminiConstants.FILE_NAME, file.name());
            message.setHeader(GeminiConstants.MIME_TYPE, file.mimeType());
            message.setBody(file.uri());
        });
    }
}
