package com.cometapi.camel.gemini.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A complete HTTP answer.
 *
 * @param status  the status code
 * @param reason  the reason phrase, may be null
 * @param headers response headers (first value of each name; names compared ignoring case)
 * @param body    the body bytes, empty when none
 */
public record HttpResult(int status, String reason, Map<String, String> headers, byte[] body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "HttpResult[status=" + status + ", " + body.length + " bytes]";
    }
}
