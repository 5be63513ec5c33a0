package com.cometapi.camel.gemini;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import com.cometapi.camel.gemini.conversation.GeminiConversationStore;
import com.cometapi.camel.gemini.conversation.InMemoryConversationStore;
import com.cometapi.camel.gemini.http.Deadlines;
import com.cometapi.camel.gemini.http.GeminiHttpClient;
import com.cometapi.camel.gemini.http.HttpSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.slf4j.LoggerFactory;

/**
 * The {@code gemini} component: calls Google Gemini's native generateContent API through the CometAPI gateway or
 * Google directly. Its options are the defaults of all its endpoints. It owns the HTTP client (one per distinct
 * transport configuration, normally exactly one), the timer for timeouts and retries, and the threads that complete
 * exchanges; all are closed when it stops.
 */
@Component("gemini")
public class GeminiComponent extends DefaultComponent implements SSLContextParametersAware {

    @Metadata(description = "The default options of all endpoints")
    private GeminiConfiguration configuration = new GeminiConfiguration();
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSLContextParameters of the CamelContext when no sslContextParameters are set.")
    private boolean useGlobalSslContextParameters;

    @Metadata(label = "advanced", autowired = true,
              description = "Told of every model request: token usage, duration, failures and retries, e.g. for"
                            + " metrics. When none is set, every bean of this type in the registry is told.")
    private GeminiCallObserver callObserver;

    private final GeminiConversationStore defaultConversationStore = new InMemoryConversationStore();
    private final Map<TransportKey, GeminiHttpClient> clients = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;
    private volatile Deadlines deadlines;
    private volatile ExecutorService completionExecutor;

    public GeminiComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        GeminiOperation operation = GeminiOperation.fromValue(remaining);
        GeminiConfiguration endpointConfiguration = configuration.copy();
        if (operation == GeminiOperation.STREAM) {
            // the tool loop is generate's: a component-wide tools default is for generate endpoints (a stream
            // endpoint that sets tools itself is refused when it starts)
            endpointConfiguration.setTools(null);
        }
        GeminiEndpoint endpoint = new GeminiEndpoint(uri, this, operation, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public GeminiConfiguration getConfiguration() {
        return configuration;
    }

    /** The default options of all endpoints. */
    public void setConfiguration(GeminiConfiguration configuration) {
        this.configuration = configuration;
    }

    public GeminiCallObserver getCallObserver() {
        return callObserver;
    }

    /** Told of every model request: token usage, duration, failures and retries. */
    public void setCallObserver(GeminiCallObserver callObserver) {
        this.callObserver = callObserver;
    }

    /** The store of endpoints that set none: one per component, in memory. */
    GeminiConversationStore defaultConversationStore() {
        return defaultConversationStore;
    }

    /** The observer to tell, never null. */
    GeminiCallObserver observer() {
        GeminiCallObserver observer = callObserver;
        return observer != null ? observer : NO_OBSERVER;
    }

    private static final GeminiCallObserver NO_OBSERVER = event -> {
    };

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /**
     * The client for an endpoint's transport options, shared by all endpoints with the same ones. Streams use
     * clients of their own: a slow route may hold a stream's I/O thread (see EventStream), never a unary call's.
     */
    GeminiHttpClient httpClient(GeminiConfiguration config, boolean streaming) throws Exception {
        SSLContextParameters ssl = config.getSslContextParameters();
        if (ssl == null && useGlobalSslContextParameters) {
            ssl = retrieveGlobalSslContextParameters();
        }
        TransportKey key = new TransportKey(config.getConnectTimeout(), config.getMaxConnections(), ssl,
                config.getProxyHost(), config.getProxyPort(), streaming);
        GeminiHttpClient client = clients.get(key);
        if (client == null) {
            HttpSettings settings = new HttpSettings(key.connectTimeout(), key.maxConnections(),
                    ssl == null ? null : ssl.createSSLContext(getCamelContext()), key.proxyHost(),
                    key.proxyPort() == null ? -1 : key.proxyPort(), streaming);
            client = clients.computeIfAbsent(key, k -> new GeminiHttpClient(settings));
        }
        return client;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    Deadlines deadlines() {
        return deadlines;
    }

    ExecutorService completionExecutor() {
        return completionExecutor;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (callObserver == null) {
            Set<GeminiCallObserver> found = getCamelContext().getRegistry().findByType(GeminiCallObserver.class);
            if (!found.isEmpty()) {
                callObserver = found.size() == 1 ? found.iterator().next() : new AllObservers(List.copyOf(found));
            }
        }
        // an unbounded queue: every call waiting to retry holds a task, and Camel's default profile would refuse the
        // 1,001st. Request timeouts take one periodic task for all calls (Deadlines), not one each
        scheduler = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "GeminiTimer",
                unboundedProfile("GeminiTimer", 1));
        deadlines = new Deadlines(scheduler);
        // no queue: a reply starts at once on a new or idle thread. A streamed exchange keeps its thread while the
        // route splits the stream, so a queue could leave a stream unread behind others and stall them all
        ThreadPoolProfile replies = new ThreadPoolProfile("GeminiReply");
        replies.setPoolSize(Math.max(2, Runtime.getRuntime().availableProcessors()));
        replies.setMaxPoolSize(Integer.MAX_VALUE);
        replies.setMaxQueueSize(0);
        replies.addDefaults(getCamelContext().getExecutorServiceManager().getDefaultThreadPoolProfile());
        completionExecutor = getCamelContext().getExecutorServiceManager().newThreadPool(this, "GeminiReply", replies);
    }

    private ThreadPoolProfile unboundedProfile(String name, int threads) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(-1);
        profile.addDefaults(getCamelContext().getExecutorServiceManager().getDefaultThreadPoolProfile());
        return profile;
    }

    @Override
    protected void doStop() throws Exception {
        clients.values().forEach(GeminiHttpClient::close);
        clients.clear();
        if (scheduler != null) {
            // pending retries run now and fail fast on the closed client, so no exchange waits forever
            getCamelContext().getExecutorServiceManager().shutdownNow(scheduler).forEach(Runnable::run);
            scheduler = null;
        }
        if (completionExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdownGraceful(completionExecutor);
            completionExecutor = null;
        }
        super.doStop();
    }

    /** Tells several observers, each on its own: one that throws does not keep the others from hearing. */
    private record AllObservers(List<GeminiCallObserver> observers) implements GeminiCallObserver {

        @Override
        public void requestCompleted(GeminiCallEvent event) {
            observers.forEach(observer -> tell(() -> observer.requestCompleted(event)));
        }

        @Override
        public void retryScheduled(GeminiCallEvent event) {
            observers.forEach(observer -> tell(() -> observer.retryScheduled(event)));
        }

        private static void tell(Runnable notification) {
            try {
                notification.run();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(GeminiCallObserver.class)
                        .warn("A GeminiCallObserver failed; the others are still told: {}", e.getMessage());
            }
        }
    }

    private record TransportKey(long connectTimeout, int maxConnections, SSLContextParameters ssl, String proxyHost,
                                Integer proxyPort, boolean streaming) {
    }
}
