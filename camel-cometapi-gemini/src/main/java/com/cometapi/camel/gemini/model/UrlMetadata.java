package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One URL retrieved by the URL context tool and its status. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"retrievedUrl", "urlRetrievalStatus"})
public class UrlMetadata extends GeminiObject {

    private String retrievedUrl;
    private String urlRetrievalStatus;

    public String getRetrievedUrl() {
        return retrievedUrl;
    }

    public UrlMetadata setRetrievedUrl(String retrievedUrl) {
        this.retrievedUrl = retrievedUrl;
        return this;
    }

    public String getUrlRetrievalStatus() {
        return urlRetrievalStatus;
    }

    public UrlMetadata setUrlRetrievalStatus(String urlRetrievalStatus) {
        this.urlRetrievalStatus = urlRetrievalStatus;
        return this;
    }
}
