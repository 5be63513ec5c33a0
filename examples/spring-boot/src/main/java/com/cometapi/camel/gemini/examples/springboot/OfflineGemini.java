package com.cometapi.camel.gemini.examples.springboot;

import java.util.Map;

import com.cometapi.camel.gemini.test.MockGeminiServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Mock by default: unless a key is set ({@code COMETAPI_KEY}, {@code GEMINI_API_KEY} or
 * {@code camel.component.gemini.api-key}), starts the offline {@link MockGeminiServer} and points
 * {@code camel.component.gemini.base-url} at it. {@code example.offline=true} forces the mock (the tests use it),
 * {@code false} forbids it. The mock is a bean (tests script answers with it) and stops with the application.
 */
public class OfflineGemini implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineGemini.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.getProperty("example.offline", Boolean.class, !hasKey(environment))) {
            LOG.info("Calling the real Gemini API at {}",
                    environment.getProperty("camel.component.gemini.base-url", "https://api.cometapi.com"));
            return;
        }
        // snippet:spring-boot-offline-mock
        MockGeminiServer mock = new MockGeminiServer();
        mock.start();
        // the key as a Camel placeholder, as a real one should be: Camel warns about plain-text secrets
        environment.getPropertySources().addFirst(new MapPropertySource("offlineGemini", Map.of(
                "camel.component.gemini.base-url", mock.baseUrl(),
                "camel.component.gemini.api-key", "{{example.offline-key}}",
                "example.offline-key", "offline-mock-key")));
        context.getBeanFactory().registerSingleton("mockGeminiServer", mock);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> mock.stop());
        // end-snippet:spring-boot-offline-mock
        LOG.info("COMETAPI_KEY is not set: using the offline MockGeminiServer at {}."
                 + " To call the real API: export COMETAPI_KEY=<your CometAPI key> and run again.", mock.baseUrl());
    }

    private static boolean hasKey(ConfigurableEnvironment environment) {
        for (String name : new String[] { "COMETAPI_KEY", "GEMINI_API_KEY", "camel.component.gemini.api-key" }) {
            String value = environment.getProperty(name);
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
