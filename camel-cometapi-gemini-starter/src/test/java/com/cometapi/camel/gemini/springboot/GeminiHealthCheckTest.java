package com.cometapi.camel.gemini.springboot;

import java.util.Map;

import com.cometapi.camel.gemini.GeminiComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class GeminiHealthCheckTest {

    private CamelContext camel;

    @BeforeEach
    void startCamel() {
        camel = new DefaultCamelContext();
        camel.start();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void upWithAConfiguredKey() {
        gemini().getConfiguration().setApiKey("configured-key");
        assertThat(check(Map.of()).getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void upWithTheKeyInCometapiKeyOrGeminiApiKey() {
        assertThat(check(Map.of("COMETAPI_KEY", "env-key")).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(check(Map.of("GEMINI_API_KEY", "env-key")).getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void downWithoutAnyKey() {
        HealthCheck.Result result = check(Map.of());
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("camel.component.gemini.api-key", "COMETAPI_KEY"));
        assertThat(result.getDetails()).as("Spring Boot's actuator shows details, not the message")
                .containsEntry(GeminiHealthCheck.REASON, result.getMessage().orElseThrow());
    }

    @Test
    void upHasNoReason() {
        gemini().getConfiguration().setApiKey("configured-key");
        assertThat(check(Map.of()).getDetails()).doesNotContainKey(GeminiHealthCheck.REASON);
    }

    @Test
    void showsTheBaseUrlWithoutUserInfoOrQuery() {
        gemini().getConfiguration().setApiKey("configured-key");
        gemini().getConfiguration()
                .setBaseUrl("https://me:very-secret-key@gateway.example/gemini?key=very-secret-key");

        HealthCheck.Result result = check(Map.of());

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails())
                .containsEntry(GeminiHealthCheck.BASE_URL, "https://...@gateway.example/gemini?...");
        assertThat(GeminiHealthCheck.shown("http://127.0.0.1:8080/a@b")).isEqualTo("http://127.0.0.1:8080/a@b");
        assertThat(GeminiHealthCheck.shown("api.cometapi.com")).isEqualTo("api.cometapi.com");
    }

    @Test
    void downWithABlankKey() {
        gemini().getConfiguration().setApiKey("  ");
        assertThat(check(Map.of("COMETAPI_KEY", " ")).getState()).isEqualTo(HealthCheck.State.DOWN);
    }

    @Test
    void downWithAMalformedBaseUrl() {
        gemini().getConfiguration().setApiKey("configured-key");
        for (String baseUrl : new String[] { "api.cometapi.com", "ftp://api.cometapi.com", "http://", "https://a b", "" }) {
            gemini().getConfiguration().setBaseUrl(baseUrl);
            HealthCheck.Result result = check(Map.of());
            assertThat(result.getState()).as(baseUrl).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getMessage()).as(baseUrl).hasValueSatisfying(m -> assertThat(m).contains("base-url"));
        }
    }

    @Test
    void neverShowsTheKey() {
        gemini().getConfiguration().setApiKey("very-secret-key");
        HealthCheck.Result result = check(Map.of());
        assertThat(result.getDetails().toString()).doesNotContain("very-secret-key");
        assertThat(result.getMessage().orElse("")).doesNotContain("very-secret-key");
    }

    @Test
    void isAReadinessCheckNamedGeminiInSpringBoot() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                        GeminiComponentAutoConfiguration.class))
                .withPropertyValues("camel.component.gemini.api-key=k",
                        "camel.component.gemini.base-url=not a url")
                .run(context -> {
                    CamelContext camelContext = context.getBean(CamelContext.class);
                    assertThat(HealthCheckHelper.invokeReadiness(camelContext))
                            .filteredOn(result -> result.getCheck().getId().equals(GeminiHealthCheck.ID))
                            .singleElement()
                            .satisfies(result -> assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN));
                    assertThat(HealthCheckHelper.invokeLiveness(camelContext))
                            .noneMatch(result -> result.getCheck().getId().equals(GeminiHealthCheck.ID));
                });
    }

    @Test
    void upInSpringBootWithKeyAndBaseUrlProperties() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                        GeminiComponentAutoConfiguration.class))
                .withPropertyValues("camel.component.gemini.api-key=k",
                        "camel.component.gemini.base-url=http://127.0.0.1:9")
                .run(context -> assertThat(HealthCheckHelper.invokeReadiness(context.getBean(CamelContext.class)))
                        .filteredOn(result -> result.getCheck().getId().equals(GeminiHealthCheck.ID))
                        .singleElement()
                        .satisfies(result -> assertThat(result.getState()).isEqualTo(HealthCheck.State.UP)));
    }

    private GeminiComponent gemini() {
        return camel.getComponent("gemini", GeminiComponent.class);
    }

    private HealthCheck.Result check(Map<String, String> environment) {
        GeminiHealthCheck check = new GeminiHealthCheck(environment::get);
        check.setCamelContext(camel);
        return check.call();
    }
}
