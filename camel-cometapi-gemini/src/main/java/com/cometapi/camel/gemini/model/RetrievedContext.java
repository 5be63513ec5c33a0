package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/** A document retrieved by a retrieval tool (e.g. file search). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"uri", "title", "text", "fileSearchStore", "pageNumber", "mediaId", "customMetadata"})
public class RetrievedContext extends GeminiObject {

    private String uri;
    private String title;
    private String text;
    private String fileSearchStore;
    private Integer pageNumber;
    private String mediaId;
    private List<Map<String, Object>> customMetadata;

    public String getUri() {
        return uri;
    }

    public RetrievedContext setUri(String uri) {
        this.uri = uri;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public RetrievedContext setTitle(String title) {
        this.title = title;
        return this;
    }

    public String getText() {
        return text;
    }

    public RetrievedContext setText(String text) {
        this.text = text;
        return this;
    }

    public String getFileSearchStore() {
        return fileSearchStore;
    }

    public RetrievedContext setFileSearchStore(String fileSearchStore) {
        this.fileSearchStore = fileSearchStore;
        return this;
    }

    public Integer getPageNumber() {
        return pageNumber;
    }

    public RetrievedContext setPageNumber(Integer pageNumber) {
        this.pageNumber = pageNumber;
        return this;
    }

    public String getMediaId() {
        return mediaId;
    }

    public RetrievedContext setMediaId(String mediaId) {
        this.mediaId = mediaId;
        return this;
    }

    public List<Map<String, Object>> getCustomMetadata() {
        return customMetadata;
    }

    public RetrievedContext setCustomMetadata(List<Map<String, Object>> customMetadata) {
        this.customMetadata = customMetadata;
        return this;
    }
}
