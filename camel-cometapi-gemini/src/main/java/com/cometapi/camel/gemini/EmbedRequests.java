package com.cometapi.camel.gemini;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.cometapi.camel.gemini.model.GeminiJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The wire side of {@code gemini:embed}: the texts of a body (checked before anything is sent), the JSON of
 * {@code embedContent} and {@code batchEmbedContents} with the endpoint's {@code taskType}, {@code title} and
 * {@code outputDimensionality}, and the vectors of their answers.
 */
final class EmbedRequests {

    /** The most texts Gemini takes in one batchEmbedContents request; longer lists are sent in several. */
    static final int MAX_BATCH = 100;

    private final GeminiConfiguration config;

    EmbedRequests(GeminiConfiguration config) {
        this.config = config;
    }

    /**
     * The texts of a body: a String gives one, a List of Strings its items in order.
     *
     * @throws IllegalArgumentException for any other body, an empty list, a blank text or an item that is no text
     */
    static List<String> texts(Object body) {
        if (body instanceof CharSequence text) {
            return List.of(checked(text.toString(), "The message body is an empty text; send some text to embed"));
        }
        if (body instanceof Collection<?> items) {
            if (items.isEmpty()) {
                throw new IllegalArgumentException("The List body of gemini:embed is empty; send at least one text");
            }
            List<String> texts = new ArrayList<>(items.size());
            for (Object item : items) {
                if (!(item instanceof CharSequence text)) {
                    throw new IllegalArgumentException("gemini:embed embeds texts; item " + texts.size() + " of the"
                                                       + " List body is " + (item == null ? "null" : item.getClass().getName()));
                }
                texts.add(checked(text.toString(), "Item " + texts.size() + " of the List body is an empty text;"
                                                   + " every item needs some text"));
            }
            return texts;
        }
        throw new IllegalArgumentException("gemini:embed takes a String or a List<String> body; found "
                                           + (body == null ? "null" : body.getClass().getName()));
    }

    private static String checked(String text, String problem) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(problem);
        }
        return text;
    }

    /** The body of {@code embedContent} for one text. */
    ObjectNode single(String text) {
        ObjectNode request = GeminiJson.MAPPER.createObjectNode();
        addTo(request, text);
        return request;
    }

    /** The body of {@code batchEmbedContents}: one request per text, in order, each naming the model. */
    ObjectNode batch(String model, List<String> texts) {
        ObjectNode body = GeminiJson.MAPPER.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        for (String text : texts) {
            ObjectNode request = requests.addObject();
            request.put("model", RequestTarget.modelName(model));
            addTo(request, text);
        }
        return body;
    }

    private void addTo(ObjectNode request, String text) {
        request.putObject("content").putArray("parts").addObject().put("text", text);
        if (config.getTaskType() != null) {
            request.put("taskType", config.getTaskType().name());
        }
        if (config.getTitle() != null && !config.getTitle().isBlank()) {
            request.put("title", config.getTitle());
        }
        if (config.getOutputDimensionality() != null) {
            request.put("outputDimensionality", config.getOutputDimensionality());
        }
    }

    /** The vector of an {@code embedContent} answer; null when it has none. */
    static float[] vector(JsonNode answer) {
        return values(answer.path("embedding"));
    }

    /** The vectors of a {@code batchEmbedContents} answer, in order; null when they are not {@code expected}. */
    static List<float[]> vectors(JsonNode answer, int expected) {
        JsonNode embeddings = answer.path("embeddings");
        if (!embeddings.isArray() || embeddings.size() != expected) {
            return null;
        }
        List<float[]> vectors = new ArrayList<>(expected);
        for (JsonNode embedding : embeddings) {
            float[] vector = values(embedding);
            if (vector == null) {
                return null;
            }
            vectors.add(vector);
        }
        return vectors;
    }

    private static float[] values(JsonNode embedding) {
        JsonNode values = embedding.path("values");
        if (!values.isArray()) {
            return null;
        }
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) values.get(i).asDouble();
        }
        return vector;
    }
}
