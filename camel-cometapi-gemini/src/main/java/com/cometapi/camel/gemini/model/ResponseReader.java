package com.cometapi.camel.gemini.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

/**
 * Reads a {@code generateContent} answer or one streamed event into a {@link GenerateContentResponse}, giving
 * exactly what Jackson's binding gives, faster for the common shape.
 * <p>
 * Nearly every answer and event has the same few fields: candidates with a content of text parts (with
 * {@code thought} and {@code thoughtSignature}), an index, a finish reason and safety ratings; the prompt feedback;
 * usage counts with their per-modality details; the model version and the response id. Those are read straight from the parser's tokens into the model
 * through its setters, with no reflection and no deserialization context; that is most of the cost of a streamed
 * event. Anything else (another field, a value of another JSON type than its field's, which Jackson would coerce, or
 * JSON that does not parse) leaves that path, and the whole answer is bound by Jackson's {@link ObjectReader} from
 * the start. The one exception: a top-level field the model does not know whose value is a string (Vertex AI's
 * {@code createTime}) is kept as an additional property, as Jackson's any-setter keeps it.
 * <p>
 * Thread-safe.
 */
final class ResponseReader {

    /** Thrown when the JSON leaves the common shape; no stack trace, it is control flow. */
    private static final class LeavesShape extends Exception {
        private static final long serialVersionUID = 1L;

        LeavesShape() {
            super(null, null, false, false);
        }
    }

    private static final LeavesShape LEAVES_SHAPE = new LeavesShape();

    /** Reads one JSON object, its start token current, into a model object. */
    @FunctionalInterface
    private interface ObjectRead<T> {
        T read(JsonParser parser) throws IOException, LeavesShape;
    }

    private final JsonFactory factory;
    private final ObjectReader binding;
    /** The names Jackson binds or ignores on a response: an unknown field is none of them. */
    private final Set<String> responseNames;

    ResponseReader(ObjectMapper mapper) {
        this.factory = mapper.getFactory();
        this.binding = mapper.readerFor(GenerateContentResponse.class);
        this.responseNames = namesOf(mapper, GenerateContentResponse.class);
    }

    /** The response in {@code json} (UTF-8), as {@code binding.readValue(json)} gives it, and failing as it fails. */
    GenerateContentResponse read(byte[] json) throws IOException {
        GenerateContentResponse response = readDirectly(json);
        return response != null ? response : binding.readValue(json);
    }

    /** The response when {@code json} has the common shape, else null (also when it does not parse). */
    GenerateContentResponse readDirectly(byte[] json) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            return parser.nextToken() == JsonToken.START_OBJECT ? response(parser) : null;
        } catch (LeavesShape | JacksonException e) {
            return null;
        }
    }

    private GenerateContentResponse response(JsonParser parser) throws IOException, LeavesShape {
        GenerateContentResponse response = new GenerateContentResponse();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "candidates" -> response.setCandidates(list(parser, ResponseReader::candidate));
                case "usageMetadata" -> response.setUsageMetadata(object(parser, ResponseReader::usage));
                case "promptFeedback" -> response.setPromptFeedback(object(parser, ResponseReader::promptFeedback));
                case "modelVersion" -> response.setModelVersion(string(parser));
                case "responseId" -> response.setResponseId(string(parser));
                default -> {
                    if (value != JsonToken.VALUE_STRING || responseNames.contains(name)) {
                        throw LEAVES_SHAPE;
                    }
                    response.setAdditionalProperty(name, parser.getText());
                }
            }
        }
        return response;
    }

    private static Candidate candidate(JsonParser parser) throws IOException, LeavesShape {
        Candidate candidate = new Candidate();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            switch (name) {
                case "content" -> candidate.setContent(object(parser, ResponseReader::content));
                case "finishReason" -> candidate.setFinishReason(string(parser));
                case "index" -> candidate.setIndex(integer(parser));
                case "safetyRatings" -> candidate.setSafetyRatings(list(parser, ResponseReader::safetyRating));
                default -> throw LEAVES_SHAPE;
            }
        }
        return candidate;
    }

    private static Content content(JsonParser parser) throws IOException, LeavesShape {
        Content content = new Content();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            switch (name) {
                case "parts" -> content.setParts(list(parser, ResponseReader::part));
                case "role" -> content.setRole(string(parser));
                default -> throw LEAVES_SHAPE;
            }
        }
        return content;
    }

    private static Part part(JsonParser parser) throws IOException, LeavesShape {
        Part part = new Part();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            switch (name) {
                case "text" -> part.setText(string(parser));
                case "thought" -> part.setThought(bool(parser));
                case "thoughtSignature" -> part.setThoughtSignature(string(parser));
                default -> throw LEAVES_SHAPE;
            }
        }
        return part;
    }

    private static PromptFeedback promptFeedback(JsonParser parser) throws IOException, LeavesShape {
        PromptFeedback feedback = new PromptFeedback();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            switch (name) {
                case "blockReason" -> feedback.setBlockReason(string(parser));
                case "blockReasonMessage" -> feedback.setBlockReasonMessage(string(parser));
                case "safetyRatings" -> feedback.setSafetyRatings(list(parser, ResponseReader::safetyRating));
                default -> throw LEAVES_SHAPE;
            }
        }
        return feedback;
    }

    /** A rating as the Gemini API sends it; Vertex AI's scores (numbers kept as read) leave the path. */
    private static SafetyRating safetyRating(JsonParser parser) throws IOException, LeavesShape {
        SafetyRating rating = new SafetyRating();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            switch (name) {
                case "category" -> rating.setCategory(string(parser));
                case "probability" -> rating.setProbability(string(parser));
                case "blocked" -> rating.setBlocked(bool(parser));
                case "severity" -> rating.setSeverity(string(parser));
                default -> throw LEAVES_SHAPE;
            }
        }
        return rating;
    }

    private static UsageMetadata usage(JsonParser parser) throws IOException, LeavesShape {
        UsageMetadata usage = new UsageMetadata();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            switch (name) {
                case "promptTokenCount" -> usage.setPromptTokenCount(integer(parser));
                case "candidatesTokenCount" -> usage.setCandidatesTokenCount(integer(parser));
                case "totalTokenCount" -> usage.setTotalTokenCount(integer(parser));
                case "thoughtsTokenCount" -> usage.setThoughtsTokenCount(integer(parser));
                case "cachedContentTokenCount" -> usage.setCachedContentTokenCount(integer(parser));
                case "toolUsePromptTokenCount" -> usage.setToolUsePromptTokenCount(integer(parser));
                case "promptTokensDetails" -> usage.setPromptTokensDetails(list(parser, ResponseReader::modality));
                case "candidatesTokensDetails" ->
                        usage.setCandidatesTokensDetails(list(parser, ResponseReader::modality));
                case "cacheTokensDetails" -> usage.setCacheTokensDetails(list(parser, ResponseReader::modality));
                case "toolUsePromptTokensDetails" ->
                        usage.setToolUsePromptTokensDetails(list(parser, ResponseReader::modality));
                case "serviceTier" -> usage.setServiceTier(string(parser));
                case "trafficType" -> usage.setTrafficType(string(parser));
                default -> throw LEAVES_SHAPE;
            }
        }
        return usage;
    }

    private static ModalityTokenCount modality(JsonParser parser) throws IOException, LeavesShape {
        ModalityTokenCount count = new ModalityTokenCount();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            switch (name) {
                case "modality" -> count.setModality(string(parser));
                case "tokenCount" -> count.setTokenCount(integer(parser));
                default -> throw LEAVES_SHAPE;
            }
        }
        return count;
    }

    /** An object, or null for JSON null; the current token is the value's first. */
    private static <T> T object(JsonParser parser, ObjectRead<T> read) throws IOException, LeavesShape {
        return switch (parser.currentToken()) {
            case START_OBJECT -> read.read(parser);
            case VALUE_NULL -> null;
            default -> throw LEAVES_SHAPE;
        };
    }

    /** An array of objects (a null element kept as null, as Jackson keeps it), or null for JSON null. */
    private static <T> List<T> list(JsonParser parser, ObjectRead<T> read) throws IOException, LeavesShape {
        switch (parser.currentToken()) {
            case VALUE_NULL:
                return null;
            case START_ARRAY:
                break;
            default:
                throw LEAVES_SHAPE;
        }
        List<T> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(object(parser, read));
        }
        return items;
    }

    private static String string(JsonParser parser) throws IOException, LeavesShape {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NULL -> null;
            default -> throw LEAVES_SHAPE;
        };
    }

    private static Integer integer(JsonParser parser) throws IOException, LeavesShape {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() != JsonParser.NumberType.INT) {
                    throw LEAVES_SHAPE;
                }
                yield parser.getIntValue();
            }
            case VALUE_NULL -> null;
            default -> throw LEAVES_SHAPE;
        };
    }

    private static Boolean bool(JsonParser parser) throws LeavesShape {
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw LEAVES_SHAPE;
        };
    }

    /** Every name Jackson knows on {@code type}: its properties, their aliases, and the names it ignores. */
    private static Set<String> namesOf(ObjectMapper mapper, Class<?> type) {
        DeserializationConfig config = mapper.getDeserializationConfig();
        BeanDescription description = config.introspect(mapper.constructType(type));
        Set<String> names = new HashSet<>(description.getIgnoredPropertyNames());
        for (BeanPropertyDefinition property : description.findProperties()) {
            names.add(property.getName());
            property.findAliases().forEach(alias -> names.add(alias.getSimpleName()));
        }
        return names;
    }
}
