package com.cometapi.camel.gemini.http;

import javax.net.ssl.SSLContext;

/**
 * What a {@link GeminiClient} is built from. Endpoints with equal settings share one client.
 *
 * @param connectTimeoutMillis TCP connect timeout
 * @param maxConnections       pool size, total and per host
 * @param sslContext           TLS context, null for the JVM default
 * @param proxyHost            HTTP proxy host, null for none
 * @param proxyPort            HTTP proxy port
 * @param streaming            for streams: a small socket receive buffer, so a stream whose reader lags holds
 *                             little in the kernel as well as in the queue (HttpCore's HTTP/1.1 reader drains what
 *                             the socket holds even when no input capacity is granted)
 */
public record HttpSettings(long connectTimeoutMillis, int maxConnections, SSLContext sslContext, String proxyHost,
                           int proxyPort, boolean streaming) {
}
