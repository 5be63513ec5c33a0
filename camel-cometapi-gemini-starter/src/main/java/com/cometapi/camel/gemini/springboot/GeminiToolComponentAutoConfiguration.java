package com.cometapi.camel.gemini.springboot;

import com.cometapi.camel.gemini.tool.GeminiToolComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the gemini-tool component from {@code camel.component.gemini-tool.*}, unless
 * {@code camel.component.gemini-tool.enabled} (or {@code camel.component.enabled}) is false.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnClass(CamelContext.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", GeminiToolComponentConfiguration.PREFIX })
@EnableConfigurationProperties(GeminiToolComponentConfiguration.class)
public class GeminiToolComponentAutoConfiguration {

    @Lazy
    @Bean
    ComponentCustomizer geminiToolComponentCustomizer(GeminiToolComponentConfiguration properties) {
        return new ComponentCustomizer() {
            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof GeminiToolComponent;
            }

            @Override
            public void configure(String name, Component target) {
                GeminiToolComponent tools = (GeminiToolComponent) target;
                tools.setBridgeErrorHandler(Boolean.TRUE.equals(properties.getBridgeErrorHandler()));
                tools.setAutowiredEnabled(!Boolean.FALSE.equals(properties.getAutowiredEnabled()));
            }
        };
    }
}
