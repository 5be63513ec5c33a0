package com.cometapi.camel.gemini.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.Part;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

/**
 * Writes an endpoint's request bodies, byte for byte as {@link GeminiJson#MAPPER} writes them, with the endpoint's
 * fixed parts written once.
 * <p>
 * A request made from the endpoint's {@link RequestDefaults} and left as made (its system instruction, tools,
 * generation config, safety settings and the rest being the defaults' own objects) differs from the next only in its
 * turns. Their JSON (a JSON Schema, function declarations, a long system instruction: often most of the body) is
 * serialized when the endpoint starts; each request writes its turns, a text turn directly and any other through
 * Jackson, and appends it. Any other request (a body the caller built, a cached content set from a header, tool
 * routes offered) is serialized by Jackson whole.
 * <p>
 * Thread-safe; one per endpoint.
 */
public final class RequestJson {

    private static final byte[] CONTENTS_START = "{\"contents\":[]".getBytes(StandardCharsets.UTF_8);

    private final RequestDefaults defaults;
    /** The defaults' fields as JSON, each after a comma, without the closing brace; empty when there is none. */
    private final SerializableString fixedParts;

    public RequestJson(RequestDefaults defaults) {
        this.defaults = defaults;
        byte[] template;
        try {
            template = GeminiJson.MAPPER.writeValueAsBytes(defaults.newRequest(List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The endpoint's request options cannot be written as JSON: "
                                               + e.getMessage(), e);
        }
        if (!Arrays.equals(template, 0, CONTENTS_START.length, CONTENTS_START, 0, CONTENTS_START.length)) {
            throw new IllegalStateException("A request's JSON must start with its contents");
        }
        this.fixedParts = new SerializedString(new String(template, CONTENTS_START.length,
                template.length - CONTENTS_START.length - 1, StandardCharsets.UTF_8));
    }

    /** The request's JSON, as {@code GeminiJson.MAPPER.writeValueAsBytes(request)} gives it. */
    public byte[] write(GenerateContentRequest request) throws IOException {
        if (request.getContents() == null || !defaults.madeThis(request)) {
            return GeminiJson.MAPPER.writeValueAsBytes(request);
        }
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator json = GeminiJson.MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName("contents");
            json.writeStartArray();
            for (Content content : request.getContents()) {
                if (isTextTurn(content)) {
                    writeTextTurn(json, content);
                } else {
                    GeminiJson.MAPPER.writeValue(json, content);
                }
            }
            json.writeEndArray();
            json.writeRaw(fixedParts);
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    /** A turn of text parts and nothing else, which Jackson would write as its role and parts. */
    private static boolean isTextTurn(Content content) {
        if (content == null || content.getParts() == null || !content.getAdditionalProperties().isEmpty()) {
            return false;
        }
        for (Part part : content.getParts()) {
            if (part == null || !part.holdsOnlyText()) {
                return false;
            }
        }
        return true;
    }

    private static void writeTextTurn(JsonGenerator json, Content content) throws IOException {
        json.writeStartObject();
        if (content.getRole() != null) {
            json.writeStringField("role", content.getRole());
        }
        json.writeFieldName("parts");
        json.writeStartArray();
        for (Part part : content.getParts()) {
            json.writeStartObject();
            json.writeStringField("text", part.getText());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
