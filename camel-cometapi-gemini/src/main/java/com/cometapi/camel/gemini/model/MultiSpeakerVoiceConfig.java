package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Voices for a multi-speaker dialogue. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MultiSpeakerVoiceConfig extends GeminiObject {

    private List<SpeakerVoiceConfig> speakerVoiceConfigs;

    public List<SpeakerVoiceConfig> getSpeakerVoiceConfigs() {
        return speakerVoiceConfigs;
    }

    public MultiSpeakerVoiceConfig setSpeakerVoiceConfigs(List<SpeakerVoiceConfig> speakerVoiceConfigs) {
        this.speakerVoiceConfigs = speakerVoiceConfigs;
        return this;
    }
}
