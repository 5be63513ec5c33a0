package com.cometapi.camel.gemini.springboot;

import java.util.Collection;

import com.cometapi.camel.gemini.GeminiCallObserver;
import com.cometapi.camel.gemini.GeminiComponent;
import com.cometapi.camel.gemini.GeminiHealthCheck;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class GeminiAutoConfigurationConditionsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    GeminiComponentAutoConfiguration.class, GeminiDisabledAutoConfiguration.class,
                    GeminiMetricsAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void configuresTheComponentMetersAndHealthCheckByDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(GeminiComponentConfiguration.class);
            assertThat(context).hasSingleBean(ComponentCustomizer.class);
            assertThat(context).hasSingleBean(GeminiMeterObserver.class);
            assertThat(healthCheckIds(context)).contains(GeminiHealthCheck.ID);
            assertThat(GeminiPropertiesBindingTest.gemini(context).getCallObserver())
                    .isSameAs(context.getBean(GeminiMeterObserver.class));
        });
    }

    @Test
    void enabledFalseRemovesConfigurationMetersAndHealthCheck() {
        runner.withPropertyValues("camel.component.gemini.enabled=false",
                        "camel.component.gemini.base-url=http://127.0.0.1:9")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(GeminiComponentConfiguration.class);
                    assertThat(context).doesNotHaveBean(GeminiCallObserver.class);
                    assertThat(context).doesNotHaveBean(GeminiComponentAutoConfiguration.class);
                    assertThat(GeminiPropertiesBindingTest.gemini(context).getConfiguration().getBaseUrl())
                            .isEqualTo("https://api.cometapi.com");
                    assertThat(GeminiPropertiesBindingTest.gemini(context).isHealthCheckEnabled()).isFalse();
                    assertThat(healthCheckIds(context)).doesNotContain(GeminiHealthCheck.ID);
                });
    }

    @Test
    void camelComponentEnabledFalseAlsoDisablesIt() {
        runner.withPropertyValues("camel.component.enabled=false")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(GeminiComponentConfiguration.class)
                            .doesNotHaveBean(GeminiMeterObserver.class);
                    assertThat(healthCheckIds(context)).doesNotContain(GeminiHealthCheck.ID);
                });
    }

    @Test
    void componentEnabledFalseButGeminiEnabledKeepsIt() {
        runner.withPropertyValues("camel.component.enabled=false", "camel.component.gemini.enabled=true")
                .run(context -> {
                    assertThat(context).hasSingleBean(GeminiComponentConfiguration.class)
                            .doesNotHaveBean(GeminiDisabledAutoConfiguration.class);
                    assertThat(healthCheckIds(context)).contains(GeminiHealthCheck.ID);
                });
    }

    @Test
    void healthCheckEnabledFalseTakesOnlyTheCheckOff() {
        runner.withPropertyValues("camel.component.gemini.health-check-enabled=false")
                .run(context -> {
                    assertThat(context).hasSingleBean(GeminiComponentConfiguration.class);
                    assertThat(healthCheckIds(context)).doesNotContain(GeminiHealthCheck.ID);
                });
    }

    @Test
    void metricsEnabledFalseKeepsTheComponentButNoMeters() {
        runner.withPropertyValues("camel.component.gemini.metrics.enabled=false")
                .run(context -> {
                    assertThat(context).hasSingleBean(GeminiComponentConfiguration.class)
                            .doesNotHaveBean(GeminiMeterObserver.class);
                    assertThat(healthCheckIds(context)).contains(GeminiHealthCheck.ID);
                });
    }

    @Test
    void noMetersWithoutAMeterRegistryBean() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                        GeminiComponentAutoConfiguration.class, GeminiMetricsAutoConfiguration.class))
                .run(context -> assertThat(context).hasSingleBean(GeminiComponentConfiguration.class)
                        .doesNotHaveBean(GeminiMeterObserver.class));
    }

    @Test
    void noMetersWithoutMicrometer() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                        GeminiComponentAutoConfiguration.class, GeminiMetricsAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasNotFailed()
                        .hasSingleBean(GeminiComponentConfiguration.class)
                        .doesNotHaveBean(GeminiMeterObserver.class));
    }

    @Test
    void nothingWithoutCamel() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(GeminiComponentAutoConfiguration.class,
                        GeminiDisabledAutoConfiguration.class, GeminiMetricsAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(CamelContext.class))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("camel.component.gemini.api-key=k")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(GeminiComponentConfiguration.class)
                        .doesNotHaveBean(ComponentCustomizer.class)
                        .doesNotHaveBean(GeminiMeterObserver.class));
    }

    /** The ids of the health checks registered once the gemini component has started (a route would start it). */
    private static Collection<String> healthCheckIds(AssertableApplicationContext context) {
        GeminiComponent gemini = GeminiPropertiesBindingTest.gemini(context);
        return HealthCheckRegistry.get(gemini.getCamelContext()).getCheckIDs();
    }
}
