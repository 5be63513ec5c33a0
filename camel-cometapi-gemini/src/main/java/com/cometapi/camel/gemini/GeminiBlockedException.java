package com.cometapi.camel.gemini;

import java.util.List;

import com.cometapi.camel.gemini.model.GenerateContentResponse;
import com.cometapi.camel.gemini.model.SafetyRating;
import org.apache.camel.CamelException;

/**
 * Gemini refused the prompt ({@code promptFeedback.blockReason}) and the endpoint has {@code failOnBlock=true}.
 */
public class GeminiBlockedException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final String blockReason;
    private final String blockReasonMessage;
    private final transient List<SafetyRating> safetyRatings;
    private final transient GenerateContentResponse response;

    public GeminiBlockedException(String blockReason, String blockReasonMessage, List<SafetyRating> safetyRatings,
                                  GenerateContentResponse response) {
        super("Gemini blocked the prompt: " + blockReason
              + (blockReasonMessage != null ? " (" + blockReasonMessage + ")" : "")
              + "; set failOnBlock=false to get an empty answer with header CamelGeminiBlockReason instead");
        this.blockReason = blockReason;
        this.blockReasonMessage = blockReasonMessage;
        this.safetyRatings = safetyRatings == null ? List.of() : List.copyOf(safetyRatings);
        this.response = response;
    }

    /** The block reason, e.g. SAFETY, PROHIBITED_CONTENT (unknown values pass through). */
    public String getBlockReason() {
        return blockReason;
    }

    /** Gemini's explanation, when it gave one. */
    public String getBlockReasonMessage() {
        return blockReasonMessage;
    }

    /** The prompt's safety ratings. */
    public List<SafetyRating> getSafetyRatings() {
        return safetyRatings;
    }

    /** The whole response. */
    public GenerateContentResponse getResponse() {
        return response;
    }
}
