package com.cometapi.camel.gemini.response;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.model.Candidate;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.model.GroundingMetadata;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.model.UsageMetadata;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;

/**
 * Turns each event of one stream into a Camel message: the original message's headers, the headers of the event,
 * {@code CamelGeminiChunkIndex}, and the body per {@code outputType}. Usage is a running total, so an event without
 * usage shows the latest; grounding chunks spread over events are accumulated.
 * <p>
 * One instance per stream; not thread-safe.
 */
public final class StreamChunkMapper {

    private final CamelContext camelContext;
    private final Map<String, Object> originalHeaders;
    private final ResponseMapper bodyMapper;
    private volatile UsageMetadata latestUsage;
    private GroundingMetadata grounding;
    private int index;
    private final List<Part> answerParts = new ArrayList<>();
    private final StringBuilder pendingText = new StringBuilder();
    private final boolean collectAnswer;

    /**
     * @param collectAnswer whether to keep the whole answer for {@link #answer()} (a conversation needs it)
     */
    public StreamChunkMapper(CamelContext camelContext, Map<String, Object> originalHeaders,
                             ResponseMapper bodyMapper, boolean collectAnswer) {
        this.collectAnswer = collectAnswer;
        this.camelContext = camelContext;
        // a copy that allows null values, as Camel headers do (Map.copyOf does not)
        this.originalHeaders = Collections.unmodifiableMap(new HashMap<>(originalHeaders));
        this.bodyMapper = bodyMapper;
    }

    /** The model's whole answer so far, as one turn: every event's parts, adjacent plain text joined. */
    public Content answer() {
        List<Part> parts = new ArrayList<>(answerParts);
        if (pendingText.length() > 0) {
            parts.add(Part.ofText(pendingText.toString()));
        }
        return Content.of(Content.ROLE_MODEL, parts);
    }

    /** Keeps the event's parts for {@link #answer()}; plain text is joined in a builder, not copied per event. */
    private void collect(Candidate candidate) {
        if (!collectAnswer || candidate == null || candidate.getContent() == null
            || candidate.getContent().getParts() == null) {
            return;
        }
        for (Part part : candidate.getContent().getParts()) {
            if (isPlainText(part)) {
                pendingText.append(part.getText());
                continue;
            }
            if (pendingText.length() > 0) {
                answerParts.add(Part.ofText(pendingText.toString()));
                pendingText.setLength(0);
            }
            answerParts.add(part);
        }
    }

    private static boolean isPlainText(Part part) {
        return part.getText() != null && part.getThought() == null && part.getThoughtSignature() == null
               && part.getAdditionalProperties().isEmpty();
    }

    /**
     * The event as a chunk: its body set now, its headers filled when the route first reads them
     * ({@link ChunkMessage}).
     */
    public Message chunk(GenerateContentResponse event, String json) {
        UsageMetadata earlierUsage = null;
        if (event.getUsageMetadata() != null) {
            latestUsage = event.getUsageMetadata();
        } else {
            earlierUsage = latestUsage;
        }
        Candidate candidate = event.firstCandidate();
        collect(candidate);
        if (candidate != null && candidate.getGroundingMetadata() != null) {
            grounding = merge(grounding, candidate.getGroundingMetadata());
        }
        Message message = new ChunkMessage(camelContext, originalHeaders, event, earlierUsage, grounding, index++);
        bodyMapper.setBody(event, json, message);
        return message;
    }

    /** A tool loop's next model turn streams on: its usage starts afresh. */
    public void startTurn() {
        latestUsage = null;
    }

    /** The latest usage the stream reported (a running total), or null. */
    public UsageMetadata latestUsage() {
        return latestUsage;
    }

    /** A new object: the earlier chunks and supports, then this event's; the latest of the single-valued fields. */
    static GroundingMetadata merge(GroundingMetadata earlier, GroundingMetadata latest) {
        if (earlier == null) {
            return latest;
        }
        GroundingMetadata merged = new GroundingMetadata()
                .setGroundingChunks(concat(earlier.getGroundingChunks(), latest.getGroundingChunks()))
                .setGroundingSupports(concat(earlier.getGroundingSupports(), latest.getGroundingSupports()))
                .setWebSearchQueries(distinct(earlier.getWebSearchQueries(), latest.getWebSearchQueries()))
                .setImageSearchQueries(distinct(earlier.getImageSearchQueries(), latest.getImageSearchQueries()))
                .setSearchEntryPoint(latest.getSearchEntryPoint() != null
                        ? latest.getSearchEntryPoint() : earlier.getSearchEntryPoint())
                .setRetrievalMetadata(latest.getRetrievalMetadata() != null
                        ? latest.getRetrievalMetadata() : earlier.getRetrievalMetadata())
                .setGoogleMapsWidgetContextToken(latest.getGoogleMapsWidgetContextToken() != null
                        ? latest.getGoogleMapsWidgetContextToken() : earlier.getGoogleMapsWidgetContextToken());
        earlier.getAdditionalProperties().forEach(merged::setAdditionalProperty);
        latest.getAdditionalProperties().forEach(merged::setAdditionalProperty);
        return merged;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<String> distinct(List<String> first, List<String> second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        LinkedHashSet<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
