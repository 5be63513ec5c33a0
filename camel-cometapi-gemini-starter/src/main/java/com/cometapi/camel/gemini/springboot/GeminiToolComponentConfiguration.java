package com.cometapi.camel.gemini.springboot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Spring Boot properties of the {@code gemini-tool} component (Camel routes the model may call as functions).
 */
@ConfigurationProperties(GeminiToolComponentConfiguration.PREFIX)
public class GeminiToolComponentConfiguration {

    static final String PREFIX = "camel.component.gemini-tool";

    /**
     * Whether to configure the gemini-tool component.
     */
    private boolean enabled = true;
    /**
     * Route exceptions of a tool route's consumer to the route's error handler instead of logging them.
     */
    private Boolean bridgeErrorHandler = false;
    /**
     * Whether autowiring is enabled: options marked autowired are set from the single bean of their type.
     */
    private Boolean autowiredEnabled = true;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }
}
