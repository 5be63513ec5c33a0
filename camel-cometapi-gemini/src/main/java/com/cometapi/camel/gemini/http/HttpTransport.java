package com.cometapi.camel.gemini.http;

import java.io.Closeable;
import java.nio.channels.ClosedSelectorException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange at a time, asynchronously: an Apache HttpClient 5 async client with a connection pool. No thread
 * waits for Gemini; callbacks arrive on the client's I/O threads, which must never wait for anything. Retries,
 * deadlines and hand-offs are {@link GeminiClient}'s.
 */
final class HttpTransport implements Closeable {

    /** Bytes a response may bring before its consumer grants more: bounds what a slow stream reader holds. */
    static final int INITIAL_WINDOW = 8 * 1024;
    /** SO_RCVBUF of a streaming client's sockets: bounds what a paused stream leaves the kernel to hand over. */
    static final int STREAM_RECEIVE_BUFFER = 128 * 1024;

    private final CloseableHttpAsyncClient client;
    private final PoolingAsyncClientConnectionManager pool;

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final long connectTimeoutMillis;
    private volatile boolean closing;

    HttpTransport(HttpSettings settings) {
        this.connectTimeoutMillis = settings.connectTimeoutMillis();
        PoolingAsyncClientConnectionManagerBuilder poolBuilder = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .build())
                // HTTP/1.1 only: HttpClient's HTTP/2 codec copies request headers into plain ones before its header
                // log (org.apache.hc.client5.http.headers, DEBUG) prints them, which would show the API key there;
                // over HTTP/1.1 that log prints our CredentialHeader, masked
                .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build());
        poolBuilder.setTlsStrategy(ClientTlsStrategyBuilder.create()
                .setSslContext(settings.sslContext() != null ? settings.sslContext() : SSLContexts.createDefault())
                // checked by HttpClient itself too: a custom SSLContext may hand out engines that skip the JSSE check
                .setHostVerificationPolicy(HostnameVerificationPolicy.BOTH)
                .setHostnameVerifier(new DefaultHostnameVerifier())
                .buildAsync());
        this.pool = poolBuilder.build();
        var builder = HttpAsyncClients.custom()
                .setConnectionManager(pool)
                .setHttp1Config(Http1Config.custom().setInitialWindowSize(INITIAL_WINDOW).build())
                .setIOReactorConfig(reactorConfig(settings))
                .setIoSessionDecorator(PausableSession::new)
                .setIoReactorExceptionCallback(this::reactorFailed)
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableAutomaticRetries();
        builder.addExecInterceptorLast("gemini-abortable", (request, entityProducer, scope, chain, callback) -> {
            if (scope.clientContext.getAttribute(AbortableExchange.ATTRIBUTE) instanceof AbortableExchange<?> exchange) {
                exchange.attach(scope.execRuntime);
            }
            chain.proceed(request, entityProducer, scope, callback);
        });
        if (settings.proxyHost() != null) {
            builder.setProxy(new HttpHost(settings.proxyHost(), settings.proxyPort()));
        }
        this.client = builder.build();
        this.client.start();
    }

    /**
     * Sends a request and reads its whole answer; the callback is told a 2xx answer, or a failure: an error answer
     * decoded into a GeminiApiException, an I/O failure, or a cancellation.
     *
     * @return a future whose {@code cancel(true)} aborts the exchange and closes its connection
     */
    Future<SimpleHttpResponse> send(GeminiHttpRequest request, ErrorDecoder errors, FutureCallback<HttpResult> callback) {
        return execute(request, SimpleResponseConsumer.create(), new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                HttpResult result = toResult(response);
                if (result.isSuccess()) {
                    callback.completed(result);
                } else {
                    callback.failed(errors.decode(request.shownUri(), result));
                }
            }

            @Override
            public void failed(Exception ex) {
                callback.failed(named(ex));
            }

            @Override
            public void cancelled() {
                callback.cancelled();
            }
        });
    }

    private static IOReactorConfig reactorConfig(HttpSettings settings) {
        IOReactorConfig.Builder config = IOReactorConfig.custom().setSoKeepAlive(true);
        if (settings.streaming()) {
            config.setRcvBufSize(STREAM_RECEIVE_BUFFER);
        }
        return config.build();
    }

    /** HttpClient's connect time-out names neither the option nor a time-out: say which option it is. */
    Exception named(Exception failure) {
        if (failure instanceof ConnectTimeoutException timeout) {
            ConnectTimeoutException named = new ConnectTimeoutException("Could not connect to Gemini within"
                    + " connectTimeout=" + connectTimeoutMillis + "ms (" + timeout.getMessage() + ")",
                    timeout.getHost());
            named.initCause(timeout);
            return named;
        }
        return failure;
    }

    /**
     * Sends a request whose answer is consumed as it arrives, by {@code consumer}.
     *
     * @return a future whose {@code cancel(true)} aborts the exchange and closes its connection
     */
    <T> Future<T> stream(GeminiHttpRequest request, AsyncResponseConsumer<T> consumer) {
        return execute(request, consumer, null);
    }

    private <T> Future<T> execute(GeminiHttpRequest request, AsyncResponseConsumer<T> consumer,
                                  FutureCallback<T> callback) {
        AbortableExchange<T> exchange = new AbortableExchange<>();
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(AbortableExchange.ATTRIBUTE, exchange);
        exchange.delegateTo(client.execute(SimpleRequestProducer.create(toHttpRequest(request)), consumer, null,
                context, callback));
        return exchange;
    }

    /** Connections currently leased, available and waited for. */
    PoolStats poolStats() {
        return pool.getTotalStats();
    }

    /** Closes every connection at once: calls still held have been failed by {@link GeminiClient#close()}. */
    @Override
    public void close() {
        closing = true;
        client.close(CloseMode.IMMEDIATE);
    }

    /** HttpCore's reactor reports its own failures here; closing at once makes it trip over its closed selector. */
    private void reactorFailed(Exception failure) {
        if (closing || failure instanceof ClosedSelectorException) {
            LOG.debug("Gemini HTTP client closing: {}", failure.toString());
        } else {
            LOG.warn("Gemini HTTP client I/O failure: {}", failure.toString(), failure);
        }
    }

    private static SimpleHttpRequest toHttpRequest(GeminiHttpRequest request) {
        SimpleRequestBuilder builder = SimpleRequestBuilder.create(request.method()).setUri(request.uri());
        if (request.contentType() != null) {
            builder.setBody(request.body(), GeminiHttpRequest.JSON.equals(request.contentType())
                    ? ContentType.APPLICATION_JSON : ContentType.parse(request.contentType()));
        }
        request.headers().forEach((name, value) -> builder.addHeader(CredentialHeader.of(name, value)));
        return builder.build();
    }

    /** The few headers of a 2xx answer the component reads: the service tier, an upload session's URL and status. */
    private static Map<String, String> answerHeaders(SimpleHttpResponse response) {
        Map<String, String> headers = null;
        for (String name : HttpResult.ANSWER_HEADERS) {
            Header header = response.getFirstHeader(name);
            if (header != null) {
                if (headers == null) {
                    headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                }
                headers.put(name, header.getValue());
            }
        }
        return headers == null ? Map.of() : headers;
    }

    private static HttpResult toResult(SimpleHttpResponse response) {
        byte[] body = response.getBodyBytes();
        // error handling reads the headers (Retry-After); of an answer's, only those ANSWER_HEADERS names are copied
        Map<String, String> headers = response.getCode() >= 300 ? HttpResult.headersOf(response) : answerHeaders(response);
        return new HttpResult(response.getCode(), response.getReasonPhrase(), headers, body == null ? new byte[0] : body);
    }
}
