package com.cometapi.camel.gemini.http;

import javax.net.ssl.SSLContext;

/**
 * What a {@link GeminiHttpClient} is built from. Endpoints with equal settings share one client.
 *
 * @param connectTimeoutMillis TCP connect timeout
 * @param maxConnections       pool size, total and per host
 * @param sslContext           TLS context, null for the JVM default
 * @param proxyHost            HTTP proxy host, null for none
 * @param proxyPort            HTTP proxy port
 * @param streaming            for streams: a client of their own, whose I/O threads may wait for a slow route
 *                             (see EventStream) without delaying unary calls
 */
public record HttpSettings(long connectTimeoutMillis, int maxConnections, SSLContext sslContext, String proxyHost,
                           int proxyPort, boolean streaming) {
}
