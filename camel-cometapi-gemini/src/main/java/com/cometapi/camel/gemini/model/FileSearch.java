package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** The file search tool over file search stores. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"fileSearchStoreNames", "metadataFilter", "topK"})
public class FileSearch extends GeminiObject {

    private List<String> fileSearchStoreNames;
    private String metadataFilter;
    private Integer topK;

    public List<String> getFileSearchStoreNames() {
        return fileSearchStoreNames;
    }

    public FileSearch setFileSearchStoreNames(List<String> fileSearchStoreNames) {
        this.fileSearchStoreNames = fileSearchStoreNames;
        return this;
    }

    public String getMetadataFilter() {
        return metadataFilter;
    }

    public FileSearch setMetadataFilter(String metadataFilter) {
        this.metadataFilter = metadataFilter;
        return this;
    }

    public Integer getTopK() {
        return topK;
    }

    public FileSearch setTopK(Integer topK) {
        this.topK = topK;
        return this;
    }
}
