package com.cometapi.camel.gemini;

import java.util.ArrayList;
import java.util.List;

import com.cometapi.camel.gemini.model.Candidate;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.FunctionCall;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.model.UsageMetadata;

/**
 * One streamed model turn of a tool loop: which of its events are chunks for the route, and the turn exactly as
 * received, to send back when it called functions.
 * <p>
 * An event with answer text (a text part that is not a thought) is a chunk at once. An event without answer text
 * (function calls only, thoughts, an empty text part carrying only a {@code thoughtSignature}, usage only) is held
 * until the turn shows what it is: once the turn has called a function such events are the loop's plumbing and are
 * dropped; answer text arriving before any call, or the end of a turn without calls, makes the held events chunks,
 * in their order. A {@code functionCall} without a name (Vertex AI's streamed partial arguments, which the Gemini API
 * does not send) is kept in the turn but is no call. Not thread-safe.
 */
final class StreamTurn {

    /** A parsed event and its JSON text. */
    record Event(GenerateContentResponse response, String json) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final List<FunctionCall> calls = new ArrayList<>();
    private final List<Event> held = new ArrayList<>();
    private UsageMetadata usage;

    /** Takes the turn's next event; gives the events that are chunks from now on, in order (often none or one). */
    List<Event> accept(GenerateContentResponse response, String json) {
        if (response.getUsageMetadata() != null) {
            usage = response.getUsageMetadata();
        }
        List<Part> eventParts = partsOf(response);
        parts.addAll(eventParts);
        for (Part part : eventParts) {
            if (part.getFunctionCall() != null && part.getFunctionCall().getName() != null) {
                calls.add(part.getFunctionCall());
            }
        }
        Event event = new Event(response, json);
        if (!calls.isEmpty()) {
            held.clear();
            return hasAnswerText(eventParts) ? List.of(event) : List.of();
        }
        if (!hasAnswerText(eventParts)) {
            held.add(event);
            return List.of();
        }
        List<Event> chunks = new ArrayList<>(held);
        chunks.add(event);
        held.clear();
        return chunks;
    }

    /** The turn's latest usage (a running total), from any of its events, chunk or not; null before any. */
    UsageMetadata usage() {
        return usage;
    }

    /** Whether the turn has called a function so far. */
    boolean hasCalls() {
        return !calls.isEmpty();
    }

    /** The turn's function calls, in the order received. */
    List<FunctionCall> calls() {
        return calls;
    }

    /** The events still held: chunks once the turn has ended without calls. */
    List<Event> release() {
        List<Event> released = List.copyOf(held);
        held.clear();
        return released;
    }

    /** The model turn as received: every part of every event, in order, none joined or dropped. */
    Content content() {
        return Content.of(Content.ROLE_MODEL, new ArrayList<>(parts));
    }

    private static List<Part> partsOf(GenerateContentResponse response) {
        Candidate candidate = response.firstCandidate();
        if (candidate == null || candidate.getContent() == null || candidate.getContent().getParts() == null) {
            return List.of();
        }
        return candidate.getContent().getParts();
    }

    private static boolean hasAnswerText(List<Part> parts) {
        for (Part part : parts) {
            if (part.getText() != null && !part.getText().isEmpty() && !Boolean.TRUE.equals(part.getThought())) {
                return true;
            }
        }
        return false;
    }
}
