package com.cometapi.camel.gemini;

import java.util.Locale;

import com.cometapi.camel.gemini.model.EmbeddingTaskType;
import com.cometapi.camel.gemini.model.FunctionCallingMode;
import com.cometapi.camel.gemini.model.ImageSize;
import com.cometapi.camel.gemini.model.MediaResolution;
import com.cometapi.camel.gemini.model.ThinkingLevel;
import org.apache.camel.Converter;

/**
 * Reads the closed-value options from text (an endpoint URI, a component property, YAML DSL parameters): the value as
 * the catalog lists it, or the constant's name, in any case. Camel's enum conversion asks the registry for these
 * before its own matching by name, so a value outside the set fails naming the option and the values it accepts.
 */
@Converter(generateLoader = true)
public final class GeminiOptionConverters {

    private GeminiOptionConverters() {
    }

    @Converter
    public static GeminiAuthMode toAuthMode(String value) {
        return GeminiAuthMode.fromValue(value);
    }

    @Converter
    public static GeminiOutputType toOutputType(String value) {
        return GeminiOutputType.fromValue(value);
    }

    @Converter
    public static ToolErrorPolicy toToolErrorPolicy(String value) {
        return ToolErrorPolicy.fromValue(value);
    }

    @Converter
    public static ThinkingLevel toThinkingLevel(String value) {
        return WireValue.parse(ThinkingLevel.class, "thinkingLevel", value);
    }

    @Converter
    public static FunctionCallingMode toFunctionCallingMode(String value) {
        return WireValue.parse(FunctionCallingMode.class, "functionCallingMode", value);
    }

    /** {@code HIGH}, {@code high} or {@code MEDIA_RESOLUTION_HIGH}: the prefix is optional. */
    @Converter
    public static MediaResolution toMediaResolution(String value) {
        String text = value == null ? null : value.trim();
        if (text != null && text.toUpperCase(Locale.ROOT).startsWith(MediaResolution.PREFIX)) {
            text = text.substring(MediaResolution.PREFIX.length());
        }
        try {
            return WireValue.parse(MediaResolution.class, "mediaResolution", text);
        } catch (IllegalArgumentException e) {
            // name the value as given
            throw new IllegalArgumentException("Unknown mediaResolution '" + value + "'; use one of LOW, MEDIUM, HIGH"
                                               + " (the prefix MEDIA_RESOLUTION_ is optional)");
        }
    }

    @Converter
    public static EmbeddingTaskType toEmbeddingTaskType(String value) {
        return WireValue.parse(EmbeddingTaskType.class, "taskType", value);
    }

    @Converter
    public static ImageSize toImageSize(String value) {
        return WireValue.parse(ImageSize.class, "imageSize", value);
    }
}
