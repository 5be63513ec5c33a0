package com.cometapi.camel.gemini.test;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Files API of a {@link MockGeminiServer}: Google's resumable upload and the file's processing. Reach it with
 * {@link MockGeminiServer#files()}.
 * <ol>
 *   <li>{@code POST /upload/{apiVersion}/files} with {@code X-Goog-Upload-Protocol: resumable},
 *       {@code X-Goog-Upload-Command: start}, optionally {@code X-Goog-Upload-Header-Content-Length} and
 *       {@code X-Goog-Upload-Header-Content-Type}, and optionally {@code {"file": {"displayName": ...}}}
 *       ({@code display_name} too) answers 200 with no body and {@code X-Goog-Upload-URL} (an absolute URL on the
 *       mock, {@code .../upload/{apiVersion}/files?upload_id=...&upload_protocol=resumable}) and
 *       {@code X-Goog-Upload-Status: active}.</li>
 *   <li>The bytes, POSTed (or PUT) to that URL in one request with {@code X-Goog-Upload-Command: upload, finalize}
 *       and {@code X-Goog-Upload-Offset: 0}, answer {@code {"file": {...}}} ({@code X-Goog-Upload-Status: final}):
 *       {@code name} {@code files/mock-1}, {@code mock-2}, ... (counted since the last reset), {@code displayName},
 *       {@code mimeType} (the announced type, else the upload's {@code Content-Type}), {@code sizeBytes} (a string),
 *       create, update and expiration times (48 hours on), {@code sha256Hash} (base64), {@code uri}
 *       ({@code <baseUrl>/{apiVersion}/files/mock-1}), {@code state} and {@code source: UPLOADED}. A byte count other
 *       than the announced length is refused with 400. The upload URL needs no API key, as Google's carries its own
 *       authorisation.</li>
 *   <li>{@code GET /{apiVersion}/files/{id}} answers the file. It is {@code ACTIVE} at once unless
 *       {@link #processingPolls(int)} says otherwise; a file {@link #failNext(String) made to fail} ends
 *       {@code FAILED} with an {@code error} status. An unknown id gets Google's 403 {@code PERMISSION_DENIED}.</li>
 * </ol>
 * A generate request with a {@code fileData} part whose {@code fileUri} is a file of this mock that is not
 * {@code ACTIVE} (still processing, or failed) gets Google's 400 {@code FAILED_PRECONDITION}
 * {@code "The File <id> is not in an ACTIVE state and usage is not allowed."}, and consumes no queued reply.
 * Only the upload request keeps the bytes (see {@link RecordedRequest#bodyBytes()}); the mock stores no copy.
 *
 * <pre>{@code
 * gemini.files().processingPolls(3);                       // PROCESSING on upload and on the first 3 GETs
 * gemini.files().failNext("Video codec not supported");    // the next file ends FAILED
 * gemini.files().rejectNext(MockReply.error(503, "UNAVAILABLE", "The service is currently unavailable."));
 * }</pre>
 * Everything here is forgotten by {@link MockGeminiServer#reset()}. Thread-safe.
 */
public final class MockFiles {

    /** The state of a file being processed. */
    public static final String PROCESSING = "PROCESSING";
    /** The state of a file ready for {@code fileData} parts. */
    public static final String ACTIVE = "ACTIVE";
    /** The state of a file whose processing failed. */
    public static final String FAILED = "FAILED";

    private static final Duration LIFETIME = Duration.ofHours(48);
    /** {@code google.rpc.Code} INVALID_ARGUMENT: what the {@code error} of a failed file says. */
    private static final int FAILED_CODE = 3;

    private record Session(String id, String apiVersion, String displayName, long announcedLength, String mimeType) {
    }

    private static final class StoredFile {
        final int number;
        final String id;
        final String apiVersion;
        final String displayName;
        final String mimeType;
        final long size;
        final String sha256;
        final Instant createTime;
        final String failure;
        Instant updateTime;
        String state;
        int pollsLeft;

        StoredFile(int number, Session session, String mimeType, long size, String sha256, Instant now,
                   String failure, int polls) {
            this.number = number;
            this.id = "mock-" + number;
            this.apiVersion = session.apiVersion();
            this.displayName = session.displayName();
            this.mimeType = mimeType;
            this.size = size;
            this.sha256 = sha256;
            this.createTime = now;
            this.updateTime = now;
            this.failure = failure;
            this.pollsLeft = polls;
            this.state = polls > 0 ? PROCESSING : finalState();
        }

        String finalState() {
            return failure == null ? ACTIVE : FAILED;
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
    private final AtomicInteger sessionCount = new AtomicInteger();
    private final AtomicInteger fileCount = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failingReasons = new ConcurrentLinkedQueue<>();
    private final QueuedFailures rejections = new QueuedFailures();
    private volatile int processingPolls;

    MockFiles() {
    }

    // ---------------------------------------------------------------- scripting

    /**
     * Files uploaded from now on are {@code PROCESSING} in the upload's answer and in the answers to the first
     * {@code polls} {@code GET}s, then {@code ACTIVE} (or {@code FAILED}, see {@link #failNext}). 0, the default, makes
     * them {@code ACTIVE} at once.
     *
     * @param polls 0 or more
     * @return this, for chaining
     */
    public MockFiles processingPolls(int polls) {
        if (polls < 0) {
            throw new IllegalArgumentException("files().processingPolls needs 0 or more, was " + polls);
        }
        processingPolls = polls;
        return this;
    }

    /**
     * The next uploaded file ends {@code FAILED} instead of {@code ACTIVE} (after its {@link #processingPolls}), with
     * {@code "error": {"code": 3, "message": reason}}; several calls fail several files, in order.
     *
     * @param reason the error message
     * @return this, for chaining
     */
    public MockFiles failNext(String reason) {
        failingReasons.add(Objects.requireNonNull(reason, "reason"));
        return this;
    }

    /**
     * Answers the next Files API request (start, upload or get) with this HTTP error instead; several calls queue
     * several.
     *
     * @param error a {@link MockReply#error} or {@link MockReply#raw} reply
     * @return this, for chaining
     */
    public MockFiles rejectNext(MockReply error) {
        rejections.add(error, "files().rejectNext");
        return this;
    }

    /** The names of the uploaded files ({@code files/...}), oldest first. */
    public List<String> names() {
        List<StoredFile> all = new ArrayList<>(files.values());
        all.sort(Comparator.comparingInt(file -> file.number));
        return all.stream().map(file -> "files/" + file.id).toList();
    }

    /**
     * The state of an uploaded file now, without counting as a poll.
     *
     * @param name {@code files/...}
     * @return {@value #PROCESSING}, {@value #ACTIVE} or {@value #FAILED}; null for an unknown file
     */
    public synchronized String state(String name) {
        StoredFile file = files.get(name.startsWith("files/") ? name.substring("files/".length()) : name);
        return file == null ? null : file.state;
    }

    void reset() {
        sessions.clear();
        files.clear();
        sessionCount.set(0);
        fileCount.set(0);
        failingReasons.clear();
        rejections.clear();
        processingPolls = 0;
    }

    // ---------------------------------------------------------------- serving

    /** Whether this request goes to a live upload URL (which needs no API key). */
    boolean isUploadSession(RecordedRequest request) {
        String id = request.queryParameter("upload_id");
        return id != null && sessions.containsKey(id);
    }

    /**
     * Google's 400 {@code FAILED_PRECONDITION} for a generate request with a {@code fileData} part naming a file of
     * this mock that is not {@code ACTIVE} yet (or failed); null when there is none. Files the mock does not know are
     * let through, so tests may use made-up file URIs.
     */
    synchronized Rendered refuseUnready(JsonNode generateRequest) {
        for (JsonNode content : generateRequest.path("contents")) {
            for (JsonNode part : content.path("parts")) {
                String uri = part.path("fileData").path("fileUri").asText("");
                StoredFile file = files.get(uri.substring(uri.lastIndexOf('/') + 1));
                if (file != null && uri.endsWith("/" + file.apiVersion + "/files/" + file.id)
                        && !ACTIVE.equals(file.state)) {
                    return ReplyRenderer.error(400, "FAILED_PRECONDITION",
                            "The File " + file.id + " is not in an ACTIVE state and usage is not allowed.");
                }
            }
        }
        return null;
    }

    /** {@code POST /upload/{apiVersion}/files}: the start of a resumable upload, or (with upload_id) its bytes. */
    Rendered upload(RecordedRequest request, String apiVersion, String baseUrl) {
        Rendered rejection = rejections.next(request);
        if (rejection != null) {
            return rejection;
        }
        String uploadId = request.queryParameter("upload_id");
        return uploadId == null ? start(request, apiVersion, baseUrl) : finish(request, uploadId, baseUrl);
    }

    /** {@code GET /{apiVersion}/files/{id}}: the file, one poll further in its processing. */
    Rendered get(RecordedRequest request, String id, String baseUrl) {
        Rendered rejection = rejections.next(request);
        if (rejection != null) {
            return rejection;
        }
        ObjectNode json;
        synchronized (this) {
            StoredFile file = files.get(id);
            if (file == null) {
                return ReplyRenderer.error(403, "PERMISSION_DENIED",
                        "You do not have permission to access the File " + id + " or it may not exist.");
            }
            if (PROCESSING.equals(file.state)) {
                if (file.pollsLeft == 0) {
                    file.state = file.finalState();
                    file.updateTime = now();
                } else {
                    file.pollsLeft--;
                }
            }
            json = json(file, baseUrl);
        }
        return ReplyRenderer.json(200, json, List.of());
    }

    private Rendered start(RecordedRequest request, String apiVersion, String baseUrl) {
        String protocol = request.header("X-Goog-Upload-Protocol");
        if (!"resumable".equalsIgnoreCase(protocol)) {
            return invalid("MockGeminiServer serves the resumable upload protocol: send X-Goog-Upload-Protocol: "
                    + "resumable (was " + protocol + ")");
        }
        String command = request.header("X-Goog-Upload-Command");
        if (!"start".equalsIgnoreCase(command == null ? null : command.trim())) {
            return invalid("A resumable upload starts with X-Goog-Upload-Command: start (was " + command + ")");
        }
        long announced;
        try {
            String length = request.header("X-Goog-Upload-Header-Content-Length");
            announced = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return invalid("X-Goog-Upload-Header-Content-Length must be a number of bytes, was "
                    + request.header("X-Goog-Upload-Header-Content-Length"));
        }
        JsonNode file = Json.object();
        if (!request.body().isBlank()) {
            JsonNode body = request.parsedBody();
            if (!body.isObject()) {
                return invalid("Invalid JSON payload received. Expected a JSON object.");
            }
            file = body.path("file");
        }
        String displayName = file.has("displayName") ? file.path("displayName").asText()
                : file.has("display_name") ? file.path("display_name").asText() : null;
        String id = "mock-upload-" + sessionCount.incrementAndGet();
        sessions.put(id, new Session(id, apiVersion, displayName, announced,
                request.header("X-Goog-Upload-Header-Content-Type")));
        String url = baseUrl + "/upload/" + apiVersion + "/files?upload_id=" + id + "&upload_protocol=resumable";
        return ReplyRenderer.empty(200, List.of(Map.entry("X-Goog-Upload-URL", url),
                Map.entry("X-Goog-Upload-Status", "active"), Map.entry("X-GUploader-UploadID", id)));
    }

    private Rendered finish(RecordedRequest request, String uploadId, String baseUrl) {
        Session session = sessions.get(uploadId);
        if (session == null) {
            return ReplyRenderer.error(404, "NOT_FOUND", "No upload session " + uploadId
                    + " (finished, failed, or never started): start the upload again");
        }
        String command = request.header("X-Goog-Upload-Command");
        List<String> commands = new ArrayList<>();
        for (String word : (command == null ? "" : command).split(",")) {
            commands.add(word.trim().toLowerCase(Locale.ROOT));
        }
        if (!commands.contains("upload") || !commands.contains("finalize")) {
            return invalid("MockGeminiServer takes the whole file in one request: send X-Goog-Upload-Command: "
                    + "upload, finalize (was " + command + ")");
        }
        String offset = request.header("X-Goog-Upload-Offset");
        if (offset == null || !offset.trim().equals("0")) {
            return invalid("MockGeminiServer takes the whole file in one request: send X-Goog-Upload-Offset: 0 "
                    + "(was " + offset + ")");
        }
        sessions.remove(uploadId);
        long size = request.bodySize();
        if (session.announcedLength() >= 0 && session.announcedLength() != size) {
            return invalid("The upload has " + size + " bytes but X-Goog-Upload-Header-Content-Length announced "
                    + session.announcedLength());
        }
        String mimeType = session.mimeType() != null ? session.mimeType()
                : Objects.requireNonNullElse(request.header("Content-Type"), "application/octet-stream");
        String sha256 = sha256(request.bodyBuffer());
        ObjectNode json;
        synchronized (this) {
            StoredFile file = new StoredFile(fileCount.incrementAndGet(), session, mimeType, size, sha256, now(),
                    failingReasons.poll(), processingPolls);
            files.put(file.id, file);
            json = json(file, baseUrl);
        }
        ObjectNode answer = Json.object();
        answer.set("file", json);
        return ReplyRenderer.json(200, answer, List.of(Map.entry("X-Goog-Upload-Status", "final")));
    }

    private static ObjectNode json(StoredFile file, String baseUrl) {
        ObjectNode node = Json.object().put("name", "files/" + file.id);
        if (file.displayName != null) {
            node.put("displayName", file.displayName);
        }
        node.put("mimeType", file.mimeType).put("sizeBytes", Long.toString(file.size))
                .put("createTime", file.createTime.toString()).put("updateTime", file.updateTime.toString())
                .put("expirationTime", file.createTime.plus(LIFETIME).toString()).put("sha256Hash", file.sha256)
                .put("uri", baseUrl + "/" + file.apiVersion + "/files/" + file.id).put("state", file.state)
                .put("source", "UPLOADED");
        if (FAILED.equals(file.state)) {
            node.putObject("error").put("code", FAILED_CODE).put("message", file.failure);
        }
        return node;
    }

    private static String sha256(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Rendered invalid(String message) {
        return ReplyRenderer.error(400, "INVALID_ARGUMENT", message);
    }
}
