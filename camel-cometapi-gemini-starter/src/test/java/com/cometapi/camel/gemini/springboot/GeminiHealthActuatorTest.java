package com.cometapi.camel.gemini.springboot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring Boot's {@code /actuator/health} shows for a DOWN gemini check, with Camel's default health exposure
 * level: the reason, never the key. The JSON is the health endpoint's answer, serialized as the actuator does.
 */
class GeminiHealthActuatorTest {

    private static final String KEY = "very-secret-key";

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withUserConfiguration(App.class)
            .withPropertyValues("management.endpoint.health.show-details=always");

    @Test
    void showsWhyTheKeyIsMissing() {
        app.withUserConfiguration(NoEnvironment.class).run(context -> {
            JsonNode camel = camelHealth(context.getBean(HealthEndpoint.class));

            assertThat(camel.at("/details/gemini").asText()).isEqualTo("DOWN");
            assertThat(camel.at("/details/gemini.data/reason").asText())
                    .startsWith("No Gemini API key: set camel.component.gemini.api-key, or the COMETAPI_KEY");
        });
    }

    @Test
    void showsWhyTheBaseUrlIsWrongButNeverTheKey() {
        app.withPropertyValues("camel.component.gemini.api-key=" + KEY,
                "camel.component.gemini.base-url=ftp://api.cometapi.com/?key=" + KEY).run(context -> {
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

    private static JsonNode camelHealth(HealthEndpoint endpoint) {
        JsonNode camel = new ObjectMapper().valueToTree(endpoint.health()).at("/components/camelHealth");
        assertThat(camel.isObject()).as("camelHealth in %s", camel).isTrue();
        return camel;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    /** The check as the auto-configuration makes it, but blind to COMETAPI_KEY / GEMINI_API_KEY of this machine. */
    static class NoEnvironment {

        @Bean
        GeminiHealthCheck geminiHealthCheck() {
            return new GeminiHealthCheck(name -> null);
        }
    }
}
