package com.cometapi.camel.gemini;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The observer hears of every model request once when it ends (a stream: when it ends), and of every retry.
 */
class GeminiCallObserverTest extends MockGeminiTestSupport {

    private final List<GeminiCallEvent> completed = new CopyOnWriteArrayList<>();
    private final List<GeminiCallEvent> retries = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // the component picks a single observer bean from the registry by itself (autowired)
        context.removeComponent("gemini");
        context.getRegistry().bind("recorder", GeminiCallObserver.class, new GeminiCallObserver() {
            @Override
            public void requestCompleted(GeminiCallEvent event) {
                completed.add(event);
            }

            @Override
            public void retryScheduled(GeminiCallEvent event) {
                retries.add(event);
            }
        });
        context.addComponent("gemini", TestComponents.testComponent(gemini.baseUrl(), API_KEY));
        return context;
    }

    @Test
    void generateReportsUsageModelAndAttemptsAfterARetry() {
        gemini.enqueue(MockReply.error(503, "UNAVAILABLE", "overloaded"),
                MockReply.text("Paris").withUsage(7, 1, 3));

        template.requestBodyAndHeader("gemini:generate", "Capital of France?", GeminiConstants.MODEL, "gemini-2.5-pro");

        assertThat(retries).singleElement().satisfies(retry -> {
            assertThat(retry.failure()).isInstanceOf(GeminiApiException.class);
            assertThat(retry.attempts()).isEqualTo(1);
        });
        assertThat(completed).singleElement().satisfies(event -> {
            assertThat(event.operation()).isEqualTo("generate_content");
            assertThat(event.model()).isEqualTo("gemini-2.5-pro");
            assertThat(event.stream()).isFalse();
            assertThat(event.failure()).isNull();
            assertThat(event.attempts()).isEqualTo(2);
            assertThat(event.usage().getPromptTokenCount()).isEqualTo(7);
            assertThat(event.usage().getThoughtsTokenCount()).isEqualTo(3);
            assertThat(event.duration()).isPositive();
        });
    }

    @Test
    void everyObserverBeanIsToldWhenNoneIsSet() {
        List<GeminiCallEvent> audit = new CopyOnWriteArrayList<>();
        context.getRegistry().bind("audit", GeminiCallObserver.class, (GeminiCallObserver) event -> {
            throw new IllegalStateException("a broken observer does not keep the others from hearing");
        });
        context.getRegistry().bind("audit2", GeminiCallObserver.class, (GeminiCallObserver) audit::add);
        context.addComponent("geminiAll", TestComponents.testComponent(gemini.baseUrl(), API_KEY));
        gemini.enqueue(MockReply.text("ok"));

        template.requestBody("geminiAll:generate", "Hi");

        assertThat(audit).hasSize(1);
        assertThat(completed).hasSize(1);
    }

    @Test
    void failedRequestIsReportedWithItsFailure() {
        gemini.enqueue(MockReply.error(400, "INVALID_ARGUMENT", "bad"));

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).isInstanceOf(GeminiApiException.class);
        assertThat(completed).singleElement().satisfies(event -> {
            assertThat(event.failure()).isSameAs(reply.getException());
            assertThat(event.usage()).isNull();
        });
        assertThat(retries).isEmpty();
    }

    @Test
    void blockedPromptIsReportedWithTheFailureItEndsTheExchangeWith() {
        gemini.enqueue(MockReply.blocked("SAFETY").withUsage(4, 0, 0));

        Exchange reply = template.request("gemini:generate", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).isInstanceOf(GeminiBlockedException.class);
        assertThat(completed).singleElement().satisfies(event -> {
            assertThat(event.failure()).isInstanceOf(GeminiBlockedException.class);
            assertThat(event.usage().getPromptTokenCount()).isEqualTo(4);
        });
    }

    @Test
    void streamIsReportedOnceWhenItEndsWithTheFinalUsage() {
        gemini.enqueue(MockReply.text("one two three four").withStreamChunks(4).withUsage(5, 4, 0));

        String text = template.requestBody("gemini:stream", "Count", String.class);

        assertThat(text).isEqualTo("one two three four");
        await().atMost(5, TimeUnit.SECONDS).until(() -> !completed.isEmpty());
        assertThat(completed).singleElement().satisfies(event -> {
            assertThat(event.stream()).isTrue();
            assertThat(event.failure()).isNull();
            assertThat(event.usage().getCandidatesTokenCount()).isEqualTo(4);
        });
    }
}
