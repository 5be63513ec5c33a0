package com.cometapi.camel.gemini;

import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class of this module (junit-platform.properties): fails a class during which a test key
 * appeared in any log line, at any level.
 */
public final class NoSecretInLogsExtension implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        // a class that logged nothing may not have loaded the logging configuration yet
        LogManager.getLogger(NoSecretInLogsExtension.class);
        if (!TestSecrets.isScanning()) {
            throw new AssertionError("The log scan for API keys is not running: log4j2-test.xml must route every"
                                     + " logger to the SecretScan appender");
        }
        List<String> leaks = TestSecrets.takeLeaks();
        if (!leaks.isEmpty()) {
            throw new AssertionError("An API key appeared in " + leaks.size() + " log line(s), e.g.\n"
                                     + String.join("\n", leaks.subList(0, Math.min(5, leaks.size()))));
        }
    }
}
