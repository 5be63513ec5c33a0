package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A tool the model may use; each Tool object normally carries one kind. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "functionDeclarations", "googleSearchRetrieval", "codeExecution", "googleSearch", "computerUse", "urlContext",
        "fileSearch", "googleMaps", "mcpServers"})
public class Tool extends GeminiObject {

    private List<FunctionDeclaration> functionDeclarations;
    private GoogleSearchRetrieval googleSearchRetrieval;
    private CodeExecution codeExecution;
    private GoogleSearch googleSearch;
    private ComputerUse computerUse;
    private UrlContext urlContext;
    private FileSearch fileSearch;
    private GoogleMaps googleMaps;
    private List<McpServer> mcpServers;

    public List<FunctionDeclaration> getFunctionDeclarations() {
        return functionDeclarations;
    }

    public Tool setFunctionDeclarations(List<FunctionDeclaration> functionDeclarations) {
        this.functionDeclarations = functionDeclarations;
        return this;
    }

    public GoogleSearchRetrieval getGoogleSearchRetrieval() {
        return googleSearchRetrieval;
    }

    public Tool setGoogleSearchRetrieval(GoogleSearchRetrieval googleSearchRetrieval) {
        this.googleSearchRetrieval = googleSearchRetrieval;
        return this;
    }

    public CodeExecution getCodeExecution() {
        return codeExecution;
    }

    public Tool setCodeExecution(CodeExecution codeExecution) {
        this.codeExecution = codeExecution;
        return this;
    }

    public GoogleSearch getGoogleSearch() {
        return googleSearch;
    }

    public Tool setGoogleSearch(GoogleSearch googleSearch) {
        this.googleSearch = googleSearch;
        return this;
    }

    public ComputerUse getComputerUse() {
        return computerUse;
    }

    public Tool setComputerUse(ComputerUse computerUse) {
        this.computerUse = computerUse;
        return this;
    }

    public UrlContext getUrlContext() {
        return urlContext;
    }

    public Tool setUrlContext(UrlContext urlContext) {
        this.urlContext = urlContext;
        return this;
    }

    public FileSearch getFileSearch() {
        return fileSearch;
    }

    public Tool setFileSearch(FileSearch fileSearch) {
        this.fileSearch = fileSearch;
        return this;
    }

    public GoogleMaps getGoogleMaps() {
        return googleMaps;
    }

    public Tool setGoogleMaps(GoogleMaps googleMaps) {
        this.googleMaps = googleMaps;
        return this;
    }

    public List<McpServer> getMcpServers() {
        return mcpServers;
    }

    public Tool setMcpServers(List<McpServer> mcpServers) {
        this.mcpServers = mcpServers;
        return this;
    }
}
