package com.cometapi.camel.gemini.springboot;

import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.GeminiHealthCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring Boot's {@code /actuator/health} shows of the gemini component's own readiness check: the reason of a
 * DOWN, never the key. The JSON is the health endpoint's answer, serialized as the actuator does. The component
 * registers its check when it starts; an application's route using gemini starts it, here the tests look it up.
 */
class GeminiHealthActuatorTest {

    private static final String KEY = "very-secret-key";

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withUserConfiguration(App.class)
            .withPropertyValues("management.endpoint.health.show-details=always");

    @Test
    void showsWhyTheKeyIsMissing() {
        app.run(context -> {
            blindToTheKeyVariablesOfThisMachine(context);

            JsonNode camel = camelHealth(context);

            assertThat(camel.at("/details/gemini").asText()).isEqualTo("DOWN");
            assertThat(camel.at("/details/gemini.data/reason").asText())
                    .startsWith("No Gemini API key: set camel.component.gemini.api-key, or the COMETAPI_KEY");
        });
    }

    @Test
    void showsWhyTheBaseUrlIsWrongButNeverTheKey() {
        app.withPropertyValues("camel.component.gemini.api-key=" + KEY,
                "camel.component.gemini.base-url=ftp://api.cometapi.com/?key=" + KEY).run(context -> {
            gemini(context);
            JsonNode health = new ObjectMapper().valueToTree(context.getBean(HealthEndpoint.class).health());
            JsonNode camel = health.at("/components/camelHealth");

            assertThat(health.path("status").asText()).isEqualTo("DOWN");
            assertThat(camel.at("/details/gemini").asText()).isEqualTo("DOWN");
            assertThat(camel.at("/details/gemini.data/reason").asText()).isEqualTo(
                    "camel.component.gemini.base-url 'ftp://api.cometapi.com/?...' is not an http:// or https:// URL;"
                    + " use e.g. https://api.cometapi.com");
            assertThat(health.toString()).doesNotContain(KEY);
        });
    }

    @Test
    void upWithTheKeyAndBaseUrlProperties() {
        app.withPropertyValues("camel.component.gemini.api-key=" + KEY, "camel.health.exposure-level=full",
                "camel.component.gemini.base-url=http://127.0.0.1:9").run(context -> {
            gemini(context);
            JsonNode camel = camelHealth(context);

            assertThat(camel.at("/details/gemini").asText()).isEqualTo("UP");
            assertThat(camel.at("/details/gemini.data/base.url").asText()).isEqualTo("http://127.0.0.1:9");
            assertThat(camel.toString()).doesNotContain(KEY);
        });
    }

    @Test
    void enabledFalseTakesTheCheckOff() {
        app.withPropertyValues("camel.component.gemini.enabled=false", "camel.health.exposure-level=full")
                .run(context -> {
                    gemini(context);
                    assertThat(camelHealth(context).path("details").has("gemini")).isFalse();
                });
    }

    private static GeminiComponent gemini(AssertableApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("gemini", GeminiComponent.class);
    }

    /** The component's check, replaced by the same check reading no COMETAPI_KEY / GEMINI_API_KEY of this machine. */
    private static void blindToTheKeyVariablesOfThisMachine(AssertableApplicationContext context) {
        GeminiComponent gemini = gemini(context);
        HealthCheckRegistry registry = HealthCheckRegistry.get(gemini.getCamelContext());
        assertThat(registry.unregister(registry.getCheck(GeminiHealthCheck.ID).orElseThrow())).isTrue();
        registry.register(new GeminiHealthCheck(GeminiHealthCheck.ID, gemini, name -> null));
    }

    private static JsonNode camelHealth(AssertableApplicationContext context) {
        JsonNode camel = new ObjectMapper().valueToTree(context.getBean(HealthEndpoint.class).health())
                .at("/components/camelHealth");
        assertThat(camel.isObject()).as("camelHealth in %s", camel).isTrue();
        return camel;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
