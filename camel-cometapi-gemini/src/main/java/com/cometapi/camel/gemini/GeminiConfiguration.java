package com.cometapi.camel.gemini;

import java.util.concurrent.ExecutorService;

import com.cometapi.camel.gemini.conversation.GeminiConversationStore;
import com.cometapi.camel.gemini.model.EmbeddingTaskType;
import com.cometapi.camel.gemini.model.FunctionCallingMode;
import com.cometapi.camel.gemini.model.ImageSize;
import com.cometapi.camel.gemini.model.MediaResolution;
import com.cometapi.camel.gemini.model.ThinkingLevel;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of a {@code gemini:} endpoint. The component holds one instance as the default for all its endpoints;
 * each endpoint works on a copy and overrides what its URI sets.
 */
@UriParams
public class GeminiConfiguration implements Cloneable {

    @UriParam(label = "security", secret = true,
              description = "The API key. Defaults to the COMETAPI_KEY environment variable, else GEMINI_API_KEY."
                            + " Never logged.")
    private String apiKey;
    @UriParam(defaultValue = "https://api.cometapi.com",
              description = "Base URL of the Gemini native API: the CometAPI gateway, or"
                            + " https://generativelanguage.googleapis.com to call Google directly.")
    private String baseUrl = "https://api.cometapi.com";
    @UriParam(label = "advanced", defaultValue = "v1beta", description = "The API version path segment.")
    private String apiVersion = "v1beta";
    @UriParam(label = "security", defaultValue = "x-goog-api-key",
              description = "How the key is sent: header x-goog-api-key, or Authorization: Bearer.")
    private GeminiAuthMode authMode = GeminiAuthMode.X_GOOG_API_KEY;
    @UriParam(defaultValue = "gemini-2.5-flash",
              description = "The model, e.g. gemini-2.5-flash or gemini-3-pro-preview. Header CamelGeminiModel overrides it.")
    private String model = "gemini-2.5-flash";
    @UriParam(description = "System instruction: text, or resource:classpath:..., resource:file:... to load it.")
    @Metadata(supportFileReference = true, largeInput = true)
    private String systemInstruction;

    @UriParam(label = "generation", description = "Sampling temperature, 0.0 to 2.0.")
    private Double temperature;
    @UriParam(label = "generation", description = "Nucleus sampling probability mass, 0.0 to 1.0.")
    private Double topP;
    @UriParam(label = "generation", description = "Top-k sampling: how many tokens to consider, at least 1.")
    private Integer topK;
    @UriParam(label = "generation", description = "Maximum number of tokens in an answer, at least 1.")
    private Integer maxOutputTokens;
    @UriParam(label = "generation", description = "How many candidate answers to generate, at least 1.")
    private Integer candidateCount;
    @UriParam(label = "generation", description = "Seed for reproducible sampling.")
    private Integer seed;
    @UriParam(label = "generation", description = "Presence penalty, -2.0 to 2.0 (not every model supports it).")
    private Double presencePenalty;
    @UriParam(label = "generation", description = "Frequency penalty, -2.0 to 2.0 (not every model supports it).")
    private Double frequencyPenalty;
    @UriParam(label = "generation", description = "Comma-separated stop sequences, at most 5.")
    private String stopSequences;

    @UriParam(label = "thinking",
              description = "Thinking level for Gemini 3 models. For Gemini 2.5 use thinkingBudget.")
    private ThinkingLevel thinkingLevel;
    @UriParam(label = "thinking",
              description = "Thinking token budget for Gemini 2.5 models: -1 dynamic, 0 off. For Gemini 3 use thinkingLevel.")
    private Integer thinkingBudget;
    @UriParam(label = "thinking", defaultValue = "false",
              description = "Ask for thought summaries; they go to header CamelGeminiThoughts, never into the body.")
    private boolean includeThoughts;

    @UriParam(label = "generation",
              description = "Service tier of the request (serviceTier), e.g. flex, priority or standard; sent as given."
                            + " Header CamelGeminiServiceTier tells the tier that served the call.")
    private String serviceTier;
    @UriParam(label = "generation",
              description = "Resolution of images, video frames and PDF pages in the prompt"
                            + " (generationConfig.mediaResolution); the prefix MEDIA_RESOLUTION_ is optional.")
    private MediaResolution mediaResolution;
    @UriParam(label = "output", description = "Aspect ratio of generated images as W:H, e.g. 16:9"
                                              + " (generationConfig.imageConfig.aspectRatio).")
    private String imageAspectRatio;
    @UriParam(label = "output", description = "Size of generated images (generationConfig.imageConfig.imageSize).")
    private ImageSize imageSize;
    @UriParam(label = "output", description = "Prebuilt voice of generated speech, e.g. Kore"
                                              + " (generationConfig.speechConfig.voiceConfig.prebuiltVoiceConfig.voiceName).")
    private String speechVoice;
    @UriParam(label = "output", description = "Language of generated speech as a BCP-47 code, e.g. en-US"
                                              + " (generationConfig.speechConfig.languageCode).")
    private String speechLanguage;
    @UriParam(label = "output", defaultValue = "false",
              description = "Ask for the log probabilities of the chosen tokens (generationConfig.responseLogprobs).")
    private boolean responseLogprobs;
    @UriParam(label = "output", description = "How many top candidate tokens to return log probabilities for at each"
                                              + " step, 1 to 20 (generationConfig.logprobs); with responseLogprobs.")
    private Integer logprobs;

    @UriParam(label = "output", description = "Response MIME type, e.g. application/json for JSON mode or text/x.enum.")
    private String responseMimeType;
    @UriParam(label = "output",
              description = "Response schema (OpenAPI subset) as JSON text, or resource:classpath:... to load it.")
    @Metadata(supportFileReference = true, largeInput = true, inputLanguage = "json")
    private String responseSchema;
    @UriParam(label = "output", description = "Response JSON Schema as JSON text, or resource:classpath:... to load it."
                                              + " Use either this or responseSchema.")
    @Metadata(supportFileReference = true, largeInput = true, inputLanguage = "json")
    private String responseJsonSchema;
    @UriParam(label = "output",
              description = "Fully qualified name of a class the answer binds to (Jackson): JSON mode with a"
                            + " responseJsonSchema generated from the class when the endpoint starts, unless"
                            + " responseSchema or responseJsonSchema is set, and the body becomes an instance of the"
                            + " class. Needs outputType=text. Text that does not bind fails with"
                            + " GeminiOutputBindingException. On gemini:stream chunks stay text;"
                            + " GeminiStreamAggregationStrategy binds the joined answer.")
    private String outputClass;
    @UriParam(label = "output", description = "Comma-separated output modalities: TEXT, IMAGE, AUDIO.")
    private String responseModalities;
    @UriParam(label = "output", defaultValue = "text",
              description = "What the body holds: the answer text, the GenerateContentResponse, the raw JSON as"
                            + " received, or the last non-thought inline part's bytes (raw PCM audio as a WAV file).")
    private GeminiOutputType outputType = GeminiOutputType.TEXT;
    @UriParam(label = "output", defaultValue = "true",
              description = "Fail with GeminiBlockedException when the prompt is blocked; false gives an empty body"
                            + " and the block reason in headers.")
    private boolean failOnBlock = true;

    @UriParam(label = "tools", defaultValue = "false", description = "Offer the Google Search grounding tool.")
    private boolean googleSearch;
    @UriParam(label = "tools", defaultValue = "false", description = "Offer the Google Maps grounding tool.")
    private boolean googleMaps;
    @UriParam(label = "tools", defaultValue = "false", description = "Offer the URL context tool.")
    private boolean urlContext;
    @UriParam(label = "tools", defaultValue = "false", description = "Offer the code execution tool.")
    private boolean codeExecution;

    @UriParam(label = "tools", description = "Comma-separated file search stores to offer the file search tool,"
                                             + " each as fileSearchStores/{id}.")
    private String fileSearchStores;
    @UriParam(label = "tools", description = "Latitude in degrees, -90 to 90, of the user's location for the Google"
                                             + " Maps tool (toolConfig.retrievalConfig.latLng); set with mapsLongitude.")
    private Double mapsLatitude;
    @UriParam(label = "tools", description = "Longitude in degrees, -180 to 180, of the user's location for the"
                                             + " Google Maps tool (toolConfig.retrievalConfig.latLng); set with"
                                             + " mapsLatitude.")
    private Double mapsLongitude;

    @UriParam(label = "tools",
              description = "Function declarations offered to the model: a JSON array of FunctionDeclaration objects,"
                            + " or resource:classpath:... to load it. Calls come back in header CamelGeminiFunctionCalls.")
    @Metadata(supportFileReference = true, largeInput = true, inputLanguage = "json")
    private String functions;
    @UriParam(label = "tools",
              description = "How the model may call functions: toolConfig.functionCallingConfig.mode.")
    private FunctionCallingMode functionCallingMode;
    @UriParam(label = "tools", description = "Comma-separated names of the functions the model may call (with ANY or"
                                             + " VALIDATED).")
    private String allowedFunctionNames;
    @UriParam(label = "tools",
              description = "Comma-separated tags of gemini-tool routes to offer the model; the component then runs the"
                            + " call loop: each function call goes to its tool route and the result back to the model.")
    private String tools;
    @UriParam(label = "tools", defaultValue = "10",
              description = "Most model requests one exchange's tool loop may make; reaching it fails the exchange.")
    private int maxToolIterations = 10;
    @UriParam(label = "tools", defaultValue = "reprompt",
              description = "When a tool route fails: send the error back to the model (reprompt) or fail the exchange.")
    private ToolErrorPolicy toolErrorPolicy = ToolErrorPolicy.REPROMPT;
    @UriParam(label = "advanced",
              description = "Where multi-turn history is kept for exchanges with header CamelGeminiConversationId;"
                            + " default: an in-memory store bounded by conversations and turns.")
    private GeminiConversationStore conversationStore;

    @UriParam(label = "generation",
              description = "Safety settings as CATEGORY:THRESHOLD pairs, comma-separated, e.g."
                            + " HARM_CATEGORY_HARASSMENT:BLOCK_ONLY_HIGH. The HARM_CATEGORY_ prefix may be left out.")
    private String safetySettings;
    @UriParam(label = "generation", description = "Cached content to use, as cachedContents/{id}.")
    private String cachedContent;
    @UriParam(description = "Text sent with a binary body (an image, a PDF). Header CamelGeminiPrompt overrides it.")
    private String prompt;
    @UriParam(label = "files", defaultValue = "false",
              description = "On generate, stream, countTokens and cache, a binary body over Gemini's 20 MB inline"
                            + " limit is uploaded with the Files API first and sent as a fileData part.")
    private boolean autoUpload;
    @UriParam(label = "files", defaultValue = "300000", javaType = "java.time.Duration",
              description = "How long an upload (gemini:upload, autoUpload) waits for Gemini to process the file"
                            + " (state PROCESSING) until it is ACTIVE; then it fails with an ExchangeTimedOutException.")
    private long fileProcessingTimeout = 300000;

    @UriParam(label = "embeddings", defaultValue = "gemini-embedding-001",
              description = "The model of gemini:embed. Header CamelGeminiModel overrides it.")
    private String embeddingModel = "gemini-embedding-001";
    @UriParam(label = "embeddings", description = "What the embeddings of gemini:embed are for (taskType).")
    private EmbeddingTaskType taskType;
    @UriParam(label = "embeddings",
              description = "Size of the embeddings of gemini:embed, at least 1 (outputDimensionality); unset, the"
                            + " model's own size.")
    private Integer outputDimensionality;
    @UriParam(label = "embeddings",
              description = "Title of the texts gemini:embed embeds, with taskType=RETRIEVAL_DOCUMENT.")
    private String title;

    @UriParam(label = "cache", defaultValue = "3600000", javaType = "java.time.Duration",
              description = "How long the cached content gemini:cache creates lives (ttl), at least one second.")
    private long cacheTtl = 3600000;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a TCP connection, in milliseconds or with a unit (10s).")
    private long connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "300000", javaType = "java.time.Duration",
              description = "For generate, the longest one HTTP call may take, from sending to the whole answer;"
                            + " for stream, the longest wait for the first event. A call that times out is not"
                            + " retried.")
    private long requestTimeout = 300000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "For stream, the longest silence allowed between two events.")
    private long streamIdleTimeout = 60000;
    @UriParam(label = "advanced", defaultValue = "2",
              description = "How often to retry 408, 429, 500, 502, 503, 504 and connection failures; 0 disables.")
    private int maxRetries = 2;
    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "Delay before the first retry; doubles with each retry, with jitter.")
    private long retryInitialDelay = 1000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Longest delay between two attempts, also when the server asks for a longer one.")
    private long retryMaxDelay = 60000;

    @UriParam(label = "security", description = "TLS configuration (trust store, key store, protocols).")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "proxy", description = "HTTP proxy host.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "HTTP proxy port.")
    private Integer proxyPort;
    @UriParam(label = "advanced", defaultValue = "200",
              description = "Connection pool size: total and per host.")
    private int maxConnections = 200;
    @UriParam(label = "advanced",
              description = "The thread pool that continues the route after a generate answer (an ExecutorService"
                            + " bean). Default: one per component from Camel's ExecutorServiceManager, named"
                            + " GeminiWorker, of fixed size whatever the number of calls in flight; bursts queue."
                            + " Streams run on a pool of their own, bounded by maxConnections, as each holds its"
                            + " thread while the route splits it.")
    private ExecutorService workerPool;
    @UriParam(label = "advanced",
              description = "Whether the calling thread waits for the answer and continues the route itself, as"
                            + " Camel's synchronous option does elsewhere: no hand-off to the worker pool (or, for"
                            + " gemini:stream, to the stream pool), so a caller that waits anyway (a"
                            + " ProducerTemplate.requestBody, a synchronous consumer) saves a thread hand-off per call."
                            + " The thread is held while Gemini answers: leave it off for routes that should not"
                            + " wait, such as many calls in flight from asynchronous callers.")
    private boolean synchronous;

    /** A copy for an endpoint to override. */
    public GeminiConfiguration copy() {
        try {
            return (GeminiConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        return "GeminiConfiguration[baseUrl=" + baseUrl + ", model=" + model + ", outputType=" + outputType + "]";
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public GeminiAuthMode getAuthMode() {
        return authMode;
    }

    public void setAuthMode(GeminiAuthMode authMode) {
        this.authMode = authMode;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getSystemInstruction() {
        return systemInstruction;
    }

    public void setSystemInstruction(String systemInstruction) {
        this.systemInstruction = systemInstruction;
    }

    public Double getTemperature() {
        return temperature;
    }

    public void setTemperature(Double temperature) {
        this.temperature = temperature;
    }

    public Double getTopP() {
        return topP;
    }

    public void setTopP(Double topP) {
        this.topP = topP;
    }

    public Integer getTopK() {
        return topK;
    }

    public void setTopK(Integer topK) {
        this.topK = topK;
    }

    public Integer getMaxOutputTokens() {
        return maxOutputTokens;
    }

    public void setMaxOutputTokens(Integer maxOutputTokens) {
        this.maxOutputTokens = maxOutputTokens;
    }

    public Integer getCandidateCount() {
        return candidateCount;
    }

    public void setCandidateCount(Integer candidateCount) {
        this.candidateCount = candidateCount;
    }

    public Integer getSeed() {
        return seed;
    }

    public void setSeed(Integer seed) {
        this.seed = seed;
    }

    public Double getPresencePenalty() {
        return presencePenalty;
    }

    public void setPresencePenalty(Double presencePenalty) {
        this.presencePenalty = presencePenalty;
    }

    public Double getFrequencyPenalty() {
        return frequencyPenalty;
    }

    public void setFrequencyPenalty(Double frequencyPenalty) {
        this.frequencyPenalty = frequencyPenalty;
    }

    public String getStopSequences() {
        return stopSequences;
    }

    public void setStopSequences(String stopSequences) {
        this.stopSequences = stopSequences;
    }

    public ThinkingLevel getThinkingLevel() {
        return thinkingLevel;
    }

    public void setThinkingLevel(ThinkingLevel thinkingLevel) {
        this.thinkingLevel = thinkingLevel;
    }

    public Integer getThinkingBudget() {
        return thinkingBudget;
    }

    public void setThinkingBudget(Integer thinkingBudget) {
        this.thinkingBudget = thinkingBudget;
    }

    public boolean isIncludeThoughts() {
        return includeThoughts;
    }

    public void setIncludeThoughts(boolean includeThoughts) {
        this.includeThoughts = includeThoughts;
    }

    public String getResponseMimeType() {
        return responseMimeType;
    }

    public void setResponseMimeType(String responseMimeType) {
        this.responseMimeType = responseMimeType;
    }

    public String getResponseSchema() {
        return responseSchema;
    }

    public void setResponseSchema(String responseSchema) {
        this.responseSchema = responseSchema;
    }

    public String getResponseJsonSchema() {
        return responseJsonSchema;
    }

    public void setResponseJsonSchema(String responseJsonSchema) {
        this.responseJsonSchema = responseJsonSchema;
    }

    public String getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(String outputClass) {
        this.outputClass = outputClass;
    }

    public String getResponseModalities() {
        return responseModalities;
    }

    public void setResponseModalities(String responseModalities) {
        this.responseModalities = responseModalities;
    }

    public GeminiOutputType getOutputType() {
        return outputType;
    }

    public void setOutputType(GeminiOutputType outputType) {
        this.outputType = outputType;
    }

    public boolean isFailOnBlock() {
        return failOnBlock;
    }

    public void setFailOnBlock(boolean failOnBlock) {
        this.failOnBlock = failOnBlock;
    }

    public boolean isGoogleSearch() {
        return googleSearch;
    }

    public void setGoogleSearch(boolean googleSearch) {
        this.googleSearch = googleSearch;
    }

    public boolean isGoogleMaps() {
        return googleMaps;
    }

    public void setGoogleMaps(boolean googleMaps) {
        this.googleMaps = googleMaps;
    }

    public boolean isUrlContext() {
        return urlContext;
    }

    public void setUrlContext(boolean urlContext) {
        this.urlContext = urlContext;
    }

    public boolean isCodeExecution() {
        return codeExecution;
    }

    public void setCodeExecution(boolean codeExecution) {
        this.codeExecution = codeExecution;
    }

    public String getSafetySettings() {
        return safetySettings;
    }

    public void setSafetySettings(String safetySettings) {
        this.safetySettings = safetySettings;
    }

    public String getCachedContent() {
        return cachedContent;
    }

    public void setCachedContent(String cachedContent) {
        this.cachedContent = cachedContent;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public boolean isAutoUpload() {
        return autoUpload;
    }

    public void setAutoUpload(boolean autoUpload) {
        this.autoUpload = autoUpload;
    }

    public long getFileProcessingTimeout() {
        return fileProcessingTimeout;
    }

    public void setFileProcessingTimeout(long fileProcessingTimeout) {
        this.fileProcessingTimeout = fileProcessingTimeout;
    }

    public String getEmbeddingModel() {
        return embeddingModel;
    }

    public void setEmbeddingModel(String embeddingModel) {
        this.embeddingModel = embeddingModel;
    }

    public EmbeddingTaskType getTaskType() {
        return taskType;
    }

    public void setTaskType(EmbeddingTaskType taskType) {
        this.taskType = taskType;
    }

    public Integer getOutputDimensionality() {
        return outputDimensionality;
    }

    public void setOutputDimensionality(Integer outputDimensionality) {
        this.outputDimensionality = outputDimensionality;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public long getCacheTtl() {
        return cacheTtl;
    }

    public void setCacheTtl(long cacheTtl) {
        this.cacheTtl = cacheTtl;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getStreamIdleTimeout() {
        return streamIdleTimeout;
    }

    public void setStreamIdleTimeout(long streamIdleTimeout) {
        this.streamIdleTimeout = streamIdleTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public String getFunctions() {
        return functions;
    }

    public void setFunctions(String functions) {
        this.functions = functions;
    }

    public FunctionCallingMode getFunctionCallingMode() {
        return functionCallingMode;
    }

    public void setFunctionCallingMode(FunctionCallingMode functionCallingMode) {
        this.functionCallingMode = functionCallingMode;
    }

    public String getAllowedFunctionNames() {
        return allowedFunctionNames;
    }

    public void setAllowedFunctionNames(String allowedFunctionNames) {
        this.allowedFunctionNames = allowedFunctionNames;
    }

    public String getTools() {
        return tools;
    }

    public void setTools(String tools) {
        this.tools = tools;
    }

    public int getMaxToolIterations() {
        return maxToolIterations;
    }

    public void setMaxToolIterations(int maxToolIterations) {
        this.maxToolIterations = maxToolIterations;
    }

    public ToolErrorPolicy getToolErrorPolicy() {
        return toolErrorPolicy;
    }

    public void setToolErrorPolicy(ToolErrorPolicy toolErrorPolicy) {
        this.toolErrorPolicy = toolErrorPolicy;
    }

    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    public void setWorkerPool(ExecutorService workerPool) {
        this.workerPool = workerPool;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    public GeminiConversationStore getConversationStore() {
        return conversationStore;
    }

    public void setConversationStore(GeminiConversationStore conversationStore) {
        this.conversationStore = conversationStore;
    }

    public String getServiceTier() {
        return serviceTier;
    }

    public void setServiceTier(String serviceTier) {
        this.serviceTier = serviceTier;
    }

    public MediaResolution getMediaResolution() {
        return mediaResolution;
    }

    public void setMediaResolution(MediaResolution mediaResolution) {
        this.mediaResolution = mediaResolution;
    }

    public String getImageAspectRatio() {
        return imageAspectRatio;
    }

    public void setImageAspectRatio(String imageAspectRatio) {
        this.imageAspectRatio = imageAspectRatio;
    }

    public ImageSize getImageSize() {
        return imageSize;
    }

    public void setImageSize(ImageSize imageSize) {
        this.imageSize = imageSize;
    }

    public String getSpeechVoice() {
        return speechVoice;
    }

    public void setSpeechVoice(String speechVoice) {
        this.speechVoice = speechVoice;
    }

    public String getSpeechLanguage() {
        return speechLanguage;
    }

    public void setSpeechLanguage(String speechLanguage) {
        this.speechLanguage = speechLanguage;
    }

    public boolean isResponseLogprobs() {
        return responseLogprobs;
    }

    public void setResponseLogprobs(boolean responseLogprobs) {
        this.responseLogprobs = responseLogprobs;
    }

    public Integer getLogprobs() {
        return logprobs;
    }

    public void setLogprobs(Integer logprobs) {
        this.logprobs = logprobs;
    }

    public String getFileSearchStores() {
        return fileSearchStores;
    }

    public void setFileSearchStores(String fileSearchStores) {
        this.fileSearchStores = fileSearchStores;
    }

    public Double getMapsLatitude() {
        return mapsLatitude;
    }

    public void setMapsLatitude(Double mapsLatitude) {
        this.mapsLatitude = mapsLatitude;
    }

    public Double getMapsLongitude() {
        return mapsLongitude;
    }

    public void setMapsLongitude(Double mapsLongitude) {
        this.mapsLongitude = mapsLongitude;
    }
}
