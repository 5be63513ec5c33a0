package com.cometapi.camel.gemini.response;

import java.util.List;

import com.cometapi.camel.gemini.GeminiBlockedException;
import com.cometapi.camel.gemini.GeminiConstants;
import com.cometapi.camel.gemini.GeminiInlineData;
import com.cometapi.camel.gemini.GeminiOutputType;
import com.cometapi.camel.gemini.model.Candidate;
import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.model.PromptFeedback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Puts a response on a message: the body per {@code outputType}, and the headers. A blocked prompt either fails
 * with {@link GeminiBlockedException} or gives an empty answer, per {@code failOnBlock}.
 */
public final class ResponseMapper {

    private final GeminiOutputType outputType;
    private final boolean failOnBlock;

    public ResponseMapper(GeminiOutputType outputType, boolean failOnBlock) {
        this.outputType = outputType;
        this.failOnBlock = failOnBlock;
    }

    /** Whether {@link #apply} needs the response's JSON text ({@code outputType=json}); otherwise it may be null. */
    public boolean needsJson() {
        return outputType == GeminiOutputType.JSON;
    }

    /**
     * @param response the parsed response
     * @param json     the response exactly as received; needed only when {@link #needsJson()}
     */
    public void apply(GenerateContentResponse response, String json, Message message) throws GeminiBlockedException {
        ResponseHeaders.apply(response, message.getHeaders());
        failIfBlocked(response);
        setBody(response, json, message);
    }

    /** With {@code failOnBlock}, a blocked prompt fails with the block reason, message and safety ratings. */
    public void failIfBlocked(GenerateContentResponse response) throws GeminiBlockedException {
        if (failOnBlock && isBlocked(response)) {
            PromptFeedback feedback = response.getPromptFeedback();
            String reason = feedback.getBlockReason() != null ? feedback.getBlockReason() : "BLOCK_REASON_UNSPECIFIED";
            throw new GeminiBlockedException(reason, feedback.getBlockReasonMessage(), feedback.getSafetyRatings(),
                    response);
        }
    }

    /**
     * Sets the body per {@code outputType}: the text (empty when none), the response, its JSON, or inline bytes
     * (from the headers: call after {@link ResponseHeaders#apply}).
     */
    public void setBody(GenerateContentResponse response, String json, Message message) {
        switch (outputType) {
            case RESPONSE -> message.setBody(response);
            case JSON -> message.setBody(json);
            case BYTES -> bytes(response, message);
            default -> {
                String text = response.text();
                message.setBody(text == null ? "" : text);
            }
        }
    }

    /**
     * Blocked: the prompt feedback gives a block reason, or candidates are missing and it explains why.
     */
    public static boolean isBlocked(GenerateContentResponse response) {
        PromptFeedback feedback = response.getPromptFeedback();
        if (feedback == null) {
            return false;
        }
        return feedback.getBlockReason() != null
               || feedback.getBlockReasonMessage() != null
                  && (response.getCandidates() == null || response.getCandidates().isEmpty());
    }

    /**
     * The last non-thought inline part of candidate 0 (a {@code thought: true} draft image is never the body), taken
     * from header CamelGeminiInlineData, which {@link ResponseHeaders} filled with every inline part in order. Raw
     * PCM audio becomes a WAV file.
     */
    private static void bytes(GenerateContentResponse response, Message message) {
        List<?> inline = message.getHeader(GeminiConstants.INLINE_DATA, List.class);
        int chosen = lastAnswerInlineIndex(response);
        if (inline == null || chosen < 0 || chosen >= inline.size()) {
            message.setBody(null);
            return;
        }
        GeminiInlineData part = (GeminiInlineData) inline.get(chosen);
        if (part.data() != null && PcmToWav.pcmRate(part.mimeType()) > 0) {
            message.setBody(PcmToWav.wrap(part.data(), part.mimeType()));
            message.setHeader(Exchange.CONTENT_TYPE, PcmToWav.WAV_MIME_TYPE);
            return;
        }
        message.setBody(part.data());
        if (part.mimeType() != null) {
            message.setHeader(Exchange.CONTENT_TYPE, part.mimeType());
        }
    }

    /** Among candidate 0's inline parts, the position of the last one that is not a thought; -1 when none. */
    static int lastAnswerInlineIndex(GenerateContentResponse response) {
        Candidate candidate = response.firstCandidate();
        if (candidate == null || candidate.getContent() == null || candidate.getContent().getParts() == null) {
            return -1;
        }
        int index = 0;
        int chosen = -1;
        for (Part part : candidate.getContent().getParts()) {
            if (part != null && part.getInlineData() != null) {
                if (!part.thoughtPart()) {
                    chosen = index;
                }
                index++;
            }
        }
        return chosen;
    }
}
