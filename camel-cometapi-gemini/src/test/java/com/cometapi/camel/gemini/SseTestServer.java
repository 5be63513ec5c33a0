package com.cometapi.camel.gemini;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A small server for load tests: answers every request with a chunked {@code text/event-stream} of {@code events}
 * numbered events, written as fast as the client reads them (a slow reader blocks the writer, as TCP does), over
 * plain HTTP or TLS (the test keystore, host name localhost). One thread per connection.
 */
final class SseTestServer implements AutoCloseable {

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "sse-test-server");
        thread.setDaemon(true);
        return thread;
    });
    private static final int SEND_BUFFER_BYTES = 64 * 1024;

    private final AtomicInteger streamsFinished = new AtomicInteger();
    private final boolean tls;
    private volatile int events;

    SseTestServer(boolean tls, int events) throws Exception {
        this.tls = tls;
        this.events = events;
        this.socket = tls ? tlsContext().getServerSocketFactory().createServerSocket(0, 200, InetAddress.getLoopbackAddress())
                : new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        connections.execute(this::acceptLoop);
    }

    String baseUrl() {
        return (tls ? "https://localhost:" : "http://127.0.0.1:") + socket.getLocalPort();
    }

    /** Streams whose last event and end were written. */
    int streamsFinished() {
        return streamsFinished.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.execute(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            // a fixed send buffer: left to the kernel, it grows to megabytes (net.ipv4.tcp_wmem allows 4 MB here)
            // and could take a whole held stream, which would then look read to its end without the client reading
            connection.setSendBufferSize(SEND_BUFFER_BYTES);
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            while (readRequest(in)) {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < events; i++) {
                    byte[] event = ("data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"e" + i
                                    + " \"}]}}],\"usageMetadata\":{\"totalTokenCount\":" + (i + 1) + "}}\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8);
                    out.write((Integer.toHexString(event.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(event);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                streamsFinished.incrementAndGet();
            }
        } catch (IOException clientWentAway) {
            // an aborted stream or a stopped test
        }
    }

    /** Reads one request (headers, then a Content-Length body); false at the end of the connection. */
    private static boolean readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] bytes = head.toByteArray();
            int n = bytes.length;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
                break;
            }
        }
        if (b < 0) {
            return false;
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return in.readNBytes(length).length == length;
    }

    private static SSLContext tlsContext() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = SseTestServer.class.getResourceAsStream("/tls/server.p12")) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        connections.shutdownNow();
    }
}
