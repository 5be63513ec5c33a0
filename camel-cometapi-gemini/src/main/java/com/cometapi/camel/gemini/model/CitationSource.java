package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One cited source; indices are byte offsets into the candidate text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"startIndex", "endIndex", "uri", "license"})
public class CitationSource extends GeminiObject {

    private Integer startIndex;
    private Integer endIndex;
    private String uri;
    private String license;

    public Integer getStartIndex() {
        return startIndex;
    }

    public CitationSource setStartIndex(Integer startIndex) {
        this.startIndex = startIndex;
        return this;
    }

    public Integer getEndIndex() {
        return endIndex;
    }

    public CitationSource setEndIndex(Integer endIndex) {
        this.endIndex = endIndex;
        return this;
    }

    public String getUri() {
        return uri;
    }

    public CitationSource setUri(String uri) {
        this.uri = uri;
        return this;
    }

    public String getLicense() {
        return license;
    }

    public CitationSource setLicense(String license) {
        this.license = license;
        return this;
    }
}
