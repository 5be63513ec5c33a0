package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The voice to use. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class VoiceConfig extends GeminiObject {

    private PrebuiltVoiceConfig prebuiltVoiceConfig;

    public PrebuiltVoiceConfig getPrebuiltVoiceConfig() {
        return prebuiltVoiceConfig;
    }

    public VoiceConfig setPrebuiltVoiceConfig(PrebuiltVoiceConfig prebuiltVoiceConfig) {
        this.prebuiltVoiceConfig = prebuiltVoiceConfig;
        return this;
    }
}
