package com.cometapi.camel.gemini.request;

import java.util.Locale;
import java.util.Map;

/**
 * MIME types Gemini accepts as inline data, by file extension.
 */
public final class MimeTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("heic", "image/heic"),
            Map.entry("heif", "image/heif"), Map.entry("bmp", "image/bmp"),
            Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("md", "text/markdown"),
            Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("csv", "text/csv"),
            Map.entry("xml", "text/xml"), Map.entry("json", "application/json"), Map.entry("rtf", "text/rtf"),
            Map.entry("js", "text/javascript"), Map.entry("py", "text/x-python"),
            Map.entry("mp3", "audio/mp3"), Map.entry("wav", "audio/wav"), Map.entry("aiff", "audio/aiff"),
            Map.entry("aac", "audio/aac"), Map.entry("ogg", "audio/ogg"), Map.entry("flac", "audio/flac"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("mp4", "video/mp4"), Map.entry("mpeg", "video/mpeg"), Map.entry("mpg", "video/mpeg"),
            Map.entry("mov", "video/mov"), Map.entry("avi", "video/avi"), Map.entry("flv", "video/x-flv"),
            Map.entry("webm", "video/webm"), Map.entry("wmv", "video/wmv"), Map.entry("3gp", "video/3gpp"));

    private MimeTypes() {
    }

    /** The MIME type for a file name's extension, or null when unknown. */
    public static String fromFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** A Content-Type value without its parameters: {@code image/png; q=1} gives {@code image/png}. */
    public static String withoutParameters(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    }
}
