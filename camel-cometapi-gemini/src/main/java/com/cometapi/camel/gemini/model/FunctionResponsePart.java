package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Media attached to a function response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"inlineData", "fileData"})
public class FunctionResponsePart extends GeminiObject {

    private Blob inlineData;
    private FileData fileData;

    public Blob getInlineData() {
        return inlineData;
    }

    public FunctionResponsePart setInlineData(Blob inlineData) {
        this.inlineData = inlineData;
        return this;
    }

    public FileData getFileData() {
        return fileData;
    }

    public FunctionResponsePart setFileData(FileData fileData) {
        this.fileData = fileData;
        return this;
    }
}
