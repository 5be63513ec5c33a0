package com.cometapi.camel.gemini;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

import com.cometapi.camel.gemini.conversation.GeminiConversationStore;
import com.cometapi.camel.gemini.http.CallSettings;
import com.cometapi.camel.gemini.http.ErrorDecoder;
import com.cometapi.camel.gemini.http.GeminiClient;
import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.http.Redactor;
import com.cometapi.camel.gemini.http.RetryPolicy;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.Tool;
import com.cometapi.camel.gemini.request.BodyMapper;
import com.cometapi.camel.gemini.request.OptionChecks;
import com.cometapi.camel.gemini.request.RequestDefaults;
import com.cometapi.camel.gemini.request.ResourceLoader;
import com.cometapi.camel.gemini.request.ThinkingRule;
import com.cometapi.camel.gemini.response.ResponseMapper;
import com.cometapi.camel.gemini.tool.GeminiToolComponent;
import com.cometapi.camel.gemini.tool.GeminiToolConsumer;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
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

    @UriPath(enums = "generate,stream",
             description = "generate: one request, one answer; stream: server-sent events, one exchange per event")
    @Metadata(required = true)
    private GeminiOperation operation;
    @UriParam
    private GeminiConfiguration configuration;

    private String apiKey;
    private String baseUrl;
    private Map<String, String> requestHeaders;
    private URI defaultModelUri;
    private BodyMapper bodyMapper;
    private ResponseMapper responseMapper;
    private CallSettings callSettings;
    private GeminiClient client;
    private List<String> toolTags;
    private GeminiConversationStore conversationStore;

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
        return operation == GeminiOperation.STREAM ? new GeminiStreamProducer(this) : new GeminiGenerateProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("The gemini component only sends: use it in to(...), not from(...)");
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        GeminiConfiguration config = configuration;
        apiKey = resolveApiKey(config.getApiKey());
        String baseUrl = checkedBaseUrl(config.getBaseUrl());
        if (config.getApiVersion() == null || config.getApiVersion().isBlank()) {
            throw new IllegalArgumentException("apiVersion must not be blank; use v1beta");
        }
        OptionChecks.atLeast("connectTimeout", config.getConnectTimeout(), 1);
        OptionChecks.atLeast("requestTimeout", config.getRequestTimeout(), 1);
        OptionChecks.atLeast("streamIdleTimeout", config.getStreamIdleTimeout(), 1);
        OptionChecks.atLeast("maxRetries", config.getMaxRetries(), 0);
        OptionChecks.atLeast("retryInitialDelay", config.getRetryInitialDelay(), 0);
        OptionChecks.atLeast("retryMaxDelay", config.getRetryMaxDelay(), 0);
        OptionChecks.atLeast("maxConnections", config.getMaxConnections(), 1);
        if (config.getProxyHost() != null && config.getProxyPort() == null) {
            throw new IllegalArgumentException("proxyHost is set without proxyPort; set both");
        }
        RequestDefaults defaults = RequestDefaults.of(config, new ResourceLoader(getCamelContext()));
        bodyMapper = new BodyMapper(defaults, config.getPrompt());
        responseMapper = new ResponseMapper(config.getOutputType(), config.isFailOnBlock());
        requestHeaders = requestHeaders(config.getAuthMode(), apiKey);
        toolTags = OptionChecks.commaList(config.getTools());
        OptionChecks.atLeast("maxToolIterations", config.getMaxToolIterations(), 1);
        if (toolTags != null && operation == GeminiOperation.STREAM) {
            throw new IllegalArgumentException("tools (the tool-route loop) works with gemini:generate; gemini:stream"
                                               + " returns function calls in the CamelGeminiFunctionCalls header");
        }
        conversationStore = config.getConversationStore() != null
                ? config.getConversationStore() : getComponent().defaultConversationStore();
        this.baseUrl = baseUrl;
        defaultModelUri = modelUri(config.getModel());
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
        callSettings = new CallSettings(configuration.getRequestTimeout(),
                new RetryPolicy(configuration.getMaxRetries(), configuration.getRetryInitialDelay(),
                        configuration.getRetryMaxDelay()),
                new ErrorDecoder(new Redactor(apiKey)), completions, MAX_EVENT_BYTES);
    }

    /**
     * An exchange made ready to send: its body mapped, the options applied, the conversation's history put first,
     * the tool routes declared, the thinking rule checked.
     *
     * @throws IllegalArgumentException for a bad body or option, before anything is sent
     */
    PreparedCall prepare(Exchange exchange) {
        String model = modelFor(exchange);
        GenerateContentRequest request = bodyMapper.toRequest(exchange);
        ThinkingRule.check(model, request);
        List<GeminiToolConsumer> tools = toolRoutes();
        if (!tools.isEmpty()) {
            List<Tool> offered = request.getTools() == null ? new ArrayList<>() : new ArrayList<>(request.getTools());
            offered.add(new Tool().setFunctionDeclarations(
                    tools.stream().map(tool -> tool.getEndpoint().declaration()).toList()));
            request.setTools(offered);
        }
        List<Content> newTurns = request.getContents() == null ? List.of() : List.copyOf(request.getContents());
        String conversationId = exchange.getMessage().getHeader(GeminiConstants.CONVERSATION_ID, String.class);
        if (conversationId != null) {
            List<Content> contents = new ArrayList<>(conversationStore.history(conversationId));
            contents.addAll(newTurns);
            request.setContents(contents);
        }
        return new PreparedCall(model, request, newTurns, conversationId, tools);
    }

    /** The started tool routes carrying the tags of the tools option; empty without it. */
    private List<GeminiToolConsumer> toolRoutes() {
        if (toolTags == null) {
            return List.of();
        }
        GeminiToolComponent toolComponent = getCamelContext().getComponent("gemini-tool", GeminiToolComponent.class);
        return toolComponent.tools(toolTags);
    }

    /** Adds a completed exchange's turns (its own, then the answer's) to its conversation, if it has one. */
    void remember(PreparedCall prepared, List<Content> answerTurns) {
        if (prepared.conversationId() == null) {
            return;
        }
        List<Content> turns = new ArrayList<>(prepared.newTurns());
        turns.addAll(answerTurns);
        conversationStore.append(prepared.conversationId(), turns);
    }

    /** The model for an exchange: header {@link GeminiConstants#MODEL}, else the endpoint's. */
    String modelFor(Exchange exchange) {
        String model = exchange.getMessage().getHeader(GeminiConstants.MODEL, String.class);
        return model == null || model.isBlank() ? configuration.getModel() : model.trim();
    }

    /** The HTTP request for a model and a request body; fails when no key is configured. */
    GeminiHttpRequest httpRequest(String model, GenerateContentRequest request) throws JsonProcessingException {
        if (apiKey == null) {
            throw new IllegalArgumentException(ApiAccess.missingKey("the apiKey option on the gemini component or"
                                                                    + " endpoint"));
        }
        URI uri = model.equals(configuration.getModel()) ? defaultModelUri : modelUri(model);
        return new GeminiHttpRequest(uri, requestHeaders, GeminiJson.MAPPER.writeValueAsBytes(request), model);
    }

    private URI modelUri(String model) {
        String path = model.contains("/") ? model : "models/" + model;
        String query = operation == GeminiOperation.STREAM ? "?alt=sse" : "";
        try {
            return URI.create(baseUrl + "/" + configuration.getApiVersion() + "/" + path + ":" + operation.method()
                              + query);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model '" + model + "' does not fit in a URL; use a name like"
                                               + " gemini-2.5-flash", e);
        }
    }

    private static Map<String, String> requestHeaders(GeminiAuthMode authMode, String apiKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (apiKey != null) {
            if (authMode == GeminiAuthMode.BEARER) {
                headers.put("Authorization", "Bearer " + apiKey);
            } else {
                headers.put("x-goog-api-key", apiKey);
            }
        }
        return Map.copyOf(headers);
    }

    static String resolveApiKey(String configured) {
        return resolveApiKey(configured, System::getenv);
    }

    /** The configured key, else {@code COMETAPI_KEY}, else {@code GEMINI_API_KEY}; null when none is set. */
    static String resolveApiKey(String configured, UnaryOperator<String> environment) {
        return ApiAccess.apiKey(configured, environment);
    }

    private static String checkedBaseUrl(String baseUrl) {
        String problem = ApiAccess.baseUrlProblem("baseUrl", baseUrl);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return ApiAccess.trimmed(baseUrl);
    }

    BodyMapper bodyMapper() {
        return bodyMapper;
    }

    ResponseMapper responseMapper() {
        return responseMapper;
    }

    CallSettings callSettings() {
        return callSettings;
    }

    /** The transport of this endpoint; stream endpoints have their own, so streams never hold generate's pool. */
    GeminiClient client() {
        return client;
    }

    ToolErrorPolicy toolErrorPolicy() {
        return configuration.getToolErrorPolicy();
    }

    /** The request URI for a model, as text for messages. */
    String uriFor(String model) {
        return (model.equals(configuration.getModel()) ? defaultModelUri : modelUri(model)).toString();
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
        return Map.of("model", configuration.getModel());
    }
}
