package com.cometapi.camel.gemini.request;

import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.ThinkingConfig;

/**
 * Gemini 3 models take {@code thinkingLevel}, Gemini 2.x models {@code thinkingBudget}; never both. Checked against
 * the model that will answer, before anything is sent. Model names of other shapes (gateway aliases) pass, but both
 * at once is always an error.
 */
public final class ThinkingRule {

    private ThinkingRule() {
    }

    public static void check(String model, GenerateContentRequest request) {
        ThinkingConfig thinking = request.getGenerationConfig() == null
                ? null : request.getGenerationConfig().getThinkingConfig();
        if (thinking != null) {
            check(model, thinking.getThinkingLevel(), thinking.getThinkingBudget());
        }
    }

    public static void check(String model, String thinkingLevel, Integer thinkingBudget) {
        if (thinkingLevel != null && thinkingBudget != null) {
            throw new IllegalArgumentException("thinkingLevel and thinkingBudget are both set; choose one:"
                                               + " thinkingLevel for Gemini 3 models, thinkingBudget for Gemini 2.5"
                                               + " models (model " + model + ")");
        }
        String name = model.startsWith("models/") ? model.substring("models/".length()) : model;
        if (thinkingLevel != null && name.startsWith("gemini-2.")) {
            throw new IllegalArgumentException("thinkingLevel is for Gemini 3 models; use thinkingBudget with " + name);
        }
        if (thinkingBudget != null && name.startsWith("gemini-3")) {
            throw new IllegalArgumentException("thinkingBudget is for Gemini 2.5 models; use thinkingLevel with " + name);
        }
    }
}
