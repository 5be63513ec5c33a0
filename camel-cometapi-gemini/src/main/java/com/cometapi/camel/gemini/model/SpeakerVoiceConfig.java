package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The voice of one named speaker. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"speaker", "voiceConfig"})
public class SpeakerVoiceConfig extends GeminiObject {

    private String speaker;
    private VoiceConfig voiceConfig;

    public String getSpeaker() {
        return speaker;
    }

    public SpeakerVoiceConfig setSpeaker(String speaker) {
        this.speaker = speaker;
        return this;
    }

    public VoiceConfig getVoiceConfig() {
        return voiceConfig;
    }

    public SpeakerVoiceConfig setVoiceConfig(VoiceConfig voiceConfig) {
        this.voiceConfig = voiceConfig;
        return this;
    }
}
