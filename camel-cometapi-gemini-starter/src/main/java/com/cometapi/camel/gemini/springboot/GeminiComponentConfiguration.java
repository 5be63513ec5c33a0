package com.cometapi.camel.gemini.springboot;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

import com.cometapi.camel.gemini.GeminiAuthMode;
import com.cometapi.camel.gemini.GeminiCallObserver;
import com.cometapi.camel.gemini.GeminiOutputType;
import com.cometapi.camel.gemini.ToolErrorPolicy;
import com.cometapi.camel.gemini.conversation.GeminiConversationStore;
import com.cometapi.camel.gemini.GeminiConfiguration;
import com.cometapi.camel.gemini.model.EmbeddingTaskType;
import com.cometapi.camel.gemini.model.FunctionCallingMode;
import com.cometapi.camel.gemini.model.ImageSize;
import com.cometapi.camel.gemini.model.MediaResolution;
import com.cometapi.camel.gemini.model.ThinkingLevel;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Spring Boot properties {@code camel.component.gemini.*}: every option of the gemini component (the defaults of all
 * its endpoints; an endpoint URI overrides them), plus {@code enabled} and {@code metrics.enabled}. Options left at
 * their default are not applied, so the component keeps its own value. Bean-typed options take a reference,
 * {@code #bean:name}.
 */
@ConfigurationProperties(prefix = GeminiComponentConfiguration.PREFIX)
public class GeminiComponentConfiguration {

    /** The properties' prefix. */
    public static final String PREFIX = "camel.component.gemini";

    /**
     * Whether to configure the gemini component from these properties and to add its meters; false also keeps the
     * component from registering its health check.
     */
    private Boolean enabled = true;

    /**
     * The API key. Defaults to the COMETAPI_KEY environment variable, else GEMINI_API_KEY. Never logged.
     */
    private String apiKey;
    /**
     * Base URL of the Gemini native API: the CometAPI gateway, or https://generativelanguage.googleapis.com to call
     * Google directly.
     */
    private String baseUrl = "https://api.cometapi.com";
    /**
     * The API version path segment.
     */
    private String apiVersion = "v1beta";
    /**
     * How the key is sent: header x-goog-api-key, or Authorization: Bearer.
     */
    private GeminiAuthMode authMode = GeminiAuthMode.X_GOOG_API_KEY;
    /**
     * The model, e.g. gemini-2.5-flash or gemini-3-pro-preview. Header CamelGeminiModel overrides it.
     */
    private String model = "gemini-2.5-flash";
    /**
     * System instruction: text, or resource:classpath:..., resource:file:... to load it.
     */
    private String systemInstruction;
    /**
     * Text sent with a binary body (an image, a PDF). Header CamelGeminiPrompt overrides it.
     */
    private String prompt;
    /**
     * On generate, stream, countTokens and cache, a binary body over Gemini's 20 MB inline limit is uploaded with the
     * Files API first and sent as a fileData part.
     */
    private Boolean autoUpload = false;
    /**
     * How long an upload (gemini:upload, autoUpload) waits for Gemini to process the file (state PROCESSING) until it
     * is ACTIVE; then it fails with an ExchangeTimedOutException.
     */
    private Duration fileProcessingTimeout = Duration.ofMinutes(5);
    /**
     * The model of gemini:embed. Header CamelGeminiModel overrides it.
     */
    private String embeddingModel = "gemini-embedding-001";
    /**
     * What the embeddings of gemini:embed are for (taskType).
     */
    private EmbeddingTaskType taskType;
    /**
     * Size of the embeddings of gemini:embed, at least 1 (outputDimensionality); unset, the model's own size.
     */
    private Integer outputDimensionality;
    /**
     * Title of the texts gemini:embed embeds, with taskType=RETRIEVAL_DOCUMENT.
     */
    private String title;
    /**
     * How long the cached content gemini:cache creates lives (ttl), at least one second.
     */
    private Duration cacheTtl = Duration.ofHours(1);

    /**
     * Sampling temperature, 0.0 to 2.0.
     */
    private Double temperature;
    /**
     * Nucleus sampling probability mass, 0.0 to 1.0.
     */
    private Double topP;
    /**
     * Top-k sampling: how many tokens to consider, at least 1.
     */
    private Integer topK;
    /**
     * Maximum number of tokens in an answer, at least 1.
     */
    private Integer maxOutputTokens;
    /**
     * How many candidate answers to generate, at least 1.
     */
    private Integer candidateCount;
    /**
     * Seed for reproducible sampling.
     */
    private Integer seed;
    /**
     * Presence penalty, -2.0 to 2.0 (not every model supports it).
     */
    private Double presencePenalty;
    /**
     * Frequency penalty, -2.0 to 2.0 (not every model supports it).
     */
    private Double frequencyPenalty;
    /**
     * Stop sequences, at most 5 (a comma-separated value or a list).
     */
    private List<String> stopSequences;
    /**
     * Safety settings as CATEGORY:THRESHOLD pairs (a comma-separated value or a list), e.g.
     * HARM_CATEGORY_HARASSMENT:BLOCK_ONLY_HIGH. The HARM_CATEGORY_ prefix may be left out.
     */
    private List<String> safetySettings;
    /**
     * Cached content to use, as cachedContents/{id}.
     */
    private String cachedContent;

    /**
     * Thinking level for Gemini 3 models. For Gemini 2.5 use thinkingBudget.
     */
    private ThinkingLevel thinkingLevel;
    /**
     * Thinking token budget for Gemini 2.5 models: -1 dynamic, 0 off. For Gemini 3 use thinkingLevel.
     */
    private Integer thinkingBudget;
    /**
     * Ask for thought summaries; they go to header CamelGeminiThoughts, never into the body.
     */
    private Boolean includeThoughts = false;

    /**
     * Service tier of the request (serviceTier), e.g. flex, priority or standard; sent as given. Header
     * CamelGeminiServiceTier tells the tier that served the call.
     */
    private String serviceTier;
    /**
     * Resolution of images, video frames and PDF pages in the prompt (generationConfig.mediaResolution); the prefix
     * MEDIA_RESOLUTION_ is optional.
     */
    private MediaResolution mediaResolution;
    /**
     * Aspect ratio of generated images as W:H, e.g. 16:9 (generationConfig.imageConfig.aspectRatio).
     */
    private String imageAspectRatio;
    /**
     * Size of generated images (generationConfig.imageConfig.imageSize).
     */
    private ImageSize imageSize;
    /**
     * Prebuilt voice of generated speech, e.g. Kore
     * (generationConfig.speechConfig.voiceConfig.prebuiltVoiceConfig.voiceName).
     */
    private String speechVoice;
    /**
     * Language of generated speech as a BCP-47 code, e.g. en-US (generationConfig.speechConfig.languageCode).
     */
    private String speechLanguage;
    /**
     * Ask for the log probabilities of the chosen tokens (generationConfig.responseLogprobs).
     */
    private Boolean responseLogprobs = false;
    /**
     * How many top candidate tokens to return log probabilities for at each step, 1 to 20
     * (generationConfig.logprobs); with responseLogprobs.
     */
    private Integer logprobs;
    /**
     * File search stores to offer the file search tool (a comma-separated value or a list), each as
     * fileSearchStores/{id}.
     */
    private List<String> fileSearchStores;
    /**
     * Latitude in degrees, -90 to 90, of the user's location for the Google Maps tool
     * (toolConfig.retrievalConfig.latLng); set with mapsLongitude.
     */
    private Double mapsLatitude;
    /**
     * Longitude in degrees, -180 to 180, of the user's location for the Google Maps tool
     * (toolConfig.retrievalConfig.latLng); set with mapsLatitude.
     */
    private Double mapsLongitude;

    /**
     * Response MIME type, e.g. application/json for JSON mode or text/x.enum.
     */
    private String responseMimeType;
    /**
     * Response schema (OpenAPI subset) as JSON text, or resource:classpath:... to load it.
     */
    private String responseSchema;
    /**
     * Response JSON Schema as JSON text, or resource:classpath:... to load it. Use either this or responseSchema.
     */
    private String responseJsonSchema;
    /**
     * Fully qualified name of a class the answer binds to (Jackson): JSON mode with a responseJsonSchema generated
     * from the class when the endpoint starts, unless responseSchema or responseJsonSchema is set, and the body
     * becomes an instance of the class. Needs outputType=text. Text that does not bind fails with
     * GeminiOutputBindingException. On gemini:stream chunks stay text; GeminiStreamAggregationStrategy binds the
     * joined answer.
     */
    private String outputClass;
    /**
     * Output modalities: TEXT, IMAGE, AUDIO (a comma-separated value or a list).
     */
    private List<String> responseModalities;
    /**
     * What the body holds: the answer text, the GenerateContentResponse, the raw JSON as received, or the last
     * non-thought inline part's bytes (raw PCM audio as a WAV file).
     */
    private GeminiOutputType outputType = GeminiOutputType.TEXT;
    /**
     * Fail with GeminiBlockedException when the prompt is blocked; false gives an empty body and the block reason in
     * headers.
     */
    private Boolean failOnBlock = true;

    /**
     * Offer the Google Search grounding tool.
     */
    private Boolean googleSearch = false;
    /**
     * Offer the Google Maps grounding tool.
     */
    private Boolean googleMaps = false;
    /**
     * Offer the URL context tool.
     */
    private Boolean urlContext = false;
    /**
     * Offer the code execution tool.
     */
    private Boolean codeExecution = false;

    /**
     * Function declarations offered to the model: a JSON array of FunctionDeclaration objects, or
     * resource:classpath:... to load it. Calls come back in header CamelGeminiFunctionCalls.
     */
    private String functions;
    /**
     * How the model may call functions: toolConfig.functionCallingConfig.mode.
     */
    private FunctionCallingMode functionCallingMode;
    /**
     * Names of the functions the model may call (with ANY or VALIDATED), a comma-separated value or a list.
     */
    private List<String> allowedFunctionNames;
    /**
     * Tags of gemini-tool routes to offer the model (a comma-separated value or a list); the component then runs the
     * call loop: each function call goes to its tool route and the result back to the model.
     */
    private List<String> tools;
    /**
     * Most model requests one exchange's tool loop may make; reaching it fails the exchange.
     */
    private Integer maxToolIterations = 10;
    /**
     * When a tool route fails: send the error back to the model (reprompt) or fail the exchange.
     */
    private ToolErrorPolicy toolErrorPolicy = ToolErrorPolicy.REPROMPT;

    /**
     * How long to wait for a TCP connection (milliseconds, or with a unit: 10s).
     */
    private Duration connectTimeout = Duration.ofSeconds(10);
    /**
     * For generate, the longest one HTTP call may take, from sending to the whole answer; for stream, the longest wait
     * for the first event. A call that times out is not retried.
     */
    private Duration requestTimeout = Duration.ofSeconds(300);
    /**
     * For stream, the longest silence allowed between two events.
     */
    private Duration streamIdleTimeout = Duration.ofSeconds(60);
    /**
     * How often to retry 408, 429, 500, 502, 503, 504 and connection failures; 0 disables.
     */
    private Integer maxRetries = 2;
    /**
     * Delay before the first retry; doubles with each retry, with jitter.
     */
    private Duration retryInitialDelay = Duration.ofSeconds(1);
    /**
     * Longest delay between two attempts, also when the server asks for a longer one.
     */
    private Duration retryMaxDelay = Duration.ofSeconds(60);
    /**
     * Connection pool size: total and per host.
     */
    private Integer maxConnections = 200;
    /**
     * HTTP proxy host.
     */
    private String proxyHost;
    /**
     * HTTP proxy port.
     */
    private Integer proxyPort;

    /**
     * TLS configuration (trust store, key store, protocols): a reference to a bean, #bean:name.
     */
    private SSLContextParameters sslContextParameters;
    /**
     * Use the global SSLContextParameters of the CamelContext when no sslContextParameters are set.
     */
    private Boolean useGlobalSslContextParameters = false;
    /**
     * Told of every model request: token usage, duration, failures and retries, e.g. for metrics: a reference to a
     * bean, #bean:name. When not set, every bean of this type is told (the starter's Micrometer observer, when
     * metrics are on).
     */
    private GeminiCallObserver callObserver;
    /**
     * Whether the component registers its readiness check with Camel's health-check registry (id: the component's
     * name, gemini). The check is DOWN without an API key or with a base URL that is not http(s); it never calls the
     * API.
     */
    private Boolean healthCheckEnabled = true;
    /**
     * Where multi-turn history is kept for exchanges with header CamelGeminiConversationId: a reference to a bean,
     * #bean:name. Default: an in-memory store bounded by conversations and turns.
     */
    private GeminiConversationStore conversationStore;
    /**
     * The thread pool that continues the route after a generate answer: a reference to an ExecutorService bean,
     * #bean:name. Default: one per component from Camel's ExecutorServiceManager (GeminiWorker), of fixed size
     * whatever the number of calls in flight; bursts queue. Streams run on a pool of their own, bounded by
     * maxConnections.
     */
    private ExecutorService workerPool;
    /**
     * Whether the calling thread waits for the answer and continues the route itself, as Camel's synchronous option
     * does elsewhere: no hand-off to the worker pool (or, for gemini:stream, to the stream pool), so a caller that
     * waits anyway (a ProducerTemplate.requestBody, a synchronous consumer) saves a thread hand-off per call. The
     * thread is held while Gemini answers: leave it off for routes that should not wait, such as many calls in flight
     * from asynchronous callers.
     */
    private Boolean synchronous = false;
    /**
     * The default options of all endpoints, as one bean: a reference to a bean, #bean:name. The other properties are
     * applied on top of it.
     */
    private GeminiConfiguration configuration;
    /**
     * Whether the producer should be started lazy (on the first message), so that a producer that fails to start
     * fails the first message, where Camel's error handlers apply, instead of the route's startup.
     */
    private Boolean lazyStartProducer = false;
    /**
     * Whether autowiring is enabled: options marked as autowired (callObserver) are set from the single bean of their
     * type in the registry, if there is exactly one.
     */
    private Boolean autowiredEnabled = true;

    private final Metrics metrics = new Metrics();

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
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

    public Boolean getAutoUpload() {
        return autoUpload;
    }

    public void setAutoUpload(Boolean autoUpload) {
        this.autoUpload = autoUpload;
    }

    public Duration getFileProcessingTimeout() {
        return fileProcessingTimeout;
    }

    public void setFileProcessingTimeout(Duration fileProcessingTimeout) {
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

    public Duration getCacheTtl() {
        return cacheTtl;
    }

    public void setCacheTtl(Duration cacheTtl) {
        this.cacheTtl = cacheTtl;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
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

    public List<String> getStopSequences() {
        return stopSequences;
    }

    public void setStopSequences(List<String> stopSequences) {
        this.stopSequences = stopSequences;
    }

    public List<String> getSafetySettings() {
        return safetySettings;
    }

    public void setSafetySettings(List<String> safetySettings) {
        this.safetySettings = safetySettings;
    }

    public String getCachedContent() {
        return cachedContent;
    }

    public void setCachedContent(String cachedContent) {
        this.cachedContent = cachedContent;
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

    public Boolean getIncludeThoughts() {
        return includeThoughts;
    }

    public void setIncludeThoughts(Boolean includeThoughts) {
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

    public List<String> getResponseModalities() {
        return responseModalities;
    }

    public void setResponseModalities(List<String> responseModalities) {
        this.responseModalities = responseModalities;
    }

    public GeminiOutputType getOutputType() {
        return outputType;
    }

    public void setOutputType(GeminiOutputType outputType) {
        this.outputType = outputType;
    }

    public Boolean getFailOnBlock() {
        return failOnBlock;
    }

    public void setFailOnBlock(Boolean failOnBlock) {
        this.failOnBlock = failOnBlock;
    }

    public Boolean getGoogleSearch() {
        return googleSearch;
    }

    public void setGoogleSearch(Boolean googleSearch) {
        this.googleSearch = googleSearch;
    }

    public Boolean getGoogleMaps() {
        return googleMaps;
    }

    public void setGoogleMaps(Boolean googleMaps) {
        this.googleMaps = googleMaps;
    }

    public Boolean getUrlContext() {
        return urlContext;
    }

    public void setUrlContext(Boolean urlContext) {
        this.urlContext = urlContext;
    }

    public Boolean getCodeExecution() {
        return codeExecution;
    }

    public void setCodeExecution(Boolean codeExecution) {
        this.codeExecution = codeExecution;
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

    public List<String> getAllowedFunctionNames() {
        return allowedFunctionNames;
    }

    public void setAllowedFunctionNames(List<String> allowedFunctionNames) {
        this.allowedFunctionNames = allowedFunctionNames;
    }

    public List<String> getTools() {
        return tools;
    }

    public void setTools(List<String> tools) {
        this.tools = tools;
    }

    public Integer getMaxToolIterations() {
        return maxToolIterations;
    }

    public void setMaxToolIterations(Integer maxToolIterations) {
        this.maxToolIterations = maxToolIterations;
    }

    public ToolErrorPolicy getToolErrorPolicy() {
        return toolErrorPolicy;
    }

    public void setToolErrorPolicy(ToolErrorPolicy toolErrorPolicy) {
        this.toolErrorPolicy = toolErrorPolicy;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Duration getStreamIdleTimeout() {
        return streamIdleTimeout;
    }

    public void setStreamIdleTimeout(Duration streamIdleTimeout) {
        this.streamIdleTimeout = streamIdleTimeout;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
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

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public GeminiCallObserver getCallObserver() {
        return callObserver;
    }

    public void setCallObserver(GeminiCallObserver callObserver) {
        this.callObserver = callObserver;
    }

    public Boolean getHealthCheckEnabled() {
        return healthCheckEnabled;
    }

    public void setHealthCheckEnabled(Boolean healthCheckEnabled) {
        this.healthCheckEnabled = healthCheckEnabled;
    }

    public GeminiConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(GeminiConfiguration configuration) {
        this.configuration = configuration;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Metrics getMetrics() {
        return metrics;
    }

    /** {@code camel.component.gemini.metrics.*}: the Micrometer meters. */
    public static class Metrics {

        /**
         * Whether to record the gen_ai.client.token.usage, gen_ai.client.operation.duration and gemini.client.retries
         * meters (when Micrometer is present).
         */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    public void setWorkerPool(ExecutorService workerPool) {
        this.workerPool = workerPool;
    }

    public Boolean getSynchronous() {
        return synchronous;
    }

    public void setSynchronous(Boolean synchronous) {
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

    public Boolean getResponseLogprobs() {
        return responseLogprobs;
    }

    public void setResponseLogprobs(Boolean responseLogprobs) {
        this.responseLogprobs = responseLogprobs;
    }

    public Integer getLogprobs() {
        return logprobs;
    }

    public void setLogprobs(Integer logprobs) {
        this.logprobs = logprobs;
    }

    public List<String> getFileSearchStores() {
        return fileSearchStores;
    }

    public void setFileSearchStores(List<String> fileSearchStores) {
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
