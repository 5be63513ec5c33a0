package com.cometapi.camel.gemini;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.cometapi.camel.gemini.TestComponents.testComponent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code connectTimeout} against a server whose connection queue is full: the kernel drops the connection attempt
 * (no refusal), so connecting hangs until the timeout fires.
 */
class GeminiConnectTimeoutTest extends CamelTestSupport {

    private ServerSocket unanswering;
    private final List<Socket> queued = new ArrayList<>();

    @BeforeEach
    void fillTheConnectionQueue() throws IOException {
        unanswering = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        // a server that never accepts: once its queue is full, further connection attempts get no answer
        boolean hangs = false;
        for (int i = 0; i < 8 && !hangs; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), unanswering.getLocalPort()), 200);
                queued.add(socket);
            } catch (SocketTimeoutException e) {
                socket.close();
                hangs = true;
            }
        }
        assumeTrue(hangs, "this operating system refuses or accepts connections beyond the queue; connecting never hangs");
    }

    @AfterEach
    void closeTheServer() throws IOException {
        for (Socket socket : queued) {
            socket.close();
        }
        unanswering.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("gemini", testComponent("http://127.0.0.1:1", "connect-timeout-test-key"));
        return context;
    }

    @Test
    void aConnectionThatCannotBeOpenedFailsAfterConnectTimeoutAndIsRetried() {
        String uri = "gemini:generate?connectTimeout=300ms&maxRetries=1&retryInitialDelay=10ms&baseUrl=http://127.0.0.1:"
                     + unanswering.getLocalPort();

        Exchange reply = template.request(uri, e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).isInstanceOf(ConnectTimeoutException.class)
                .hasMessageStartingWith("Could not connect to Gemini within connectTimeout=300ms (Connect to http://127.0.0.1:")
                .hasMessageNotContaining("connect-timeout-test-key")
                .hasCauseInstanceOf(ConnectTimeoutException.class);
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).as("a connection failure is retried")
                .isEqualTo(2);
    }

    @Test
    void aStreamThatCannotConnectFailsTheSameWay() {
        String uri = "gemini:stream?connectTimeout=300ms&maxRetries=0&baseUrl=http://127.0.0.1:" + unanswering.getLocalPort();

        Exchange reply = template.request(uri, e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).isInstanceOf(ConnectTimeoutException.class)
                .hasMessageStartingWith("Could not connect to Gemini within connectTimeout=300ms (");
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(1);
    }
}
