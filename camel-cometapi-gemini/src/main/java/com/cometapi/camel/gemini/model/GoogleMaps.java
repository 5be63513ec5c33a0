package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/** The Google Maps grounding tool. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"enableWidget", "authConfig"})
public class GoogleMaps extends GeminiObject {

    private Boolean enableWidget;
    private Map<String, Object> authConfig;

    public Boolean getEnableWidget() {
        return enableWidget;
    }

    public GoogleMaps setEnableWidget(Boolean enableWidget) {
        this.enableWidget = enableWidget;
        return this;
    }

    public Map<String, Object> getAuthConfig() {
        return authConfig;
    }

    public GoogleMaps setAuthConfig(Map<String, Object> authConfig) {
        this.authConfig = authConfig;
        return this;
    }
}
