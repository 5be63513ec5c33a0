package com.cometapi.camel.gemini.springboot;

import com.cometapi.camel.gemini.GeminiComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With {@code camel.component.gemini.enabled=false} (or {@code camel.component.enabled=false}) the starter applies no
 * property, and the component does not register its readiness check (which it otherwise does by itself, in every
 * runtime): switching the starter off for gemini takes the check off the actuator's health too.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnClass(CamelContext.class)
@Conditional({ ConditionalOnCamelContextAndAutoConfigurationBeans.class,
        GeminiDisabledAutoConfiguration.StarterDisabled.class })
public class GeminiDisabledAutoConfiguration {

    @Bean
    ComponentCustomizer geminiHealthCheckOff() {
        return ComponentCustomizer.forType(GeminiComponent.class, gemini -> gemini.setHealthCheckEnabled(false));
    }

    /** Matches when {@link GeminiComponentAutoConfiguration}'s hierarchical enabled property does not. */
    static final class StarterDisabled implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !HierarchicalPropertiesEvaluator.evaluate(context.getEnvironment(), "camel.component",
                    GeminiComponentConfiguration.PREFIX);
        }
    }
}
