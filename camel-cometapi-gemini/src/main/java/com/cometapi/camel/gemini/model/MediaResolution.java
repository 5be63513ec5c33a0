package com.cometapi.camel.gemini.model;

/**
 * The values of {@link GenerationConfig#getMediaResolution()}, the type of the endpoint option
 * {@code mediaResolution}: given as {@code LOW}, {@code MEDIUM}, {@code HIGH}, sent with the {@code MEDIA_RESOLUTION_}
 * prefix ({@link #wireValue()}).
 */
public enum MediaResolution {

    /** Fewest tokens per image, video frame or PDF page. */
    LOW,
    /** Balanced detail and token use. */
    MEDIUM,
    /** Most detail, most tokens. */
    HIGH;

    /** The prefix of the wire value, optional in an option value. */
    public static final String PREFIX = "MEDIA_RESOLUTION_";

    /** As the API spells it, e.g. {@code MEDIA_RESOLUTION_HIGH}. */
    public String wireValue() {
        return PREFIX + name();
    }
}
