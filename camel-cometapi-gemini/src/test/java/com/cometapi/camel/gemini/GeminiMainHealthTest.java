package com.cometapi.camel.gemini;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A Camel Main application (no Spring Boot, no starter) whose route uses gemini sees the component's readiness check
 * gemini: UP with a key set in its properties, DOWN with the reason without one.
 */
class GeminiMainHealthTest {

    @Test
    void upWithTheKeyFromTheApplicationsProperties() throws Exception {
        runMain("main-key-41f7", camel -> assertThat(geminiCheck(camel).getState()).isEqualTo(HealthCheck.State.UP));
    }

    @Test
    void downWithTheReasonWithoutAKey() throws Exception {
        assumeTrue(ApiAccess.apiKey(null, System::getenv) == null, "a key is set in the environment");

        runMain(null, camel -> {
            HealthCheck.Result result = geminiCheck(camel);
            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                    .startsWith("No Gemini API key: set camel.component.gemini.api-key"));
            assertThat(result.getDetails()).containsEntry(GeminiHealthCheck.REASON, result.getMessage().orElseThrow());
        });
    }

    private static void runMain(String apiKey, Consumer<CamelContext> check) throws Exception {
        Main main = new Main();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").to("gemini:generate");
            }
        });
        main.addInitialProperty("camel.component.gemini.base-url", "http://127.0.0.1:9");
        if (apiKey != null) {
            main.addInitialProperty("camel.component.gemini.api-key", apiKey);
        }
        main.start();
        try {
            check.accept(main.getCamelContext());
        } finally {
            main.stop();
        }
    }

    private static HealthCheck.Result geminiCheck(CamelContext camel) {
        return HealthCheckHelper.invoke(camel, GeminiHealthCheck.ID, Map.of())
                .orElseThrow(() -> new AssertionError("no gemini check in " + camel.getName()));
    }
}
