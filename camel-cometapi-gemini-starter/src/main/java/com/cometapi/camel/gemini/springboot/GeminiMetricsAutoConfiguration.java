package com.cometapi.camel.gemini.springboot;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * With Micrometer and a {@link MeterRegistry}: a {@link GeminiMeterObserver} bean, which the gemini component picks up
 * as its {@code callObserver} (the single bean of that type). Off with {@code camel.component.gemini.metrics.enabled=false}
 * or {@code camel.component.gemini.enabled=false}.
 */
@AutoConfiguration(after = GeminiComponentAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, GeminiComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", GeminiComponentConfiguration.PREFIX })
@ConditionalOnProperty(prefix = GeminiComponentConfiguration.PREFIX, name = "metrics.enabled", matchIfMissing = true)
public class GeminiMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    GeminiMeterObserver geminiMeterObserver(MeterRegistry registry) {
        return new GeminiMeterObserver(registry);
    }
}
