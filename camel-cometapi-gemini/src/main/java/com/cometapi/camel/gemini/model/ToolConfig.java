package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Configuration shared by the tools of a request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"functionCallingConfig", "retrievalConfig", "includeServerSideToolInvocations"})
public class ToolConfig extends GeminiObject {

    private FunctionCallingConfig functionCallingConfig;
    private RetrievalConfig retrievalConfig;
    private Boolean includeServerSideToolInvocations;

    public FunctionCallingConfig getFunctionCallingConfig() {
        return functionCallingConfig;
    }

    public ToolConfig setFunctionCallingConfig(FunctionCallingConfig functionCallingConfig) {
        this.functionCallingConfig = functionCallingConfig;
        return this;
    }

    public RetrievalConfig getRetrievalConfig() {
        return retrievalConfig;
    }

    public ToolConfig setRetrievalConfig(RetrievalConfig retrievalConfig) {
        this.retrievalConfig = retrievalConfig;
        return this;
    }

    public Boolean getIncludeServerSideToolInvocations() {
        return includeServerSideToolInvocations;
    }

    public ToolConfig setIncludeServerSideToolInvocations(Boolean includeServerSideToolInvocations) {
        this.includeServerSideToolInvocations = includeServerSideToolInvocations;
        return this;
    }
}
