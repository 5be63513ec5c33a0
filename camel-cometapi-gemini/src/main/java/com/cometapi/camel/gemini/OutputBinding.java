package com.cometapi.camel.gemini;

import java.io.IOException;

import com.cometapi.camel.gemini.model.GeminiJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import org.apache.camel.CamelContext;

/**
 * {@code outputClass}: the class an answer binds to, and the reader that binds. Binding uses the component's mapper
 * ({@link GeminiJson#MAPPER}), which ignores unknown properties: a model that adds a field the class lacks still
 * gives an instance, while a value of the wrong type, or text that is not JSON, fails.
 */
final class OutputBinding {

    private final Class<?> type;
    private final ObjectReader reader;

    private OutputBinding(Class<?> type) {
        this.type = type;
        this.reader = GeminiJson.MAPPER.readerFor(type);
    }

    /**
     * The binding an endpoint's {@code outputClass} asks for; null without one.
     *
     * @throws IllegalArgumentException when the class is not on the classpath, or {@code outputType} is not
     *                                  {@code text} (the class binds the answer text)
     */
    static OutputBinding forEndpoint(CamelContext context, GeminiConfiguration config) {
        String name = config.getOutputClass() == null ? "" : config.getOutputClass().trim();
        if (name.isEmpty()) {
            return null;
        }
        if (config.getOutputType() != GeminiOutputType.TEXT) {
            throw new IllegalArgumentException("outputClass binds the answer text, but outputType is "
                                               + config.getOutputType().value()
                                               + "; leave outputType unset (text) or remove outputClass");
        }
        Class<?> type = context.getClassResolver().resolveClass(name);
        if (type == null) {
            throw new IllegalArgumentException("outputClass " + name + " is not on the classpath; give the fully"
                                               + " qualified class name (a nested class as Outer$Inner)");
        }
        return new OutputBinding(type);
    }

    /** The class as given, for the strategy that binds an aggregated stream. */
    static OutputBinding of(Class<?> type) {
        return new OutputBinding(type);
    }

    Class<?> type() {
        return type;
    }

    /**
     * The text as an instance of the class.
     *
     * @param  finishReason                 why the model stopped, or null: named in the failure
     * @throws GeminiOutputBindingException when the text is empty or does not bind; it holds the text
     */
    Object bind(String text, String finishReason) throws GeminiOutputBindingException {
        String answer = text == null ? "" : text;
        if (answer.isBlank()) {
            throw new GeminiOutputBindingException(type.getName(), answer, finishReason, "the answer is empty", null);
        }
        try {
            return reader.readValue(answer);
        } catch (JsonProcessingException e) {
            throw new GeminiOutputBindingException(type.getName(), answer, finishReason, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GeminiOutputBindingException(type.getName(), answer, finishReason, e.getMessage(), e);
        }
    }
}
