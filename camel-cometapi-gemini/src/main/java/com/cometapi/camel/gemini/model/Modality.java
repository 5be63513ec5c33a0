package com.cometapi.camel.gemini.model;

/** Known modalities of {@link GenerationConfig#getResponseModalities()} and {@link ModalityTokenCount}. */
public final class Modality {

    public static final String MODALITY_UNSPECIFIED = "MODALITY_UNSPECIFIED";
    public static final String TEXT = "TEXT";
    public static final String IMAGE = "IMAGE";
    public static final String VIDEO = "VIDEO";
    public static final String AUDIO = "AUDIO";
    public static final String DOCUMENT = "DOCUMENT";

    private Modality() {
    }
}
