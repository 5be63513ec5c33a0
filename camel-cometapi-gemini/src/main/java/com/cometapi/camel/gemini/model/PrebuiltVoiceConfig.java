package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A prebuilt voice by name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PrebuiltVoiceConfig extends GeminiObject {

    private String voiceName;

    public String getVoiceName() {
        return voiceName;
    }

    public PrebuiltVoiceConfig setVoiceName(String voiceName) {
        this.voiceName = voiceName;
        return this;
    }
}
