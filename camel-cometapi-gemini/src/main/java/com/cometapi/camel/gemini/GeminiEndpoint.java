package com.cometapi.camel.gemini;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import com.cometapi.camel.gemini.http.CallSettings;
import com.cometapi.camel.gemini.http.ErrorDecoder;
import com.cometapi.camel.gemini.http.GeminiClient;
import com.cometapi.camel.gemini.http.Redactor;
import com.cometapi.camel.gemini.http.RetryPolicy;
import com.cometapi.camel.gemini.request.BodyMapper;
import com.cometapi.camel.gemini.request.OptionChecks;
import com.cometapi.camel.gemini.request.RequestDefaults;
import com.cometapi.camel.gemini.request.RequestJson;
import com.cometapi.camel.gemini.request.ResourceLoader;
import com.cometapi.camel.gemini.response.ResponseMapper;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Calls Google Gemini's native API ({@code generateContent}, {@code streamGenerateContent}) through the CometAPI
 * gateway or Google directly.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "gemini", title = "CometAPI Gemini", syntax = "gemini:operation",
             producerOnly = true, category = { Category.AI }, headersClass = GeminiConstants.class)
public class GeminiEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    /** The largest server-sent event a stream accepts: generous, as a streamed 4K image is several MB in one event. */
    static final int MAX_EVENT_BYTES = 16 * 1024 * 1024;

    @UriPath(enums = "generate,stream,countTokens,embed,cache,upload",
             description = "generate: one request, one answer; stream: server-sent events, one exchange per event;"
                           + " countTokens: the tokens the request would take; embed: embeddings of a text or a"
                           + " list of texts; cache: cached content for later requests; upload: a file to the Files"
                           + " API")
    @Metadata(required = true)
    private GeminiOperation operation;
    @UriParam
    private GeminiConfiguration configuration;

    private String apiKey;
    private RequestTarget target;
    private CallPreparation preparation;
    private RequestJson requestJson;
    private ConversationMemory conversations;
    private ResponseMapper responseMapper;
    private CallSettings callSettings;
    private GeminiClient client;
    private OutputBinding outputBinding;
    private CallSettings turnSettings;

    public GeminiEndpoint(String uri, GeminiComponent component, GeminiOperation operation,
                          GeminiConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public GeminiComponent getComponent() {
        return (GeminiComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return switch (operation) {
            case STREAM -> new GeminiStreamProducer(this);
            case COUNT_TOKENS -> new GeminiCountTokensProducer(this);
            case EMBED -> new GeminiEmbedProducer(this);
            case CACHE -> new GeminiCacheProducer(this);
            case UPLOAD -> new GeminiUploadProducer(this);
            default -> new GeminiGenerateProducer(this);
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("The gemini component only sends: use it in to(...), not from(...)");
    }

    /** Checks the options and builds what every exchange of this endpoint shares; a bad option fails here. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        GeminiConfiguration config = configuration;
        apiKey = ApiAccess.apiKey(config.getApiKey(), System::getenv);
        String baseUrl = checkedBaseUrl(config.getBaseUrl());
        List<String> toolTags = OptionChecks.commaList(config.getTools());
        EndpointOptionChecks.check(config, operation);
        outputBinding = OutputBinding.forEndpoint(getCamelContext(), config);
        RequestDefaults defaults = RequestDefaults.of(config, new ResourceLoader(getCamelContext()),
                outputBinding == null ? null : () -> OutputSchema.of(outputBinding.type()));
        requestJson = new RequestJson(defaults);
        conversations = new ConversationMemory(config.getConversationStore() != null
                ? config.getConversationStore() : getComponent().defaultConversationStore());
        preparation = new CallPreparation(getCamelContext(), config.getModel(),
                new BodyMapper(defaults, config.getPrompt()), toolTags, conversations);
        responseMapper = new ResponseMapper(config.getOutputType(), config.isFailOnBlock());
        target = new RequestTarget(baseUrl, config.getApiVersion(), defaultModel(), operation.method(), apiKey,
                config.getAuthMode());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        GeminiComponent component = getComponent();
        boolean streaming = operation == GeminiOperation.STREAM;
        GeminiComponent.Transport transport = component.transport(configuration, streaming);
        client = transport.client();
        Executor completions = streaming ? component.streamCompletions(transport)
                : configuration.getWorkerPool() != null ? configuration.getWorkerPool() : component.workerPool();
        callSettings = callSettings(completions);
        // a later turn of a stream's tool loop: its reader waits on its own thread for the first event, so the call
        // completes where it ends (no pool thread, which the waiting readers might all hold); no route step runs there
        turnSettings = callSettings(Runnable::run);
    }

    private CallSettings callSettings(Executor completions) {
        return new CallSettings(configuration.getRequestTimeout(),
                new RetryPolicy(configuration.getMaxRetries(), configuration.getRetryInitialDelay(),
                        configuration.getRetryMaxDelay()),
                new ErrorDecoder(new Redactor(apiKey)), completions, MAX_EVENT_BYTES);
    }

    /** The model of requests without header CamelGeminiModel: embeddingModel for embed, else model. */
    String defaultModel() {
        return operation == GeminiOperation.EMBED ? configuration.getEmbeddingModel() : configuration.getModel();
    }

    private static String checkedBaseUrl(String baseUrl) {
        String problem = ApiAccess.baseUrlProblem("baseUrl", baseUrl);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return ApiAccess.trimmed(baseUrl);
    }

    /** Makes exchanges ready to send. */
    CallPreparation preparation() {
        return preparation;
    }

    /** Writes the endpoint's generateContent request bodies. */
    RequestJson requestJson() {
        return requestJson;
    }

    /** Where requests go, with their auth header. */
    RequestTarget target() {
        return target;
    }

    /** The multi-turn history of conversations. */
    ConversationMemory conversations() {
        return conversations;
    }

    /** What {@code outputClass} binds the answer to; null without it. */
    OutputBinding outputBinding() {
        return outputBinding;
    }

    ResponseMapper responseMapper() {
        return responseMapper;
    }

    CallSettings callSettings() {
        return callSettings;
    }

    /** The settings of a stream's later tool-loop turns, whose reader thread waits for them. */
    CallSettings turnSettings() {
        return turnSettings;
    }

    /** The transport of this endpoint; stream endpoints have their own, so streams never hold generate's pool. */
    GeminiClient client() {
        return client;
    }

    ToolErrorPolicy toolErrorPolicy() {
        return configuration.getToolErrorPolicy();
    }

    /** The tool loop of one prepared exchange, with this endpoint's error policy and request limit. */
    ToolLoop toolLoop(PreparedCall prepared) {
        return new ToolLoop(prepared, configuration.getToolErrorPolicy(), configuration.getMaxToolIterations(),
                operation == GeminiOperation.STREAM);
    }

    public GeminiOperation getOperation() {
        return operation;
    }

    /** The operation: generate or stream. */
    public void setOperation(GeminiOperation operation) {
        this.operation = operation;
    }

    public GeminiConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(GeminiConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("model", defaultModel());
    }
}
