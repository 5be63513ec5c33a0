package com.cometapi.camel.gemini.model;

/**
 * The values of {@link ImageConfig#getImageSize()}, the type of the endpoint option {@code imageSize}, spelt as the
 * API and the catalog spell them ({@link #toString()}).
 */
public enum ImageSize {

    /** About 1024 pixels on the long side. */
    SIZE_1K("1K"),
    /** About 2048 pixels on the long side. */
    SIZE_2K("2K"),
    /** About 4096 pixels on the long side. */
    SIZE_4K("4K");

    private final String value;

    ImageSize(String value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return value;
    }
}
