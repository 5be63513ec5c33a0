package com.cometapi.camel.gemini.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the gemini component from {@code camel.component.gemini.*}. Active when camel-spring-boot has made a
 * CamelContext, unless {@code camel.component.gemini.enabled} (or {@code camel.component.enabled}) is false. The
 * component registers its Camel health check by itself; {@link GeminiDisabledAutoConfiguration} turns it off.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnClass(CamelContext.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", GeminiComponentConfiguration.PREFIX })
@EnableConfigurationProperties(GeminiComponentConfiguration.class)
public class GeminiComponentAutoConfiguration {

    @Bean
    @ConfigurationPropertiesBinding
    static GeminiBeanReferenceConverter geminiBeanReferenceConverter(BeanFactory beans) {
        return new GeminiBeanReferenceConverter(beans);
    }

    @Lazy
    @Bean
    ComponentCustomizer geminiComponentCustomizer(GeminiComponentConfiguration properties) {
        return new GeminiComponentCustomizer(properties);
    }
}
