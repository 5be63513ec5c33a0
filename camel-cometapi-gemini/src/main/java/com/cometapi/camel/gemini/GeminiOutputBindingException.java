package com.cometapi.camel.gemini;

import org.apache.camel.CamelException;

/**
 * The answer text of an endpoint with {@code outputClass} (or of a stream aggregated by
 * {@link GeminiStreamAggregationStrategy}) does not bind to that class: it is empty, not JSON, cut short, or has
 * values of the wrong type. {@link #getText()} is the text as the model wrote it; the message names the class, the
 * finish reason when it was not {@code STOP}, and Jackson's problem (shortened), never the whole text.
 */
public class GeminiOutputBindingException extends CamelException {

    private static final long serialVersionUID = 1L;

    /** The longest problem description the message quotes. */
    static final int MAX_PROBLEM_LENGTH = 300;

    private final String text;
    private final String outputClass;
    private final String finishReason;

    /**
     * @param outputClass  the fully qualified name of the class
     * @param text         the answer text that did not bind
     * @param finishReason why the model stopped (e.g. MAX_TOKENS), or null
     * @param problem      what went wrong, e.g. Jackson's message
     * @param cause        the parser's exception, or null
     */
    public GeminiOutputBindingException(String outputClass, String text, String finishReason, String problem,
                                        Throwable cause) {
        super("The answer does not bind to " + outputClass
              + (finishReason != null && !"STOP".equals(finishReason) ? " (finish reason " + finishReason + ")" : "")
              + ": " + shortened(problem), cause);
        this.outputClass = outputClass;
        this.text = text;
        this.finishReason = finishReason;
    }

    private static String shortened(String problem) {
        if (problem == null) {
            return "unknown problem";
        }
        return problem.length() <= MAX_PROBLEM_LENGTH ? problem : problem.substring(0, MAX_PROBLEM_LENGTH) + "...";
    }

    /** The answer text that did not bind (empty when the model wrote none). */
    public String getText() {
        return text;
    }

    /** The fully qualified name of the class the text was to bind to. */
    public String getOutputClass() {
        return outputClass;
    }

    /** Why the model stopped ({@code STOP}, {@code MAX_TOKENS}, {@code SAFETY}...); null when not given. */
    public String getFinishReason() {
        return finishReason;
    }
}
