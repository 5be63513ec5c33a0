package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A reference to a file (e.g. uploaded with the Files API) by URI. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"mimeType", "fileUri"})
public class FileData extends GeminiObject {

    private String mimeType;
    private String fileUri;

    public String getMimeType() {
        return mimeType;
    }

    public FileData setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public String getFileUri() {
        return fileUri;
    }

    public FileData setFileUri(String fileUri) {
        this.fileUri = fileUri;
        return this;
    }
}
