package com.cometapi.camel.gemini.http;

import java.io.Closeable;
import java.util.Map;
import java.util.concurrent.Future;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
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
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The asynchronous HTTP transport: an Apache HttpClient 5 async client with a connection pool. No thread waits for
 * Gemini; completions arrive on the client's I/O threads.
 */
public final class GeminiHttpClient implements Closeable {

    /** Bytes a response may bring before its consumer grants more: bounds what a slow stream reader holds. */
    static final int INITIAL_WINDOW = 8 * 1024;

    private final CloseableHttpAsyncClient client;
    private final PoolingAsyncClientConnectionManager pool;

    public GeminiHttpClient(HttpSettings settings) {
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
                .setIOReactorConfig(IOReactorConfig.custom().setSoKeepAlive(true).build())
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
    public Future<SimpleHttpResponse> send(GeminiHttpRequest request, ErrorDecoder errors,
                                           FutureCallback<HttpResult> callback) {
        return execute(request, SimpleResponseConsumer.create(), new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                HttpResult result = toResult(response);
                if (result.isSuccess()) {
                    callback.completed(result);
                } else {
                    callback.failed(errors.decode(request.uri().toString(), result));
                }
            }

            @Override
            public void failed(Exception ex) {
                callback.failed(ex);
            }

            @Override
            public void cancelled() {
                callback.cancelled();
            }
        });
    }

    /**
     * Sends a request whose answer is consumed as it arrives, by {@code consumer}.
     *
     * @return a future whose {@code cancel(true)} aborts the exchange and closes its connection
     */
    public <T> Future<T> stream(GeminiHttpRequest request, AsyncResponseConsumer<T> consumer,
                                FutureCallback<T> callback) {
        return execute(request, consumer, callback);
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
    public PoolStats poolStats() {
        return pool.getTotalStats();
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    private static SimpleHttpRequest toHttpRequest(GeminiHttpRequest request) {
        SimpleRequestBuilder builder = SimpleRequestBuilder.post(request.uri())
                .setBody(request.body(), ContentType.APPLICATION_JSON);
        request.headers().forEach((name, value) -> builder.addHeader(CredentialHeader.of(name, value)));
        return builder.build();
    }

    private static HttpResult toResult(SimpleHttpResponse response) {
        byte[] body = response.getBodyBytes();
        // only error handling reads the headers (Retry-After): an answer's are not copied
        Map<String, String> headers = response.getCode() >= 300 ? HttpResult.headersOf(response) : Map.of();
        return new HttpResult(response.getCode(), response.getReasonPhrase(), headers, body == null ? new byte[0] : body);
    }
}
