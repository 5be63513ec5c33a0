package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.List;

/** Request body of {@code models/{model}:generateContent} and {@code :streamGenerateContent}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "contents", "systemInstruction", "tools", "toolConfig", "safetySettings", "generationConfig", "cachedContent",
        "serviceTier", "store"})
public class GenerateContentRequest extends GeminiObject {

    private List<Content> contents;
    private Content systemInstruction;
    private List<Tool> tools;
    private ToolConfig toolConfig;
    private List<SafetySetting> safetySettings;
    private GenerationConfig generationConfig;
    private String cachedContent;
    private String serviceTier;
    private Boolean store;

    /** A request with one user turn holding one text part. */
    public static GenerateContentRequest ofText(String prompt) {
        List<Content> contents = new ArrayList<>();
        contents.add(Content.user(prompt));
        return new GenerateContentRequest().setContents(contents);
    }

    public List<Content> getContents() {
        return contents;
    }

    public GenerateContentRequest setContents(List<Content> contents) {
        this.contents = contents;
        return this;
    }

    public Content getSystemInstruction() {
        return systemInstruction;
    }

    public GenerateContentRequest setSystemInstruction(Content systemInstruction) {
        this.systemInstruction = systemInstruction;
        return this;
    }

    public List<Tool> getTools() {
        return tools;
    }

    public GenerateContentRequest setTools(List<Tool> tools) {
        this.tools = tools;
        return this;
    }

    public ToolConfig getToolConfig() {
        return toolConfig;
    }

    public GenerateContentRequest setToolConfig(ToolConfig toolConfig) {
        this.toolConfig = toolConfig;
        return this;
    }

    public List<SafetySetting> getSafetySettings() {
        return safetySettings;
    }

    public GenerateContentRequest setSafetySettings(List<SafetySetting> safetySettings) {
        this.safetySettings = safetySettings;
        return this;
    }

    public GenerationConfig getGenerationConfig() {
        return generationConfig;
    }

    public GenerateContentRequest setGenerationConfig(GenerationConfig generationConfig) {
        this.generationConfig = generationConfig;
        return this;
    }

    public String getCachedContent() {
        return cachedContent;
    }

    public GenerateContentRequest setCachedContent(String cachedContent) {
        this.cachedContent = cachedContent;
        return this;
    }

    public String getServiceTier() {
        return serviceTier;
    }

    public GenerateContentRequest setServiceTier(String serviceTier) {
        this.serviceTier = serviceTier;
        return this;
    }

    public Boolean getStore() {
        return store;
    }

    public GenerateContentRequest setStore(Boolean store) {
        this.store = store;
        return this;
    }
}
