package com.cometapi.camel.gemini.test;

import java.net.ConnectException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.test.GeminiHttp.prompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class MockGeminiServerExtensionTest {

    @RegisterExtension
    static MockGeminiServerExtension outer = new MockGeminiServerExtension();

    @Test
    void isStartedBeforeAllOnALoopbackPort() {
        assertThat(outer.isRunning()).isTrue();
        assertThat(outer.port()).isPositive();
        assertThat(outer.baseUrl()).isEqualTo("http://127.0.0.1:" + outer.port());
        assertThat(new GeminiHttp(outer).generate(prompt("ping")).statusCode()).isEqualTo(200);
    }

    @Test
    void callbacksStartResetAndStopWhenCalledDirectly() {
        MockGeminiServerExtension server = new MockGeminiServerExtension();
        assertThat(server.isRunning()).isFalse();

        server.beforeAll(null);
        server.beforeAll(null);
        server.enqueue(MockReply.text("left over"));
        new GeminiHttp(server).generate(prompt("a"));
        server.beforeEach(null);
        assertThat(server.queuedReplyCount()).isZero();
        assertThat(server.requestCount()).isZero();
        server.afterAll(null);
        assertThat(server.isRunning()).as("still used by the outer class").isTrue();
        String url = server.baseUrl();
        server.afterAll(null);

        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class).hasMessageContaining("start()");
        assertThatThrownBy(() -> GeminiHttp.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void worksWithTryWithResourcesAndRestarts() {
        int firstPort;
        try (MockGeminiServer server = new MockGeminiServer()) {
            server.start();
            server.start();
            firstPort = server.port();
            server.stop();
            server.start();
            assertThat(new GeminiHttp(server).generate(prompt("again")).statusCode()).isEqualTo(200);
        }
        assertThat(firstPort).isPositive();
    }

    @Nested
    @Order(1)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class OwnServerInANestedClass {

        @RegisterExtension
        static MockGeminiServerExtension nested = new MockGeminiServerExtension();

        @Test
        @Order(1)
        void leavesStateBehind() {
            nested.enqueue(MockReply.text("unused"), MockReply.text("unused"));
            new GeminiHttp(nested).generate(prompt("a"));

            assertThat(nested.requestCount()).isEqualTo(1);
            assertThat(nested.port()).isNotEqualTo(outer.port());
        }

        @Test
        @Order(2)
        void startsEachTestClean() {
            assertThat(nested.isRunning()).isTrue();
            assertThat(nested.requestCount()).isZero();
            assertThat(nested.queuedReplyCount()).isZero();
            assertThat(nested.lastRequest()).isNull();
        }

        @Test
        @Order(3)
        void outerServerIsResetToo() {
            assertThat(outer.isRunning()).isTrue();
            assertThat(outer.requestCount()).isZero();
        }
    }

    @Nested
    @Order(2)
    class AfterANestedClassFinished {

        @Test
        void nestedServerIsStoppedAndOuterStillRuns() {
            assertThat(OwnServerInANestedClass.nested.isRunning()).isFalse();
            assertThat(outer.isRunning()).isTrue();
            assertThat(new GeminiHttp(outer).generate(prompt("still here")).statusCode()).isEqualTo(200);
        }
    }
}
