package com.cometapi.camel.gemini.springboot;

import com.cometapi.camel.gemini.GeminiCallObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class GeminiAutoConfigurationConditionsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    GeminiComponentAutoConfiguration.class, GeminiMetricsAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void configuresTheComponentMetersAndHealthCheckByDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(GeminiComponentConfiguration.class);
            assertThat(context).hasSingleBean(ComponentCustomizer.class);
            assertThat(context).hasSingleBean(GeminiHealthCheck.class);
            assertThat(context).hasSingleBean(GeminiMeterObserver.class);
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
                    assertThat(context).doesNotHaveBean(GeminiHealthCheck.class);
                    assertThat(context).doesNotHaveBean(GeminiCallObserver.class);
                    assertThat(context.getBeansOfType(ComponentCustomizer.class)).isEmpty();
                    assertThat(GeminiPropertiesBindingTest.gemini(context).getConfiguration().getBaseUrl())
                            .isEqualTo("https://api.cometapi.com");
                });
    }

    @Test
    void camelComponentEnabledFalseAlsoDisablesIt() {
        runner.withPropertyValues("camel.component.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(GeminiComponentConfiguration.class)
                        .doesNotHaveBean(GeminiMeterObserver.class));
    }

    @Test
    void metricsEnabledFalseKeepsTheComponentButNoMeters() {
        runner.withPropertyValues("camel.component.gemini.metrics.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(GeminiComponentConfiguration.class)
                        .hasSingleBean(GeminiHealthCheck.class)
                        .doesNotHaveBean(GeminiMeterObserver.class));
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
                        GeminiMetricsAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(CamelContext.class))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("camel.component.gemini.api-key=k")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(GeminiComponentConfiguration.class)
                        .doesNotHaveBean(GeminiHealthCheck.class)
                        .doesNotHaveBean(GeminiMeterObserver.class));
    }
}
