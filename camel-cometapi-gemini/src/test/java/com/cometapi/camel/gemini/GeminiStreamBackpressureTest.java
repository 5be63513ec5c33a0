package com.cometapi.camel.gemini;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slow route slows the read: the component holds a small, fixed number of unread events however long the stream;
 * a connection reset mid-stream delivers the chunks before it, then fails.
 */
class GeminiStreamBackpressureTest extends MockGeminiTestSupport {

    private static final int EVENTS = 20_000;

    private final AtomicReference<GeminiStreamIterator> stream = new AtomicReference<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:slow").to("gemini:stream")
                        .process(e -> stream.set(e.getMessage().getBody(GeminiStreamIterator.class)))
                        .split(body()).streaming()
                        .process(e -> LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(50)))
                        .to("mock:slow");
                from("direct:reset").toD("gemini:stream?maxRetries=0&baseUrl=${header.resetServer}").split(body()).streaming().to("mock:beforeReset");
            }
        };
    }

    @Test
    void slowConsumerHoldsOnlyAFewUnreadEvents() throws Exception {
        String[] events = new String[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            events[i] = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"token " + i + " \"}]}}],"
                        + "\"usageMetadata\":{\"promptTokenCount\":3,\"totalTokenCount\":" + (i + 3) + "}}";
        }
        gemini.enqueue(MockReply.stream(events));
        getMockEndpoint("mock:slow").expectedMessageCount(EVENTS);
        getMockEndpoint("mock:slow").setRetainFirst(1);
        getMockEndpoint("mock:slow").setRetainLast(1);

        Exchange reply = template.request("direct:slow", e -> e.getMessage().setBody("Count to 20000"));

        assertThat(reply.getException()).isNull();
        getMockEndpoint("mock:slow").assertIsSatisfied(60_000);
        long held = stream.get().maxBufferedBytes();
        long total = 0;
        for (String event : events) {
            total += event.length();
        }
        System.out.println("20,000 events (" + total + " bytes), slow route: at most " + held
                           + " bytes of events were held unread");
        assertThat(held).as("bytes of events held unread at once").isPositive().isLessThan(total / 4);
    }

    @Test
    void connectionResetMidStreamDeliversTheChunksBeforeThenFails() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serving = new Thread(() -> serveTwoEventsThenReset(server), "reset-server");
            serving.start();
            getMockEndpoint("mock:beforeReset").expectedBodiesReceived("one", "two");

            Exchange reply = template.request("direct:reset", e -> {
                e.getMessage().setHeader("resetServer", "http://127.0.0.1:" + server.getLocalPort());
                e.getMessage().setBody("Hi");
            });
            serving.join(10_000);

            assertThat(reply.getException()).isNotNull();
            assertThat(reply.getException(IOException.class)).as("the reset, as the cause").isNotNull();
        }
        getMockEndpoint("mock:beforeReset").assertIsSatisfied();
    }

    private void serveTwoEventsThenReset(ServerSocket server) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            String request = "";
            while (!request.contains("\r\n\r\n") || !request.contains("}]}")) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                request += new String(buffer, 0, n, StandardCharsets.UTF_8);
            }
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (String text : new String[] { "one", "two" }) {
                byte[] event = ("data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"" + text + "\"}]}}]}\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8);
                out.write((Integer.toHexString(event.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(event);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            Thread.sleep(200);
            socket.setSoLinger(true, 0);
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
