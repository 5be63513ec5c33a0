package com.cometapi.camel.gemini;

import org.apache.camel.spi.Metadata;

/**
 * Message header names of the gemini component.
 */
public final class GeminiConstants {

    // input

    @Metadata(label = "producer", description = "Overrides the model of the endpoint for this exchange.",
              javaType = "String")
    public static final String MODEL = "CamelGeminiModel";
    @Metadata(label = "producer", description = "Text sent with a binary body; overrides the prompt option.",
              javaType = "String")
    public static final String PROMPT = "CamelGeminiPrompt";
    @Metadata(label = "producer",
              description = "MIME type of a binary body; else Content-Type, else guessed from the file name.",
              javaType = "String")
    public static final String MIME_TYPE = "CamelGeminiMimeType";

    @Metadata(label = "producer", description = "Keeps multi-turn history under this id in the conversation store:"
                                                + " earlier turns are sent first, this exchange's turns are added when"
                                                + " it completes.",
              javaType = "String")
    public static final String CONVERSATION_ID = "CamelGeminiConversationId";
    @Metadata(label = "producer", description = "URI of a file uploaded to Gemini (Files API) or in Cloud Storage, sent"
                                                + " as a fileData part before the text body; MIME type from"
                                                + " CamelGeminiMimeType or the URI's extension. gemini:upload sets it"
                                                + " (and CamelGeminiMimeType) to the file it uploaded.",
              javaType = "String")
    public static final String FILE_URI = "CamelGeminiFileUri";

    @Metadata(label = "producer", description = "Cached content to use, as cachedContents/{id}; overrides the"
                                                + " cachedContent option. gemini:cache sets it to the cache it made, so"
                                                + " a following gemini:generate uses that cache.",
              javaType = "String")
    public static final String CACHED_CONTENT = "CamelGeminiCachedContent";
    @Metadata(label = "producer", description = "Display name of the file gemini:upload uploads; else the file name"
                                                + " (CamelFileName, or the File body's name).",
              javaType = "String")
    public static final String FILE_DISPLAY_NAME = "CamelGeminiFileDisplayName";

    // output

    @Metadata(label = "producer", description = "The response id.", javaType = "String")
    public static final String RESPONSE_ID = "CamelGeminiResponseId";
    @Metadata(label = "producer", description = "The model version that answered.", javaType = "String")
    public static final String MODEL_VERSION = "CamelGeminiModelVersion";
    @Metadata(label = "producer",
              description = "Why the first candidate stopped: STOP, MAX_TOKENS, SAFETY, RECITATION, ... (unknown values"
                            + " pass through).",
              javaType = "String")
    public static final String FINISH_REASON = "CamelGeminiFinishReason";
    @Metadata(label = "producer", description = "The first candidate's finish message.", javaType = "String")
    public static final String FINISH_MESSAGE = "CamelGeminiFinishMessage";
    @Metadata(label = "producer", description = "Tokens in the prompt, cached tokens included.", javaType = "Integer")
    public static final String PROMPT_TOKEN_COUNT = "CamelGeminiPromptTokenCount";
    @Metadata(label = "producer", description = "Tokens in the answer.", javaType = "Integer")
    public static final String CANDIDATES_TOKEN_COUNT = "CamelGeminiCandidatesTokenCount";
    @Metadata(label = "producer", description = "All tokens of the call.", javaType = "Integer")
    public static final String TOTAL_TOKEN_COUNT = "CamelGeminiTotalTokenCount";
    @Metadata(label = "producer", description = "Thinking tokens.", javaType = "Integer")
    public static final String THOUGHTS_TOKEN_COUNT = "CamelGeminiThoughtsTokenCount";
    @Metadata(label = "producer", description = "Prompt tokens served from cached content.", javaType = "Integer")
    public static final String CACHED_CONTENT_TOKEN_COUNT = "CamelGeminiCachedContentTokenCount";
    @Metadata(label = "producer", description = "Tokens of tool-use prompts.", javaType = "Integer")
    public static final String TOOL_USE_PROMPT_TOKEN_COUNT = "CamelGeminiToolUsePromptTokenCount";
    @Metadata(label = "producer", description = "The whole usage metadata, per-modality details included.",
              javaType = "com.cometapi.camel.gemini.model.UsageMetadata")
    public static final String USAGE_METADATA = "CamelGeminiUsageMetadata";
    @Metadata(label = "producer", description = "Grounding metadata: chunks, supports, search queries, entry point.",
              javaType = "com.cometapi.camel.gemini.model.GroundingMetadata")
    public static final String GROUNDING_METADATA = "CamelGeminiGroundingMetadata";
    @Metadata(label = "producer", description = "The Google Search queries the model ran.",
              javaType = "java.util.List<String>")
    public static final String WEB_SEARCH_QUERIES = "CamelGeminiWebSearchQueries";
    @Metadata(label = "producer", description = "Citations of the first candidate.",
              javaType = "com.cometapi.camel.gemini.model.CitationMetadata")
    public static final String CITATION_METADATA = "CamelGeminiCitationMetadata";
    @Metadata(label = "producer",
              description = "Safety ratings of the first candidate, or of the prompt when there is no candidate.",
              javaType = "java.util.List<com.cometapi.camel.gemini.model.SafetyRating>")
    public static final String SAFETY_RATINGS = "CamelGeminiSafetyRatings";
    @Metadata(label = "producer", description = "Why the prompt was blocked (prompt feedback).", javaType = "String")
    public static final String BLOCK_REASON = "CamelGeminiBlockReason";
    @Metadata(label = "producer", description = "Function calls of the first candidate.",
              javaType = "java.util.List<com.cometapi.camel.gemini.model.FunctionCall>")
    public static final String FUNCTION_CALLS = "CamelGeminiFunctionCalls";
    @Metadata(label = "producer", description = "Thought summaries, when includeThoughts is on and some came back.",
              javaType = "String")
    public static final String THOUGHTS = "CamelGeminiThoughts";
    @Metadata(label = "producer", description = "Average log probability of the first candidate.", javaType = "Double")
    public static final String AVG_LOGPROBS = "CamelGeminiAvgLogprobs";
    @Metadata(label = "producer", description = "The whole response, whatever the outputType.",
              javaType = "com.cometapi.camel.gemini.model.GenerateContentResponse")
    public static final String RESPONSE = "CamelGeminiResponse";
    @Metadata(label = "producer", description = "HTTP attempts the call took, retries included.", javaType = "Integer")
    public static final String ATTEMPTS = "CamelGeminiAttempts";
    @Metadata(label = "producer", description = "Inline parts of the first candidate (MIME type and decoded bytes).",
              javaType = "java.util.List<com.cometapi.camel.gemini.GeminiInlineData>")
    public static final String INLINE_DATA = "CamelGeminiInlineData";
    @Metadata(label = "producer",
              description = "The service tier that served the call, from the answer's x-gemini-service-tier HTTP header"
                            + " or the response body, when either tells it.",
              javaType = "String")
    public static final String SERVICE_TIER = "CamelGeminiServiceTier";

    @Metadata(label = "producer", description = "When the cached content gemini:cache made expires (RFC 3339).",
              javaType = "String")
    public static final String CACHE_EXPIRE_TIME = "CamelGeminiCacheExpireTime";
    @Metadata(label = "producer", description = "The resource name of the file gemini:upload uploaded, files/{id}"
                                                + " (its URI is in CamelGeminiFileUri).",
              javaType = "String")
    public static final String FILE_NAME = "CamelGeminiFileName";

    @Metadata(label = "producer", description = "Model requests the tool loop took (1 when no tool was called).",
              javaType = "Integer")
    public static final String TOOL_ITERATIONS = "CamelGeminiToolIterations";
    @Metadata(label = "producer", description = "Position of a streamed chunk, from 0 (gemini:stream only).",
              javaType = "Integer")
    public static final String CHUNK_INDEX = "CamelGeminiChunkIndex";
    @Metadata(label = "producer",
              description = "The endpoint's outputClass, on each chunk of a gemini:stream whose endpoint sets it:"
                            + " GeminiStreamAggregationStrategy binds the joined answer to it.",
              javaType = "Class")
    public static final String OUTPUT_CLASS = "CamelGeminiOutputClass";

    private GeminiConstants() {
    }
}
