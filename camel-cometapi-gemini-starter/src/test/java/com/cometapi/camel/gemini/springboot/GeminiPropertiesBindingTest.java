package com.cometapi.camel.gemini.springboot;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import com.cometapi.camel.gemini.GeminiAuthMode;
import com.cometapi.camel.gemini.GeminiCallObserver;
import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.GeminiComponentConfigurer;
import com.cometapi.camel.gemini.GeminiConfiguration;
import com.cometapi.camel.gemini.GeminiOutputType;
import com.cometapi.camel.gemini.ToolErrorPolicy;
import com.cometapi.camel.gemini.model.FunctionCallingMode;
import com.cometapi.camel.gemini.model.ThinkingLevel;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

import com.cometapi.camel.gemini.conversation.GeminiConversationStore;
import com.cometapi.camel.gemini.conversation.InMemoryConversationStore;
import com.cometapi.camel.gemini.tool.GeminiToolComponent;
import org.apache.camel.CamelContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class GeminiPropertiesBindingTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    GeminiComponentAutoConfiguration.class, GeminiToolComponentAutoConfiguration.class));

    @Test
    void bindsTheToolComponentProperties() {
        runner.withPropertyValues("camel.component.gemini-tool.bridge-error-handler=true",
                "camel.component.gemini-tool.autowired-enabled=false").run(context -> {
                    assertThat(context).hasNotFailed();
                    GeminiToolComponent tools = context.getBean(CamelContext.class)
                            .getComponent("gemini-tool", GeminiToolComponent.class);
                    assertThat(tools.isBridgeErrorHandler()).isTrue();
                    assertThat(tools.isAutowiredEnabled()).isFalse();
                });
    }

    @Test
    void bindsEveryKindOfPropertyOntoTheComponent() {
        runner.withPropertyValues(
                "camel.component.gemini.api-key=secret-key-123",
                "camel.component.gemini.base-url=http://127.0.0.1:9/gemini",
                "camel.component.gemini.auth-mode=bearer",
                "camel.component.gemini.output-type=json",
                "camel.component.gemini.output-class=com.acme.Invoice",
                "camel.component.gemini.thinking-level=HIGH",
                "camel.component.gemini.model=gemini-3-pro-preview",
                "camel.component.gemini.temperature=0.25",
                "camel.component.gemini.top-k=40",
                "camel.component.gemini.thinking-budget=-1",
                "camel.component.gemini.include-thoughts=true",
                "camel.component.gemini.fail-on-block=false",
                "camel.component.gemini.google-search=true",
                "camel.component.gemini.connect-timeout=10s",
                "camel.component.gemini.request-timeout=2m",
                "camel.component.gemini.stream-idle-timeout=1500",
                "camel.component.gemini.retry-initial-delay=250ms",
                "camel.component.gemini.max-retries=5",
                "camel.component.gemini.max-connections=20",
                "camel.component.gemini.proxy-port=3128",
                "camel.component.gemini.stop-sequences=END,STOP",
                "camel.component.gemini.response-modalities[0]=TEXT",
                "camel.component.gemini.response-modalities[1]=IMAGE",
                "camel.component.gemini.lazy-start-producer=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    GeminiComponent component = gemini(context);
                    GeminiConfiguration config = component.getConfiguration();
                    assertThat(config.getApiKey()).isEqualTo("secret-key-123");
                    assertThat(config.getBaseUrl()).isEqualTo("http://127.0.0.1:9/gemini");
                    assertThat(config.getAuthMode()).isEqualTo(GeminiAuthMode.BEARER);
                    assertThat(config.getOutputType()).isEqualTo(GeminiOutputType.JSON);
                    assertThat(config.getOutputClass()).isEqualTo("com.acme.Invoice");
                    assertThat(config.getThinkingLevel()).isEqualTo(ThinkingLevel.HIGH);
                    assertThat(config.getModel()).isEqualTo("gemini-3-pro-preview");
                    assertThat(config.getTemperature()).isEqualTo(0.25);
                    assertThat(config.getTopK()).isEqualTo(40);
                    assertThat(config.getThinkingBudget()).isEqualTo(-1);
                    assertThat(config.isIncludeThoughts()).isTrue();
                    assertThat(config.isFailOnBlock()).isFalse();
                    assertThat(config.isGoogleSearch()).isTrue();
                    assertThat(config.getConnectTimeout()).isEqualTo(10_000);
                    assertThat(config.getRequestTimeout()).isEqualTo(120_000);
                    assertThat(config.getStreamIdleTimeout()).isEqualTo(1_500);
                    assertThat(config.getRetryInitialDelay()).isEqualTo(250);
                    assertThat(config.getMaxRetries()).isEqualTo(5);
                    assertThat(config.getMaxConnections()).isEqualTo(20);
                    assertThat(config.getProxyPort()).isEqualTo(3128);
                    assertThat(config.getStopSequences()).isEqualTo("END,STOP");
                    assertThat(config.getResponseModalities()).isEqualTo("TEXT,IMAGE");
                    assertThat(component.isLazyStartProducer()).isTrue();
                });
    }

    static Stream<Arguments> documentedValues() {
        return Stream.of(
                arguments("auth-mode", "x-goog-api-key", GeminiAuthMode.X_GOOG_API_KEY),
                arguments("auth-mode", "X-GOOG-API-KEY", GeminiAuthMode.X_GOOG_API_KEY),
                arguments("auth-mode", "bearer", GeminiAuthMode.BEARER),
                arguments("auth-mode", "Bearer", GeminiAuthMode.BEARER),
                arguments("output-type", "text", GeminiOutputType.TEXT),
                arguments("output-type", "Response", GeminiOutputType.RESPONSE),
                arguments("output-type", "json", GeminiOutputType.JSON),
                arguments("output-type", "BYTES", GeminiOutputType.BYTES),
                arguments("tool-error-policy", "reprompt", ToolErrorPolicy.REPROMPT),
                arguments("tool-error-policy", "fail", ToolErrorPolicy.FAIL),
                arguments("thinking-level", "MINIMAL", ThinkingLevel.MINIMAL),
                arguments("thinking-level", "low", ThinkingLevel.LOW),
                arguments("thinking-level", "Medium", ThinkingLevel.MEDIUM),
                arguments("thinking-level", "HIGH", ThinkingLevel.HIGH),
                arguments("function-calling-mode", "AUTO", FunctionCallingMode.AUTO),
                arguments("function-calling-mode", "any", FunctionCallingMode.ANY),
                arguments("function-calling-mode", "None", FunctionCallingMode.NONE),
                arguments("function-calling-mode", "VALIDATED", FunctionCallingMode.VALIDATED));
    }

    /**
     * The documented values, in any case, bind to the properties and reach the component (a value other than the
     * default through the customizer; the default is the component's own).
     */
    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("documentedValues")
    void bindsTheDocumentedValuesOfTheClosedOptions(String property, String value, Enum<?> expected) {
        String option = StringHelper.dashToCamelCase(property);
        runner.withPropertyValues("camel.component.gemini." + property + "=" + value).run(context -> {
            assertThat(context).hasNotFailed();
            GeminiComponentConfiguration properties = context.getBean(GeminiComponentConfiguration.class);
            assertThat(new BeanWrapperImpl(properties).getPropertyValue(option)).isSameAs(expected);
            assertThat(new GeminiComponentConfigurer().getOptionValue(gemini(context), option, false))
                    .isSameAs(expected);
        });
    }

    @Test
    void anUnknownValueFailsAndBootListsTheValidOnes() {
        runner.withPropertyValues("camel.component.gemini.auth-mode=basic").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                    .load(FailureAnalyzer.class, null, SpringFactoriesLoader.FailureHandler.handleMessage((m, e) -> {
                    }));
            FailureAnalysis analysis = analyzers.stream().map(analyzer -> analyzer.analyze(failure))
                    .filter(Objects::nonNull).findFirst().orElseThrow();
            assertThat(analysis.getDescription()).contains("camel.component.gemini.auth-mode", "basic");
            assertThat(analysis.getAction()).contains("The following values are valid:", "bearer", "x-goog-api-key");
        });
    }

    @Test
    void bindsBeanReferences() {
        runner.withBean("tls", SSLContextParameters.class, SSLContextParameters::new)
                .withBean("auditObserver", GeminiCallObserver.class, () -> event -> {
                })
                .withBean("sharedHistory", GeminiConversationStore.class, InMemoryConversationStore::new)
                .withBean("geminiWorkers", ExecutorService.class, () -> Executors.newFixedThreadPool(1))
                .withPropertyValues(
                        "camel.component.gemini.worker-pool=#bean:geminiWorkers",
                        "camel.component.gemini.ssl-context-parameters=#bean:tls",
                        "camel.component.gemini.call-observer=#auditObserver",
                        "camel.component.gemini.conversation-store=#sharedHistory",
                        "camel.component.gemini.use-global-ssl-context-parameters=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    GeminiComponent component = gemini(context);
                    assertThat(component.getConfiguration().getSslContextParameters())
                            .isSameAs(context.getBean("tls"));
                    assertThat(component.getCallObserver()).isSameAs(context.getBean("auditObserver"));
                    assertThat(component.getConfiguration().getConversationStore())
                            .isSameAs(context.getBean("sharedHistory"));
                    assertThat(component.getConfiguration().getWorkerPool()).isSameAs(context.getBean("geminiWorkers"));
                    assertThat(component.isUseGlobalSslContextParameters()).isTrue();
                });
    }

    @Test
    void bindsTheConfigurationBeanFirstAndAppliesTheOtherPropertiesOnTop() {
        GeminiConfiguration shared = new GeminiConfiguration();
        shared.setBaseUrl("http://gateway.internal:8080");
        shared.setModel("gemini-2.5-pro");
        runner.withBean("sharedGemini", GeminiConfiguration.class, () -> shared)
                .withPropertyValues(
                        "camel.component.gemini.configuration=#bean:sharedGemini",
                        "camel.component.gemini.model=gemini-2.5-flash-lite",
                        // left at its default: not applied, the bean's value stays
                        "camel.component.gemini.base-url=https://api.cometapi.com")
                .run(context -> {
                    GeminiConfiguration config = gemini(context).getConfiguration();
                    assertThat(config).isSameAs(shared);
                    assertThat(config.getModel()).isEqualTo("gemini-2.5-flash-lite");
                    assertThat(config.getBaseUrl()).isEqualTo("http://gateway.internal:8080");
                });
    }

    @Test
    void aBeanPropertyWithoutReferenceSyntaxFailsWithAHint() {
        runner.withPropertyValues("camel.component.gemini.ssl-context-parameters=tls")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("#bean:tls"));
    }

    @Test
    void resolvesCamelPlaceholdersInValues() {
        runner.withPropertyValues("camel.component.gemini.api-key={{gemini.secret}}", "gemini.secret=from-placeholder")
                .run(context -> assertThat(gemini(context).getConfiguration().getApiKey())
                        .isEqualTo("from-placeholder"));
    }

    @Test
    void durationPropertiesBindAsDurations() {
        runner.withPropertyValues("camel.component.gemini.retry-max-delay=90s")
                .run(context -> assertThat(context.getBean(GeminiComponentConfiguration.class).getRetryMaxDelay())
                        .isEqualTo(Duration.ofSeconds(90)));
    }

    @Test
    void leavesTheComponentAloneWithoutProperties() {
        runner.run(context -> {
            GeminiConfiguration config = gemini(context).getConfiguration();
            GeminiConfiguration defaults = new GeminiConfiguration();
            assertThat(config.getBaseUrl()).isEqualTo(defaults.getBaseUrl());
            assertThat(config.getModel()).isEqualTo(defaults.getModel());
            assertThat(config.getConnectTimeout()).isEqualTo(defaults.getConnectTimeout());
            assertThat(config.getStopSequences()).isNull();
        });
    }

    static GeminiComponent gemini(AssertableApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("gemini", GeminiComponent.class);
    }
}
