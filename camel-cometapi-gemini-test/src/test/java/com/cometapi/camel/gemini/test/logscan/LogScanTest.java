package com.cometapi.camel.gemini.test.logscan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The log scan, through this module's Logback test configuration (the test kit's tests log through Logback). */
class LogScanTest {

    private static final String KEY = LogScan.watch("scan-watched-7f3a-0e");
    private static final String URI_KEY = LogScan.watchEchoedByCamelCore("scan-in-uri-91c2-55");

    @AfterEach
    void forgetLeaks() {
        LogScan.takeLeaks();
    }

    @Test
    void aKeyInALogLineIsReportedWithTheKeyReplaced() {
        LoggerFactory.getLogger("com.example.MyRoute").trace("calling with key {}", KEY);

        assertThat(LogScan.isRunning()).as("logback-test.xml configured the scanning appender").isTrue();
        assertThat(LogScan.takeLeaks()).containsExactly("com.example.MyRoute: calling with key <the key>");
    }

    @Test
    void aKeyInAStackTraceIsReported() {
        Exception cause = new IllegalStateException("rejected " + KEY);
        LoggerFactory.getLogger("com.example.MyRoute").debug("call failed", new RuntimeException("wrapped", cause));

        assertThat(LogScan.takeLeaks()).singleElement().asString()
                .contains("call failed", "rejected <the key>").doesNotContain(KEY);
    }

    @Test
    void linesWithoutAWatchedKeyAndTheTestServersLinesAreNotReported() {
        LoggerFactory.getLogger("com.example.MyRoute").trace("calling with key scan-unwatched-1234");
        LoggerFactory.getLogger("com.cometapi.camel.gemini.test.MockGeminiServer").info("received {}", KEY);
        LoggerFactory.getLogger("org.eclipse.jetty.server").info("received {}", KEY);

        assertThat(LogScan.takeLeaks()).isEmpty();
    }

    @Test
    void aKeyEchoedByCamelCoreIsExemptOnlyInCamelCoresLines() {
        LoggerFactory.getLogger("org.apache.camel.impl.engine.AbstractCamelContext").trace("gemini:generate?apiKey={}",
                URI_KEY);
        assertThat(LogScan.takeLeaks()).isEmpty();

        LoggerFactory.getLogger("com.cometapi.camel.gemini.GeminiEndpoint").trace("gemini:generate?apiKey={}", URI_KEY);
        assertThat(LogScan.takeLeaks()).hasSize(1);
    }

    @Test
    void shortKeysAreRefused() {
        assertThatThrownBy(() -> LogScan.watch("short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 8 characters");
    }

    @Test
    void theExtensionFailsTheClassThatLoggedAKey() {
        LoggerFactory.getLogger("com.example.MyRoute").trace("key={}", KEY);

        assertThatThrownBy(() -> new NoSecretInLogsExtension().afterAll(null)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("An API key appeared in 1 log line(s)")
                .hasMessageContaining("com.example.MyRoute: key=<the key>");
        new NoSecretInLogsExtension().afterAll(null);
    }
}
