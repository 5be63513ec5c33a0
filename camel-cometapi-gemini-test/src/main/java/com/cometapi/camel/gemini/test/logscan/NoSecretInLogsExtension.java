package com.cometapi.camel.gemini.test.logscan;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test class during which a watched API key appeared in any log line, at any level. Watched: the keys the
 * tests pass to {@link LogScan#watch} and {@link LogScan#watchEchoedByCamelCore}, and the keys (comma-separated) of
 * the JUnit configuration parameters {@value #KEYS_PARAMETER} and {@value #PLACEHOLDER_KEYS_PARAMETER} (the keys the
 * tests give Camel through placeholders or URIs), e.g. in {@code junit-platform.properties}. Needs a scanning appender on the root logger at TRACE ({@link Log4jScanAppender},
 * {@link LogbackScanAppender}); fails when there is none, so a lost logging configuration cannot pass silently.
 * <p>
 * Register it for every class of a module with {@code junit.jupiter.extensions.autodetection.enabled=true} and a
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension} file naming it, or per class with
 * {@code @ExtendWith}.
 */
public final class NoSecretInLogsExtension implements BeforeAllCallback, AfterAllCallback {

    /** The configuration parameter listing keys to watch in every line. */
    public static final String KEYS_PARAMETER = "cometapi.gemini.logscan.keys";
    /** The configuration parameter listing keys to watch as {@link LogScan#watchEchoedByCamelCore} does. */
    public static final String PLACEHOLDER_KEYS_PARAMETER = "cometapi.gemini.logscan.placeholder-keys";

    @Override
    public void beforeAll(ExtensionContext context) {
        watch(context, KEYS_PARAMETER, LogScan::watch);
        watch(context, PLACEHOLDER_KEYS_PARAMETER, LogScan::watchEchoedByCamelCore);
    }

    private static void watch(ExtensionContext context, String parameter, UnaryOperator<String> watch) {
        context.getConfigurationParameter(parameter).ifPresent(keys -> {
            for (String key : keys.split(",")) {
                if (!key.isBlank()) {
                    watch.apply(key.trim());
                }
            }
        });
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // a class that logged nothing may not have loaded the logging configuration yet
        LoggerFactory.getLogger(NoSecretInLogsExtension.class);
        if (!LogScan.isRunning()) {
            throw new AssertionError("The log scan for API keys is not running: the logging configuration must send"
                                     + " every logger at TRACE to a scanning appender (Log4jScanAppender or"
                                     + " LogbackScanAppender)");
        }
        List<String> leaks = LogScan.takeLeaks();
        if (!leaks.isEmpty()) {
            throw new AssertionError("An API key appeared in " + leaks.size() + " log line(s), e.g.\n"
                                     + String.join("\n", leaks.subList(0, Math.min(5, leaks.size()))));
        }
    }
}
