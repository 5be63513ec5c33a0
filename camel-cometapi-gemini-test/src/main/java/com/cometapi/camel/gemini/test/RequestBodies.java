package com.cometapi.camel.gemini.test;

import java.io.IOException;
import java.io.InputStream;

import com.sun.net.httpserver.HttpExchange;

/** Reads a request body into one array: sized from {@code Content-Length} when given, so a large upload is not copied. */
final class RequestBodies {

    private RequestBodies() {
    }

    static byte[] read(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        long length = contentLength(exchange.getRequestHeaders().getFirst("Content-Length"));
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            return in.readAllBytes();
        }
        byte[] body = new byte[(int) length];
        int read = in.readNBytes(body, 0, body.length);
        if (read < length) {
            throw new IOException("The client sent " + read + " of the " + length + " bytes it announced");
        }
        return body;
    }

    private static long contentLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
