package com.cometapi.camel.gemini;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import com.cometapi.camel.gemini.http.Call;
import com.cometapi.camel.gemini.http.CallSettings;
import com.cometapi.camel.gemini.http.GeminiHttpRequest;
import com.cometapi.camel.gemini.http.HttpResult;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.model.UsageMetadata;
import com.cometapi.camel.gemini.request.BinaryBodies;
import com.cometapi.camel.gemini.request.InlineSizeCheck;
import com.cometapi.camel.gemini.response.ResponseHeaders;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What all operations share: the exchange becomes a request (bad input fails before sending), the work is a chain
 * of futures over the transport's calls, and the exchange completes exactly once, in one place, when that chain
 * does: with the result, or the failure as {@link GeminiFailures} translates it.
 */
abstract class GeminiProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiProducer.class);

    /** The exchange a thread waits for with option {@code synchronous}, and where its calls complete. */
    private record SynchronousExchange(Exchange exchange, CallerThreadCompletions completions) {
    }

    /** Set while a thread processes an exchange with option {@code synchronous} (restored for a nested one). */
    private static final ThreadLocal<SynchronousExchange> SYNCHRONOUS = new ThreadLocal<>();

    /** One model request's outcome: what the transport gave, its observer report and the HTTP attempts it took. */
    record Answer<T>(T value, CallReport report, int attempts) {
    }

    GeminiProducer(GeminiEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public GeminiEndpoint getEndpoint() {
        return (GeminiEndpoint) super.getEndpoint();
    }

    /**
     * The work of an exchange: completes when the exchange may continue. Bad input throws, before anything is sent.
     */
    abstract CompletableFuture<?> run(Exchange exchange) throws Exception;

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        if (getEndpoint().getConfiguration().isSynchronous()) {
            processOnCallerThread(exchange);
            callback.done(true);
            return true;
        }
        CompletableFuture<?> work;
        try {
            work = run(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (work.isDone()) {
            // over before this thread let go of the exchange (a failure found at once, or an answer that came back
            // while this thread was descheduled): the route goes on here, as after any synchronous step
            failIfFailed(exchange, failureOf(work));
            callback.done(true);
            return true;
        }
        work.whenComplete((ignored, failure) -> {
            failIfFailed(exchange, failure);
            callback.done(false);
        });
        return false;
    }

    /** The failure a completed future ended with, as {@code whenComplete} would pass it; null when it succeeded. */
    private static Throwable failureOf(CompletableFuture<?> done) {
        try {
            done.join();
            return null;
        } catch (CompletionException | CancellationException failure) {
            return failure;
        }
    }

    /**
     * Option {@code synchronous}: this thread runs the completions of the exchange's calls as they come and returns
     * when the exchange may continue; the route goes on here.
     */
    private void processOnCallerThread(Exchange exchange) {
        CallerThreadCompletions completions = new CallerThreadCompletions();
        SynchronousExchange outer = SYNCHRONOUS.get();
        SYNCHRONOUS.set(new SynchronousExchange(exchange, completions));
        try {
            CompletableFuture<?> work = run(exchange);
            completions.runUntilDone(work, exchange.getContext().getCamelContextExtension().getReactiveExecutor());
            work.whenComplete((ignored, failure) -> failIfFailed(exchange, failure));
        } catch (Exception e) {
            exchange.setException(e);
        } finally {
            if (outer == null) {
                SYNCHRONOUS.remove();
            } else {
                SYNCHRONOUS.set(outer);
            }
        }
    }

    private void failIfFailed(Exchange exchange, Throwable failure) {
        if (failure != null) {
            exchange.setException(GeminiFailures.forExchange(failure, exchange,
                    getEndpoint().getConfiguration().getRequestTimeout()));
        }
    }

    /**
     * The endpoint's call settings for a call of this exchange: with option {@code synchronous}, for a call started
     * on the thread that waits for the exchange, completing on that thread.
     */
    private CallSettings callSettings(Exchange exchange) {
        CallSettings settings = getEndpoint().callSettings();
        SynchronousExchange waiting = SYNCHRONOUS.get();
        return waiting != null && waiting.exchange() == exchange ? settings.withCompletions(waiting.completions())
                : settings;
    }

    /**
     * The exchange made ready to send as {@code gemini:generate} sends it. With {@code autoUpload}, a binary body over
     * the inline limit is uploaded first and sent as a fileData part. Bad input throws here, before anything is sent.
     */
    CompletableFuture<PreparedCall> prepare(Exchange exchange) throws Exception {
        CallPreparation preparation = getEndpoint().preparation();
        Object body = exchange.getMessage().getBody();
        if (getEndpoint().getConfiguration().isAutoUpload() && BinaryBodies.isBinary(body)) {
            long size = BinaryBodies.size(body);
            byte[] data = null;
            if (size < 0) {
                // a stream is read once: the body becomes its bytes, for whichever way it is sent
                data = BinaryBodies.bytes(exchange, body);
                exchange.getMessage().setBody(data);
                body = data;
                size = data.length;
            }
            if (InlineSizeCheck.exceedsLimit(size)) {
                String mimeType = BinaryBodies.mimeType(exchange.getMessage(), body);
                byte[] bytes = data != null ? data : BinaryBodies.bytes(exchange, body);
                return new FileUpload(this, exchange, bytes, mimeType, displayName(exchange, body)).run()
                        .thenApply(file -> preparation.prepare(exchange, Part.ofFileData(file.mimeType(), file.uri())));
            }
        }
        return CompletableFuture.completedFuture(preparation.prepare(exchange));
    }

    /** The display name of an uploaded body: header CamelGeminiFileDisplayName, else its file name; may be null. */
    static String displayName(Exchange exchange, Object body) {
        String name = exchange.getMessage().getHeader(GeminiConstants.FILE_DISPLAY_NAME, String.class);
        return name != null && !name.isBlank() ? name.trim() : BinaryBodies.fileName(body, exchange.getMessage());
    }

    /** Runs {@code next} once the future completes, a throwing {@code next} failing the chain. */
    static <T, R> CompletableFuture<R> then(CompletableFuture<T> future, Step<T, R> next) {
        return future.thenCompose(value -> {
            try {
                return next.apply(value);
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    /** A step of a chain that may throw. */
    @FunctionalInterface
    interface Step<T, R> {

        CompletableFuture<R> apply(T value) throws Exception;
    }

    /**
     * Sends one model request, with retries. A failure sets the attempts header, clears the answer headers, is told
     * to the observer and fails the returned future.
     */
    <T> CompletableFuture<Answer<T>> send(Exchange exchange, String model, GenerateContentRequest body,
                                          boolean stream) throws Exception {
        return send(exchange, model, body, stream, callSettings(exchange));
    }

    /** As {@link #send(Exchange, String, GenerateContentRequest, boolean)}, with these call settings. */
    <T> CompletableFuture<Answer<T>> send(Exchange exchange, String model, GenerateContentRequest body,
                                          boolean stream, CallSettings settings) throws Exception {
        GeminiEndpoint endpoint = getEndpoint();
        GeminiHttpRequest request = endpoint.target().httpRequest(model, endpoint.requestJson().write(body));
        CallReport report = endpoint.getComponent().callReport(GeminiCallEvent.GENERATE_CONTENT, model, stream);
        return send(exchange, request, report, stream, settings);
    }

    /** Sends any request whose whole answer is read, for the report's operation; failures as {@link #send}. */
    CompletableFuture<Answer<HttpResult>> call(Exchange exchange, GeminiHttpRequest request, CallReport report) {
        return send(exchange, request, report, false, callSettings(exchange));
    }

    /**
     * Like {@link #call}, but sent after {@code delayMillis} on the component's timer: no thread waits. A component
     * that stops meanwhile fails it.
     */
    CompletableFuture<Answer<HttpResult>> callAfter(long delayMillis, Exchange exchange, GeminiHttpRequest request,
                                                    CallReport report) {
        GeminiEndpoint endpoint = getEndpoint();
        CallSettings settings = callSettings(exchange);
        return completed(exchange, request, report, retries -> endpoint.client().callAfter(delayMillis, request,
                settings, retries));
    }

    /**
     * The JSON object an answer holds. A body that is no JSON object ends the report and fails the exchange as an
     * answer that is not a valid Gemini answer (not retried).
     */
    JsonNode json(Answer<HttpResult> answer, GeminiHttpRequest request) {
        String problem;
        try {
            JsonNode json = GeminiJson.MAPPER.readTree(answer.value().body());
            if (json != null && json.isObject()) {
                return json;
            }
            problem = "not a JSON object";
        } catch (IOException e) {
            problem = e.getMessage();
        }
        throw invalidAnswer(answer, request, problem);
    }

    /** The {@code usageMetadata} object of an answer read as a tree; null when it has none. */
    static UsageMetadata usage(JsonNode answer) {
        JsonNode usage = answer.get("usageMetadata");
        return usage == null || !usage.isObject() ? null : GeminiJson.MAPPER.convertValue(usage, UsageMetadata.class);
    }

    /** A 2xx answer that lacks what the operation needs: ends the report and fails as an invalid answer. */
    CompletionException invalidAnswer(Answer<HttpResult> answer, GeminiHttpRequest request, String problem) {
        Throwable failure = GeminiFailures.of(getEndpoint().callSettings().errorDecoder()
                .invalidResponse(request.shownUri(), answer.value(), problem));
        answer.report().end(null, failure);
        return new CompletionException(failure);
    }

    /** Clears the headers of an earlier call and sets the attempts this operation took. */
    static void answerHeaders(Exchange exchange, int attempts) {
        ResponseHeaders.clear(exchange.getMessage());
        exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, attempts);
    }

    private <T> CompletableFuture<Answer<T>> send(Exchange exchange, GeminiHttpRequest request, CallReport report,
                                                  boolean stream, CallSettings settings) {
        GeminiEndpoint endpoint = getEndpoint();
        @SuppressWarnings("unchecked")
        Function<Call.RetryListener, Call<T>> start = retries -> (Call<T>) (stream
                ? endpoint.client().open(request, settings, retries)
                : endpoint.client().call(request, settings, retries));
        return completed(exchange, request, report, start);
    }

    private <T> CompletableFuture<Answer<T>> completed(Exchange exchange, GeminiHttpRequest request, CallReport report,
                                                       Function<Call.RetryListener, Call<T>> start) {
        GeminiEndpoint endpoint = getEndpoint();
        Call.RetryListener retries = (failure, attempts, delayMillis) -> {
            LOG.debug("Gemini call to {} failed ({}); attempt {} in {}ms", request.shownUri(), failure.getMessage(),
                    attempts + 1, delayMillis);
            report.retry(GeminiFailures.of(failure), attempts);
        };
        Call<T> call = start.apply(retries);
        return call.result().handle((value, failure) -> {
            if (failure != null) {
                Throwable translated = GeminiFailures.forExchange(failure, exchange,
                        endpoint.getConfiguration().getRequestTimeout());
                LOG.debug("Gemini call to {} failed after {} attempt(s): {}", request.shownUri(), call.attempts(),
                        translated.getMessage());
                ResponseHeaders.clear(exchange.getMessage());
                report.end(null, translated, call.attempts());
                exchange.getMessage().setHeader(GeminiConstants.ATTEMPTS, report.attempts());
                throw translated instanceof CompletionException completion ? completion : new CompletionException(translated);
            }
            report.attempts(call.attempts());
            return new Answer<>(value, report, call.attempts());
        });
    }
}
