package com.cometapi.camel.gemini;

import java.util.Collection;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.cometapi.camel.gemini.TestComponents.testComponent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's readiness check: what it reports for a configuration (with the environment it is given), and that
 * the component registers it with the CamelContext's health-check registry by itself.
 */
class GeminiHealthCheckTest {

    private static final String KEY = "very-secret-key";

    private CamelContext camel;
    private GeminiComponent gemini;

    @BeforeEach
    void startCamel() {
        camel = new DefaultCamelContext();
        gemini = new GeminiComponent();
        camel.addComponent("gemini", gemini);
        camel.start();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void upWithAConfiguredKey() {
        gemini.getConfiguration().setApiKey("configured-key");

        HealthCheck.Result result = check(Map.of());

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).doesNotContainKey(GeminiHealthCheck.REASON)
                .containsEntry(GeminiHealthCheck.MODEL, "gemini-2.5-flash");
    }

    @Test
    void upWithTheKeyInCometapiKeyOrGeminiApiKey() {
        assertThat(check(Map.of("COMETAPI_KEY", "env-key")).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(check(Map.of("GEMINI_API_KEY", "env-key")).getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void downWithoutAnyKeySayingWhereToSetIt() {
        gemini.getConfiguration().setApiKey("  ");

        HealthCheck.Result result = check(Map.of("COMETAPI_KEY", " "));

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("No Gemini API key: set camel.component.gemini.api-key, or the"
                                                 + " COMETAPI_KEY (or GEMINI_API_KEY) environment variable");
        assertThat(result.getDetails()).as("Spring Boot's actuator shows details, not the message")
                .containsEntry(GeminiHealthCheck.REASON, result.getMessage().orElseThrow());
    }

    @Test
    void downWithABaseUrlThatIsNotHttp() {
        gemini.getConfiguration().setApiKey("configured-key");
        for (String baseUrl : new String[] { "api.cometapi.com", "ftp://api.cometapi.com", "http://", "https://a b" }) {
            gemini.getConfiguration().setBaseUrl(baseUrl);
            HealthCheck.Result result = check(Map.of());
            assertThat(result.getState()).as(baseUrl).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getMessage()).as(baseUrl).hasValue("camel.component.gemini.base-url '" + baseUrl
                                                                 + "' is not an http:// or https:// URL; use e.g."
                                                                 + " https://api.cometapi.com");
        }
        gemini.getConfiguration().setBaseUrl(" ");
        assertThat(check(Map.of()).getMessage()).hasValue("camel.component.gemini.base-url is blank; use e.g."
                                                          + " https://api.cometapi.com");
    }

    @Test
    void neverShowsTheKeyNorTheUrlsUserInfoOrQuery() {
        gemini.getConfiguration().setApiKey(KEY);
        gemini.getConfiguration().setBaseUrl("ftp://me:" + KEY + "@gateway.example/gemini?key=" + KEY);

        HealthCheck.Result result = check(Map.of());

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(GeminiHealthCheck.BASE_URL, "ftp://...@gateway.example/gemini?...");
        assertThat(result.getDetails().toString()).doesNotContain(KEY);
        assertThat(result.getMessage().orElseThrow()).doesNotContain(KEY);
    }

    @Test
    void theComponentRegistersItAsAReadinessCheckNamedGemini() {
        gemini.getConfiguration().setApiKey("configured-key");

        assertThat(readiness()).filteredOn(result -> result.getCheck().getId().equals(GeminiHealthCheck.ID))
                .singleElement()
                .satisfies(result -> assertThat(result.getState()).isEqualTo(HealthCheck.State.UP));
        assertThat(HealthCheckHelper.invokeLiveness(camel))
                .noneMatch(result -> result.getCheck().getId().equals(GeminiHealthCheck.ID));
    }

    @Test
    void aComponentAddedUnderAnotherNameHasACheckOfThatName() {
        GeminiComponent pro = testComponent("http://127.0.0.1:9", "configured-key");
        camel.addComponent("geminiPro", pro);
        camel.getEndpoint("geminiPro:generate");
        pro.getConfiguration().setBaseUrl("ftp://127.0.0.1:9");

        assertThat(readiness()).filteredOn(result -> result.getCheck().getId().equals("geminiPro"))
                .singleElement()
                .satisfies(result -> assertThat(result.getMessage()).hasValue("camel.component.geminiPro.base-url"
                                                                              + " 'ftp://127.0.0.1:9' is not an http://"
                                                                              + " or https:// URL; use e.g."
                                                                              + " https://api.cometapi.com"));
    }

    @Test
    void stoppingTheComponentOrHealthCheckEnabledFalseLeavesNoCheck() {
        GeminiComponent quiet = testComponent("http://127.0.0.1:9", "configured-key");
        quiet.setHealthCheckEnabled(false);
        camel.addComponent("quiet", quiet);
        camel.getEndpoint("quiet:generate");
        assertThat(HealthCheckHelper.getHealthCheckRegistry(camel).getCheckIDs()).contains(GeminiHealthCheck.ID);

        camel.removeComponent("gemini").stop();

        assertThat(HealthCheckHelper.getHealthCheckRegistry(camel).getCheckIDs())
                .doesNotContain(GeminiHealthCheck.ID, "quiet");
    }

    /** Every readiness check's result (Camel's default exposure shows only the first when all are UP). */
    private Collection<HealthCheck.Result> readiness() {
        return HealthCheckHelper.invoke(camel, check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS),
                check -> !check.isReadiness(), "full");
    }

    private HealthCheck.Result check(Map<String, String> environment) {
        GeminiHealthCheck check = new GeminiHealthCheck(GeminiHealthCheck.ID, gemini, environment::get);
        check.setCamelContext(camel);
        return check.call();
    }
}
