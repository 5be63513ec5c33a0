package com.cometapi.camel.gemini.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpMessage;

/**
 * A complete HTTP answer.
 *
 * @param status  the status code
 * @param reason  the reason phrase, may be null
 * @param headers response headers of an error answer (first value of each name; names compared ignoring case); for
 *                a 2xx answer only those named in {@link #ANSWER_HEADERS}, when present
 * @param body    the body bytes, empty when none
 */
public record HttpResult(int status, String reason, Map<String, String> headers, byte[] body) {

    /** The response header that names the service tier that served the call. */
    public static final String SERVICE_TIER_HEADER = "x-gemini-service-tier";
    /** The response header of a resumable upload's start that holds the URL the bytes go to. */
    public static final String UPLOAD_URL_HEADER = "X-Goog-Upload-URL";
    /** The response header of a resumable upload that tells its state: active, final or cancelled. */
    public static final String UPLOAD_STATUS_HEADER = "X-Goog-Upload-Status";
    /** The headers kept from a 2xx answer. */
    public static final List<String> ANSWER_HEADERS = List.of(SERVICE_TIER_HEADER, UPLOAD_URL_HEADER,
            UPLOAD_STATUS_HEADER);

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The first value of each header, looked up ignoring case. */
    static Map<String, String> headersOf(HttpMessage message) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : message.getHeaders()) {
            headers.putIfAbsent(header.getName(), header.getValue());
        }
        return headers;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "HttpResult[status=" + status + ", " + body.length + " bytes]";
    }
}
