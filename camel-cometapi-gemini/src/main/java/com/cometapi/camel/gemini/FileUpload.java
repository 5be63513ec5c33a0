package com.cometapi.camel.gemini;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.http.HttpResult;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;

/**
 * One upload to the Files API with the resumable protocol: a start request names the file and its size and type and
 * gets a session URL back ({@code X-Goog-Upload-URL}); the bytes go there in one {@code upload, finalize} request;
 * then the file is asked for ({@code GET files/{id}}) until its state is {@code ACTIVE}, the waits between the polls
 * on the component's timer (no thread waits). A {@code FAILED} file fails with {@link GeminiFileFailedException}; a
 * file still not ACTIVE after {@code fileProcessingTimeout} with an {@link ExchangeTimedOutException} naming it. Each
 * request is retried like any other call; the whole upload is one {@code upload_file} report.
 */
final class FileUpload {

    /** The first wait before asking for a file that is still processing; it doubles up to {@link #MAX_POLL_DELAY}. */
    static final long FIRST_POLL_DELAY = 200;
    static final long MAX_POLL_DELAY = 5000;

    /**
     * A file Gemini has processed.
     *
     * @param name     its resource name, {@code files/...}
     * @param uri      the URI a fileData part names
     * @param mimeType its MIME type
     */
    record UploadedFile(String name, String uri, String mimeType) {
    }

    private final GeminiProducer producer;
    private final GeminiEndpoint endpoint;
    private final Exchange exchange;
    private final byte[] data;
    private final String mimeType;
    private final String displayName;
    private final CallReport report;
    private String fileName;
    private String fileUri;
    private long processingSince;
    private long pollDelay = FIRST_POLL_DELAY;

    /** @param displayName the file's display name, or null for none */
    FileUpload(GeminiProducer producer, Exchange exchange, byte[] data, String mimeType, String displayName) {
        this.producer = producer;
        this.endpoint = producer.getEndpoint();
        this.exchange = exchange;
        this.data = data;
        this.mimeType = mimeType;
        this.displayName = displayName;
        this.report = endpoint.getComponent().callReport(GeminiCallEvent.UPLOAD_FILE, null, false);
    }

    /** Uploads the bytes; completes with the ACTIVE file. */
    CompletableFuture<UploadedFile> run() throws Exception {
        ObjectNode body = GeminiJson.MAPPER.createObjectNode();
        ObjectNode file = body.putObject("file");
        if (displayName != null && !displayName.isBlank()) {
            file.put("displayName", displayName);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Goog-Upload-Protocol", "resumable");
        headers.put("X-Goog-Upload-Command", "start");
        headers.put("X-Goog-Upload-Header-Content-Length", Integer.toString(data.length));
        headers.put("X-Goog-Upload-Header-Content-Type", mimeType);
        GeminiHttpRequest start = endpoint.target().postJson(endpoint.target().uploadUri(), body, null, headers);
        return producer.call(exchange, start, report).thenCompose(answer -> sendBytes(start, answer));
    }

    private CompletableFuture<UploadedFile> sendBytes(GeminiHttpRequest start, GeminiProducer.Answer<HttpResult> answer) {
        URI session = sessionUri(answer.value().headers().get(HttpResult.UPLOAD_URL_HEADER));
        if (session == null) {
            throw producer.invalidAnswer(answer, start, "no absolute http(s) URL in header "
                                                        + HttpResult.UPLOAD_URL_HEADER);
        }
        GeminiHttpRequest upload = endpoint.target().postBytes(session, data, mimeType,
                Map.of("X-Goog-Upload-Command", "upload, finalize", "X-Goog-Upload-Offset", "0"));
        report.nextRequest();
        return producer.call(exchange, upload, report).thenCompose(uploaded -> {
            JsonNode file = producer.json(uploaded, upload).path("file");
            if (!file.hasNonNull("name") || !file.hasNonNull("uri")) {
                throw producer.invalidAnswer(uploaded, upload, "no file with a name and uri");
            }
            fileName = file.get("name").asText();
            fileUri = file.get("uri").asText();
            processingSince = System.nanoTime();
            return checked(file);
        });
    }

    /** Where the bytes go: the session URL, absolute; null when the answer named none that can be called. */
    private static URI sessionUri(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            return uri.isAbsolute() && uri.getHost() != null
                   && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    ? uri : null;
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    /** Done when ACTIVE (or when the answer tells no state), failed when FAILED, else asked for again later. */
    private CompletableFuture<UploadedFile> checked(JsonNode file) {
        String name = fileName;
        String state = file.path("state").asText("");
        if (state.isEmpty() || "ACTIVE".equals(state)) {
            report.end(null, null);
            return CompletableFuture.completedFuture(new UploadedFile(name, file.path("uri").asText(fileUri),
                    file.path("mimeType").asText(mimeType)));
        }
        if ("FAILED".equals(state)) {
            throw ended(new GeminiFileFailedException(name, mimeType, file.path("error").path("message").asText(null)));
        }
        long waitedMillis = (System.nanoTime() - processingSince) / 1_000_000;
        long timeout = endpoint.getConfiguration().getFileProcessingTimeout();
        if (waitedMillis + pollDelay > timeout) {
            throw ended(new ExchangeTimedOutException(exchange, timeout, "the uploaded file " + name + " was still "
                                                                         + state + " after fileProcessingTimeout="
                                                                         + timeout + "ms; raise fileProcessingTimeout"
                                                                         + " for large videos"));
        }
        GeminiHttpRequest poll = endpoint.target().get(endpoint.target().apiUri(name));
        long delay = pollDelay;
        pollDelay = Math.min(MAX_POLL_DELAY, pollDelay * 2);
        report.nextRequest();
        return producer.callAfter(delay, exchange, poll, report)
                .thenCompose(answer -> checked(producer.json(answer, poll)));
    }

    /** HTTP attempts so far, over all of the upload's requests. */
    int attempts() {
        return report.attempts();
    }

    private CompletionException ended(Exception failure) {
        report.end(null, failure);
        exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, report.attempts());
        return new CompletionException(failure);
    }
}
