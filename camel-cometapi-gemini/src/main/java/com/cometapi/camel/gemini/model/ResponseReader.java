package com.cometapi.camel.gemini.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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
 * usage counts with their per-modality details; the model version and the response id. Those are read straight from
 * the parser's tokens into the model through its setters, with no reflection and no deserialization context; that is
 * most of the cost of a streamed event. Anything else (another field, a value of another JSON type than its
 * field's, which Jackson would coerce, or JSON that does not parse) leaves that path, and the whole answer is bound
 * by Jackson's {@link ObjectReader} from the start. The one exception: a top-level field the model does not know
 * whose value is a string (Vertex AI's {@code createTime}) is kept as an additional property, as Jackson's any-setter
 * keeps it.
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

    /** Reads one field of a model object, the parser on its value; false for a field this path does not read. */
    @FunctionalInterface
    private interface FieldRead<T> {
        boolean read(T target, String name, JsonParser parser) throws IOException, LeavesShape;
    }

    private final JsonFactory factory;
    private final ObjectReader binding;
    /** The names Jackson binds or ignores on a response: an unknown field is none of them. */
    private final Set<String> responseNames;
    private final FieldRead<GenerateContentResponse> responseField = this::responseField;

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
            return parser.nextToken() == JsonToken.START_OBJECT
                    ? fields(parser, new GenerateContentResponse(), responseField) : null;
        } catch (LeavesShape | JacksonException e) {
            return null;
        }
    }

    private boolean responseField(GenerateContentResponse response, String name, JsonParser parser)
            throws IOException, LeavesShape {
        switch (name) {
            case "candidates" -> response.setCandidates(list(parser, Candidate::new, ResponseReader::candidateField));
            case "usageMetadata" ->
                    response.setUsageMetadata(object(parser, UsageMetadata::new, ResponseReader::usageField));
            case "promptFeedback" ->
                    response.setPromptFeedback(object(parser, PromptFeedback::new, ResponseReader::feedbackField));
            case "modelVersion" -> response.setModelVersion(string(parser));
            case "responseId" -> response.setResponseId(string(parser));
            default -> {
                if (parser.currentToken() != JsonToken.VALUE_STRING || responseNames.contains(name)) {
                    return false;
                }
                response.setAdditionalProperty(name, parser.getText());
            }
        }
        return true;
    }

    private static boolean candidateField(Candidate candidate, String name, JsonParser parser)
            throws IOException, LeavesShape {
        switch (name) {
            case "content" -> candidate.setContent(object(parser, Content::new, ResponseReader::contentField));
            case "finishReason" -> candidate.setFinishReason(string(parser));
            case "index" -> candidate.setIndex(integer(parser));
            case "safetyRatings" ->
                    candidate.setSafetyRatings(list(parser, SafetyRating::new, ResponseReader::ratingField));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean contentField(Content content, String name, JsonParser parser)
            throws IOException, LeavesShape {
        switch (name) {
            case "parts" -> content.setParts(list(parser, Part::new, ResponseReader::partField));
            case "role" -> content.setRole(string(parser));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean partField(Part part, String name, JsonParser parser) throws IOException, LeavesShape {
        switch (name) {
            case "text" -> part.setText(string(parser));
            case "thought" -> part.setThought(bool(parser));
            case "thoughtSignature" -> part.setThoughtSignature(string(parser));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean feedbackField(PromptFeedback feedback, String name, JsonParser parser)
            throws IOException, LeavesShape {
        switch (name) {
            case "blockReason" -> feedback.setBlockReason(string(parser));
            case "blockReasonMessage" -> feedback.setBlockReasonMessage(string(parser));
            case "safetyRatings" ->
                    feedback.setSafetyRatings(list(parser, SafetyRating::new, ResponseReader::ratingField));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A rating as the Gemini API sends it; Vertex AI's scores (numbers kept as read) leave the path. */
    private static boolean ratingField(SafetyRating rating, String name, JsonParser parser)
            throws IOException, LeavesShape {
        switch (name) {
            case "category" -> rating.setCategory(string(parser));
            case "probability" -> rating.setProbability(string(parser));
            case "blocked" -> rating.setBlocked(bool(parser));
            case "severity" -> rating.setSeverity(string(parser));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean usageField(UsageMetadata usage, String name, JsonParser parser)
            throws IOException, LeavesShape {
        switch (name) {
            case "promptTokenCount" -> usage.setPromptTokenCount(integer(parser));
            case "candidatesTokenCount" -> usage.setCandidatesTokenCount(integer(parser));
            case "totalTokenCount" -> usage.setTotalTokenCount(integer(parser));
            case "thoughtsTokenCount" -> usage.setThoughtsTokenCount(integer(parser));
            case "cachedContentTokenCount" -> usage.setCachedContentTokenCount(integer(parser));
            case "toolUsePromptTokenCount" -> usage.setToolUsePromptTokenCount(integer(parser));
            case "promptTokensDetails" -> usage.setPromptTokensDetails(modalities(parser));
            case "candidatesTokensDetails" -> usage.setCandidatesTokensDetails(modalities(parser));
            case "cacheTokensDetails" -> usage.setCacheTokensDetails(modalities(parser));
            case "toolUsePromptTokensDetails" -> usage.setToolUsePromptTokensDetails(modalities(parser));
            case "serviceTier" -> usage.setServiceTier(string(parser));
            case "trafficType" -> usage.setTrafficType(string(parser));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static List<ModalityTokenCount> modalities(JsonParser parser) throws IOException, LeavesShape {
        return list(parser, ModalityTokenCount::new, ResponseReader::modalityField);
    }

    private static boolean modalityField(ModalityTokenCount count, String name, JsonParser parser)
            throws IOException, LeavesShape {
        switch (name) {
            case "modality" -> count.setModality(string(parser));
            case "tokenCount" -> count.setTokenCount(integer(parser));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The fields of the object whose start token is current, each read into {@code target}. */
    private static <T> T fields(JsonParser parser, T target, FieldRead<T> field) throws IOException, LeavesShape {
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            if (!field.read(target, name, parser)) {
                throw LEAVES_SHAPE;
            }
        }
        return target;
    }

    /** An object, or null for JSON null; the current token is the value's first. */
    private static <T> T object(JsonParser parser, Supplier<T> create, FieldRead<T> field)
            throws IOException, LeavesShape {
        return switch (parser.currentToken()) {
            case START_OBJECT -> fields(parser, create.get(), field);
            case VALUE_NULL -> null;
            default -> throw LEAVES_SHAPE;
        };
    }

    /** An array of objects (a null element kept as null, as Jackson keeps it), or null for JSON null. */
    private static <T> List<T> list(JsonParser parser, Supplier<T> create, FieldRead<T> field)
            throws IOException, LeavesShape {
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
            items.add(object(parser, create, field));
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
