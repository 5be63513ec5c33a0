package com.cometapi.camel.gemini;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

import com.cometapi.camel.gemini.conversation.GeminiConversationStore;
import com.cometapi.camel.gemini.conversation.InMemoryConversationStore;
import com.cometapi.camel.gemini.http.Deadlines;
import com.cometapi.camel.gemini.http.GeminiClient;
import com.cometapi.camel.gemini.http.HttpSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.slf4j.LoggerFactory;

/**
 * The {@code gemini} component: calls Google Gemini's native generateContent API through the CometAPI gateway or
 * Google directly. Its options are the defaults of all its endpoints. It owns the HTTP client (one per distinct
 * transport configuration, normally exactly one), the timer for timeouts and retries, and the bounded pools that
 * continue exchanges; stopping it ends every call it still holds. It counts its model calls for the {@code gemini} dev
 * console and its MBean.
 */
@Component("gemini")
@ManagedResource(description = "Gemini component: model calls in flight, streams open, retries, failures by kind and"
                               + " tokens per model since it was created")
public class GeminiComponent extends DefaultComponent implements SSLContextParametersAware {

    /** Threads of the default worker pool: route work after generate answers, whatever the calls in flight. */
    static final int WORKER_THREADS = 10;

    @Metadata(description = "The default options of all endpoints")
    private GeminiConfiguration configuration = new GeminiConfiguration();
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSLContextParameters of the CamelContext when no sslContextParameters are set.")
    private boolean useGlobalSslContextParameters;

    @Metadata(label = "advanced", autowired = true,
              description = "Told of every model request: token usage, duration, failures and retries, e.g. for"
                            + " metrics. When none is set, every bean of this type in the registry is told.")
    private GeminiCallObserver callObserver;
    @Metadata(label = "health", defaultValue = "true",
              description = "Whether the component registers its readiness check with Camel's health-check registry"
                            + " (id: the component's name, gemini). The check is DOWN without an API key or with a"
                            + " base URL that is not http(s); it never calls the API.")
    private boolean healthCheckEnabled = true;

    private final GeminiConversationStore defaultConversationStore = new InMemoryConversationStore();
    private final CallStatistics statistics = new CallStatistics();
    private final Map<TransportKey, Transport> transports = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;
    private volatile Deadlines deadlines;
    private volatile ExecutorService workerPool;
    private GeminiHealthCheck healthCheck;

    public GeminiComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        registerHealthCheck();
        GeminiOperation operation = GeminiOperation.fromValue(remaining);
        GeminiConfiguration endpointConfiguration = configuration.copy();
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

    public boolean isHealthCheckEnabled() {
        return healthCheckEnabled;
    }

    /** Whether the component registers its readiness check with Camel's health-check registry. */
    public void setHealthCheckEnabled(boolean healthCheckEnabled) {
        this.healthCheckEnabled = healthCheckEnabled;
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

    /** The report of a model request about to be sent, telling the observer and the statistics. */
    CallReport callReport(String operation, String model, boolean stream) {
        return new CallReport(observer(), statistics, operation, model, stream);
    }

    /** The figures of this component's model requests since it was created. */
    CallStatistics statistics() {
        return statistics;
    }

    // JMX: the figures of the gemini dev console as attributes of the component's MBean (Camel adds them to its own)

    @ManagedAttribute(description = "Model requests sent and not yet ended (a stream: until read to its end or closed)")
    public long getCallsInFlight() {
        return statistics.callsInFlight();
    }

    @ManagedAttribute(description = "Streams whose first event arrived and that are not yet read to the end or closed")
    public long getStreamsOpen() {
        return statistics.streamsOpen();
    }

    @ManagedAttribute(description = "HTTP connections in use by a call or stream, over all of the component's clients")
    public int getConnectionsLeased() {
        return transports.values().stream().mapToInt(transport -> transport.client().connectionsLeased()).sum();
    }

    @ManagedAttribute(description = "Model requests ended, with an answer or a failure")
    public long getRequests() {
        return statistics.requests();
    }

    @ManagedAttribute(description = "Failed attempts that were retried")
    public long getRetries() {
        return statistics.retries();
    }

    @ManagedAttribute(description = "Model requests that failed, by kind: 4xx, 5xx, timeout, connection, blocked, other")
    public CompositeData getFailures() {
        return CallStatisticsOpenData.failures(statistics);
    }

    @ManagedAttribute(description = "Requests, input, output and thought tokens per model")
    public TabularData getModels() {
        return CallStatisticsOpenData.models(statistics);
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /**
     * The client for an endpoint's transport options, shared by all endpoints with the same ones, and the executor
     * its calls complete on. Streams use clients and a pool of their own: each holds a connection and, while the
     * route splits it, a thread, so the stream pool is bounded by maxConnections and never delays generate answers.
     */
    Transport transport(GeminiConfiguration config, boolean streaming) throws Exception {
        SSLContextParameters ssl = config.getSslContextParameters();
        if (ssl == null && useGlobalSslContextParameters) {
            ssl = retrieveGlobalSslContextParameters();
        }
        TransportKey key = new TransportKey(config.getConnectTimeout(), config.getMaxConnections(), ssl,
                config.getProxyHost(), config.getProxyPort(), streaming);
        Transport transport = transports.get(key);
        if (transport == null) {
            HttpSettings settings = new HttpSettings(key.connectTimeout(), key.maxConnections(),
                    ssl == null ? null : ssl.createSSLContext(getCamelContext()), key.proxyHost(),
                    key.proxyPort() == null ? -1 : key.proxyPort(), streaming);
            transport = transports.computeIfAbsent(key, k -> new Transport(
                    new GeminiClient(settings, scheduler, deadlines),
                    streaming ? streamPool(k.maxConnections()) : null));
        }
        return transport;
    }

    /**
     * The pool that runs a stream's route while it splits the stream: an idle thread takes the next stream, a new one
     * starts only when all are busy, up to one per connection (threads idle for a minute end).
     */
    private ExecutorService streamPool(int maxConnections) {
        ThreadPoolProfile profile = new ThreadPoolProfile("GeminiStream");
        profile.setPoolSize(1);
        profile.setMaxPoolSize(maxConnections);
        profile.setMaxQueueSize(0);
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        profile.addDefaults(getCamelContext().getExecutorServiceManager().getDefaultThreadPoolProfile());
        return getCamelContext().getExecutorServiceManager().newThreadPool(this, "GeminiStream", profile);
    }

    /** The pool generate answers continue on when the endpoint sets no workerPool. */
    ExecutorService workerPool() {
        return workerPool;
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
                fixedProfile("GeminiTimer", 1));
        deadlines = new Deadlines(scheduler);
        // a fixed size whatever the calls in flight: a burst of answers queues (unbounded), never fails
        workerPool = getCamelContext().getExecutorServiceManager().newThreadPool(this, "GeminiWorker",
                fixedProfile("GeminiWorker", WORKER_THREADS));
        registerHealthCheck();
    }

    /**
     * Registers the readiness check under the component's name, once: when it starts, or, for a component added to a
     * started CamelContext (which starts it before naming it), when its first endpoint is created.
     */
    private synchronized void registerHealthCheck() {
        if (healthCheckEnabled && healthCheck == null && (isStarting() || isStarted())) {
            getCamelContext().getComponentNames().stream()
                    .filter(name -> getCamelContext().hasComponent(name) == this)
                    .findFirst()
                    .ifPresent(name -> healthCheck = GeminiHealthCheck.register(name, this));
        }
    }

    /**
     * Exactly {@code threads} threads and a queue without bound (Camel reads a queue size of 0 or less as none). A
     * stopped pool refuses work with a RejectedExecutionException: Camel's default, CallerRuns, drops it without a
     * word once the pool is shut down, and the exchange whose end it was would never complete.
     */
    private ThreadPoolProfile fixedProfile(String name, int threads) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(Integer.MAX_VALUE);
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        profile.addDefaults(getCamelContext().getExecutorServiceManager().getDefaultThreadPoolProfile());
        return profile;
    }

    /**
     * Ends every call and stream still held, each exchange through its callback with a RejectedExecutionException
     * (on the pools, which finish that work), then stops the pools and the timer.
     */
    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            GeminiHealthCheck.unregister(getCamelContext(), healthCheck);
            healthCheck = null;
        }
        transports.values().forEach(transport -> transport.client().close());
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        for (Transport transport : transports.values()) {
            if (transport.streamPool() != null) {
                executors.shutdownGraceful(transport.streamPool());
            }
        }
        transports.clear();
        if (workerPool != null) {
            executors.shutdownGraceful(workerPool);
            workerPool = null;
        }
        if (scheduler != null) {
            executors.shutdownNow(scheduler);
            scheduler = null;
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

    /** A client and, for streams, the pool their routes run on. */
    record Transport(GeminiClient client, ExecutorService streamPool) {
    }

    /**
     * Where a stream's route starts once its first event has arrived: the stream pool, or, in the rare moment when
     * more streams are being split than there are connections (their connections already free, their routes still
     * busy), the worker pool's queue. Never the I/O thread.
     */
    Executor streamCompletions(Transport transport) {
        return task -> {
            try {
                transport.streamPool().execute(task);
            } catch (RejectedExecutionException full) {
                if (transport.streamPool().isShutdown()) {
                    throw full;
                }
                workerPool.execute(task);
            }
        };
    }

    private record TransportKey(long connectTimeout, int maxConnections, SSLContextParameters ssl, String proxyHost,
                                Integer proxyPort, boolean streaming) {
    }
}
