package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/** One piece of a turn: text, inline or file data, a function call or response, code, or a thought. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "text", "inlineData", "fileData", "functionCall", "functionResponse", "executableCode", "codeExecutionResult",
        "toolCall", "toolResponse", "thought", "thoughtSignature", "videoMetadata", "partMetadata", "mediaResolution"})
public class Part extends GeminiObject {

    private String text;
    private Blob inlineData;
    private FileData fileData;
    private FunctionCall functionCall;
    private FunctionResponse functionResponse;
    private ExecutableCode executableCode;
    private CodeExecutionResult codeExecutionResult;
    private Map<String, Object> toolCall;
    private Map<String, Object> toolResponse;
    private Boolean thought;
    private String thoughtSignature;
    private VideoMetadata videoMetadata;
    private Map<String, Object> partMetadata;
    private PartMediaResolution mediaResolution;

    /** A text part. */
    public static Part ofText(String text) {
        return new Part().setText(text);
    }

    /** An inline data part; the bytes are base64-encoded. */
    public static Part ofInlineData(String mimeType, byte[] data) {
        return new Part().setInlineData(Blob.of(mimeType, data));
    }

    /** A part referring to an uploaded file. */
    public static Part ofFileData(String mimeType, String fileUri) {
        return new Part().setFileData(new FileData().setMimeType(mimeType).setFileUri(fileUri));
    }

    /** A function call part (a model turn sent back as history). */
    public static Part ofFunctionCall(FunctionCall functionCall) {
        return new Part().setFunctionCall(functionCall);
    }

    /** A function response part. */
    public static Part ofFunctionResponse(FunctionResponse functionResponse) {
        return new Part().setFunctionResponse(functionResponse);
    }

    /**
     * Whether this part holds text and nothing else, not even an unknown field: JSON {@code {"text": ...}}. Keep in
     * step with the fields (a field added here and not checked would be dropped from such a part's request JSON).
     */
    public boolean holdsOnlyText() {
        return text != null && inlineData == null && fileData == null && functionCall == null
               && functionResponse == null && executableCode == null && codeExecutionResult == null && toolCall == null
               && toolResponse == null && thought == null && thoughtSignature == null && videoMetadata == null
               && partMetadata == null && mediaResolution == null && getAdditionalProperties().isEmpty();
    }

    /** Whether this part is a thought summary ({@code thought: true}). */
    public boolean thoughtPart() {
        return Boolean.TRUE.equals(thought);
    }

    public String getText() {
        return text;
    }

    public Part setText(String text) {
        this.text = text;
        return this;
    }

    public Blob getInlineData() {
        return inlineData;
    }

    public Part setInlineData(Blob inlineData) {
        this.inlineData = inlineData;
        return this;
    }

    public FileData getFileData() {
        return fileData;
    }

    public Part setFileData(FileData fileData) {
        this.fileData = fileData;
        return this;
    }

    public FunctionCall getFunctionCall() {
        return functionCall;
    }

    public Part setFunctionCall(FunctionCall functionCall) {
        this.functionCall = functionCall;
        return this;
    }

    public FunctionResponse getFunctionResponse() {
        return functionResponse;
    }

    public Part setFunctionResponse(FunctionResponse functionResponse) {
        this.functionResponse = functionResponse;
        return this;
    }

    public ExecutableCode getExecutableCode() {
        return executableCode;
    }

    public Part setExecutableCode(ExecutableCode executableCode) {
        this.executableCode = executableCode;
        return this;
    }

    public CodeExecutionResult getCodeExecutionResult() {
        return codeExecutionResult;
    }

    public Part setCodeExecutionResult(CodeExecutionResult codeExecutionResult) {
        this.codeExecutionResult = codeExecutionResult;
        return this;
    }

    public Map<String, Object> getToolCall() {
        return toolCall;
    }

    public Part setToolCall(Map<String, Object> toolCall) {
        this.toolCall = toolCall;
        return this;
    }

    public Map<String, Object> getToolResponse() {
        return toolResponse;
    }

    public Part setToolResponse(Map<String, Object> toolResponse) {
        this.toolResponse = toolResponse;
        return this;
    }

    public Boolean getThought() {
        return thought;
    }

    public Part setThought(Boolean thought) {
        this.thought = thought;
        return this;
    }

    public String getThoughtSignature() {
        return thoughtSignature;
    }

    public Part setThoughtSignature(String thoughtSignature) {
        this.thoughtSignature = thoughtSignature;
        return this;
    }

    public VideoMetadata getVideoMetadata() {
        return videoMetadata;
    }

    public Part setVideoMetadata(VideoMetadata videoMetadata) {
        this.videoMetadata = videoMetadata;
        return this;
    }

    public Map<String, Object> getPartMetadata() {
        return partMetadata;
    }

    public Part setPartMetadata(Map<String, Object> partMetadata) {
        this.partMetadata = partMetadata;
        return this;
    }

    public PartMediaResolution getMediaResolution() {
        return mediaResolution;
    }

    public Part setMediaResolution(PartMediaResolution mediaResolution) {
        this.mediaResolution = mediaResolution;
        return this;
    }
}
