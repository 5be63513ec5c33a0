package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Speech output options (one voice or several speakers). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"voiceConfig", "multiSpeakerVoiceConfig", "languageCode"})
public class SpeechConfig extends GeminiObject {

    private VoiceConfig voiceConfig;
    private MultiSpeakerVoiceConfig multiSpeakerVoiceConfig;
    private String languageCode;

    public VoiceConfig getVoiceConfig() {
        return voiceConfig;
    }

    public SpeechConfig setVoiceConfig(VoiceConfig voiceConfig) {
        this.voiceConfig = voiceConfig;
        return this;
    }

    public MultiSpeakerVoiceConfig getMultiSpeakerVoiceConfig() {
        return multiSpeakerVoiceConfig;
    }

    public SpeechConfig setMultiSpeakerVoiceConfig(MultiSpeakerVoiceConfig multiSpeakerVoiceConfig) {
        this.multiSpeakerVoiceConfig = multiSpeakerVoiceConfig;
        return this;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public SpeechConfig setLanguageCode(String languageCode) {
        this.languageCode = languageCode;
        return this;
    }
}
