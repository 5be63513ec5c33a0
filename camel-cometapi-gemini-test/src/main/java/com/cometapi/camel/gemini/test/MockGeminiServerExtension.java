package com.cometapi.camel.gemini.test;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@link MockGeminiServer} as a JUnit 5 extension: started before the first test of the class, {@link #reset() reset}
 * before each test, stopped after the last.
 * <pre>{@code
 * @RegisterExtension
 * static MockGeminiServerExtension gemini = new MockGeminiServerExtension();
 *
 * gemini.enqueue(MockReply.text("Paris"));
 * ... call gemini.baseUrl() ...
 * assertThat(gemini.lastRequest().promptText()).isEqualTo("Capital of France?");
 * }</pre>
 * The test kit does not bring JUnit: this class runs with the JUnit Jupiter your tests already use (5.x, as
 * {@code camel-test-junit5} brings it, or 6.x). Only this class needs it; {@link MockGeminiServer} itself does not.
 */
public class MockGeminiServerExtension extends MockGeminiServer
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final AtomicInteger extensionUsers = new AtomicInteger();

    /** A server that the extension callbacks start; {@link #start()} works too. */
    public MockGeminiServerExtension() {
    }

    /** Starts the server (shared by nested test classes; stopped when the outermost class is done). */
    @Override
    public void beforeAll(ExtensionContext context) {
        extensionUsers.incrementAndGet();
        start();
    }

    /** Stops the server once every test class that registered it has finished. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (extensionUsers.decrementAndGet() <= 0) {
            extensionUsers.set(0);
            stop();
        }
    }

    /** Starts the server if needed and {@link #reset() resets} it, so every test begins with an empty queue. */
    @Override
    public void beforeEach(ExtensionContext context) {
        start();
        reset();
    }
}
