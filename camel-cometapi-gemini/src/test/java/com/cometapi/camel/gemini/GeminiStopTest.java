package com.cometapi.camel.gemini;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.cometapi.camel.gemini.TestComponents.testComponent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Stopping the component or the whole CamelContext ends every call it holds, in every state a call can be in, by
 * calling each exchange's callback exactly once, with an exception that says the component stopped.
 */
class GeminiStopTest {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private final CountDownLatch retryScheduled = new CountDownLatch(1);
    private CamelContext camel;
    private GeminiComponent component;

    @BeforeEach
    void startCamel() {
        camel = new DefaultCamelContext();
        component = testComponent(gemini.baseUrl(), "stop-test-key-1234");
        component.setCallObserver(new GeminiCallObserver() {
            @Override
            public void requestCompleted(GeminiCallEvent event) {
            }

            @Override
            public void retryScheduled(GeminiCallEvent event) {
                retryScheduled.countDown();
            }
        });
        camel.addComponent("gemini", component);
        camel.start();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    /** One exchange sent through the endpoint's producer, counting how often its callback is called. */
    private final class Sent {

        final Exchange exchange;
        final AtomicInteger callbacks = new AtomicInteger();
        final CountDownLatch done = new CountDownLatch(1);
        final boolean completedSynchronously;
        volatile boolean callbackToldSynchronous;

        Sent(String uri, Object body) throws Exception {
            this(startedProducer(uri), body);
        }

        Sent(AsyncProducer producer, Object body) {
            exchange = producer.getEndpoint().createExchange();
            exchange.getMessage().setBody(body);
            completedSynchronously = producer.process(exchange, sync -> {
                callbackToldSynchronous = sync;
                callbacks.incrementAndGet();
                done.countDown();
            });
        }

        void assertEndedOnceBecauseOfTheStop() throws InterruptedException {
            assertThat(done.await(10, TimeUnit.SECONDS)).as("the exchange completed").isTrue();
            assertThat(exchange.getException()).isInstanceOf(RejectedExecutionException.class)
                    .hasMessageContaining("stopped");
            assertThat(callbacks.get()).as("callbacks").isEqualTo(1);
        }
    }

    private AsyncProducer startedProducer(String uri) throws Exception {
        AsyncProducer producer = camel.getEndpoint(uri).createAsyncProducer();
        ServiceHelper.startService(producer);
        return producer;
    }

    private void stop(boolean wholeContext) {
        if (wholeContext) {
            camel.stop();
        } else {
            component.stop();
        }
    }

    @ParameterizedTest(name = "camel={0}")
    @ValueSource(booleans = { true, false })
    void callsInFlightAndWaitingForAConnectionEnd(boolean wholeContext) throws Exception {
        gemini.enqueue(MockReply.text("late").withDelay(Duration.ofSeconds(30)),
                MockReply.text("later").withDelay(Duration.ofSeconds(30)));
        Sent inFlight = new Sent("gemini:generate?maxConnections=1", "first");
        await().atMost(10, TimeUnit.SECONDS).until(() -> gemini.requestCount() == 1);
        Sent waiting = new Sent("gemini:generate?maxConnections=1", "second");

        stop(wholeContext);

        inFlight.assertEndedOnceBecauseOfTheStop();
        waiting.assertEndedOnceBecauseOfTheStop();
        assertThat(gemini.requestCount()).as("the second call never had a connection").isEqualTo(1);
    }

    @ParameterizedTest(name = "camel={0}")
    @ValueSource(booleans = { true, false })
    void aCallWaitingForItsRetryEnds(boolean wholeContext) throws Exception {
        gemini.enqueue(MockReply.error(503, "UNAVAILABLE", "busy").withHeader("Retry-After", "20"));
        Sent retrying = new Sent("gemini:generate?retryMaxDelay=60000", "Hi");
        assertThat(retryScheduled.await(10, TimeUnit.SECONDS)).isTrue();

        stop(wholeContext);

        retrying.assertEndedOnceBecauseOfTheStop();
    }

    @ParameterizedTest(name = "camel={0}")
    @ValueSource(booleans = { true, false })
    void aStreamWaitingForItsFirstEventEnds(boolean wholeContext) throws Exception {
        gemini.enqueue(MockReply.stream("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"late\"}]}}]}")
                .withDelay(Duration.ofSeconds(30)));
        Sent stream = new Sent("gemini:stream", "Hi");
        await().atMost(10, TimeUnit.SECONDS).until(() -> gemini.requestCount() == 1);

        stop(wholeContext);

        stream.assertEndedOnceBecauseOfTheStop();
    }

    @ParameterizedTest(name = "camel={0}")
    @ValueSource(booleans = { true, false })
    void aStreamBeingSplitEndsWithTheStop(boolean wholeContext) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        gemini.enqueue(MockReply.stream("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"one\"}]}}]}",
                "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"two\"}]}}]}").withEventGate(1, gate));
        Sent stream = new Sent("gemini:stream", "Hi");
        assertThat(stream.done.await(10, TimeUnit.SECONDS)).as("the first event arrived").isTrue();
        @SuppressWarnings("unchecked")
        Iterator<Message> chunks = stream.exchange.getMessage().getBody(Iterator.class);
        assertThat(chunks.next().getBody(String.class)).isEqualTo("one");

        stop(wholeContext);

        assertThatThrownBy(() -> {
            while (chunks.hasNext()) {
                chunks.next();
            }
        }).isInstanceOf(RejectedExecutionException.class).hasMessageContaining("stopped");
        gate.countDown();
        assertThat(stream.callbacks.get()).as("the producer's callback, once at the first event").isEqualTo(1);
    }

    /**
     * A producer kept by a route that outlives the component: what it sends after the stop fails at once. Camel's
     * pools drop work silently once shut down (CallerRuns), so the call must not hand its end to the stopped pool.
     */
    @ParameterizedTest(name = "endpoint={0}")
    @ValueSource(strings = { "gemini:generate", "gemini:stream", "gemini:countTokens" })
    void aCallSentAfterTheComponentStoppedEndsAtOnce(String uri) throws Exception {
        AsyncProducer producer = startedProducer(uri);

        component.stop();

        Sent sent = new Sent(producer, "Hi");

        sent.assertEndedOnceBecauseOfTheStop();
        assertThat(sent.completedSynchronously).as("over before process returned: the route goes on on this thread")
                .isTrue();
        assertThat(sent.callbackToldSynchronous).isTrue();
        assertThat(gemini.requestCount()).isZero();
    }

    /** A workerPool of the application's, shut down before the answer came, drops the answer's task: it is not lost. */
    @Test
    void anAnswerIsNotLostToAWorkerPoolThatWasShutDown() throws Exception {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new ThreadPoolExecutor.CallerRunsPolicy());
        camel.getRegistry().bind("stoppedPool", pool);
        gemini.enqueue(MockReply.text("still here"));
        AsyncProducer producer = startedProducer("gemini:generate?workerPool=#stoppedPool");
        pool.shutdown();

        Sent sent = new Sent(producer, "Hi");

        assertThat(sent.done.await(10, TimeUnit.SECONDS)).as("the exchange completed").isTrue();
        assertThat(sent.exchange.getException()).isNull();
        assertThat(sent.exchange.getMessage().getBody(String.class)).isEqualTo("still here");
        assertThat(sent.callbacks.get()).isEqualTo(1);
    }
}
