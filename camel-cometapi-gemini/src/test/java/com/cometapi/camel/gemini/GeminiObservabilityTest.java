package com.cometapi.camel.gemini;

import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gemini dev console and the component's MBean count what the component's calls did: requests, retries, failures
 * by kind, streams open while a route reads them, and tokens per model.
 */
class GeminiObservabilityTest extends MockGeminiTestSupport {

    private static final String FLASH = "gemini-2.5-flash";

    private final List<Map<String, Object>> seenWhileStreaming = new ArrayList<>();
    private final CountDownLatch secondEvent = new CountDownLatch(1);

    @Override
    protected boolean useJmx() {
        return true;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stream").to("gemini:stream").split(body()).streaming().process(chunk -> {
                    if (seenWhileStreaming.isEmpty()) {
                        seenWhileStreaming.add(console());
                        secondEvent.countDown();
                    }
                });
            }
        };
    }

    @Test
    void countsAnswersFailuresRetriesAndTokensPerModel() throws Exception {
        gemini.enqueue(MockReply.text("Paris").withUsage(7, 1, 3),
                MockReply.error(400, "INVALID_ARGUMENT", "bad"),
                MockReply.error(503, "UNAVAILABLE", "overloaded"), MockReply.text("Rome").withUsage(5, 2, 0),
                MockReply.blocked("SAFETY").withUsage(4, 0, 0),
                MockReply.error(503, "UNAVAILABLE", "a"), MockReply.error(503, "UNAVAILABLE", "b"),
                MockReply.error(503, "UNAVAILABLE", "c"),
                MockReply.text("Bonjour").withUsage(2, 1, 0));

        assertThat(ask(FLASH).getException()).isNull();
        assertThat(ask(FLASH).getException()).isInstanceOf(GeminiApiException.class);
        assertThat(ask(FLASH).getException()).as("503 retried, then answered").isNull();
        assertThat(ask(FLASH).getException()).isInstanceOf(GeminiBlockedException.class);
        assertThat(ask(FLASH).getException()).as("503 three times").isInstanceOf(GeminiApiException.class);
        assertThat(ask("gemini-2.5-pro").getException()).isNull();

        Map<String, Object> gemini = console();
        assertThat(gemini).containsEntry("name", "gemini").containsEntry("callsInFlight", 0L)
                .containsEntry("streamsOpen", 0L).containsEntry("requests", 6L).containsEntry("retries", 3L);
        assertThat(object(gemini, "failures")).containsExactly(Map.entry("4xx", 1L), Map.entry("5xx", 1L),
                Map.entry("timeout", 0L), Map.entry("connection", 0L), Map.entry("blocked", 1L), Map.entry("other", 0L));
        assertThat(object(object(gemini, "models"), FLASH)).containsEntry("requests", 5L)
                .containsEntry("inputTokens", 16L).containsEntry("outputTokens", 3L).containsEntry("thoughtTokens", 3L);
        assertThat(object(object(gemini, "models"), "gemini-2.5-pro")).containsEntry("requests", 1L)
                .containsEntry("inputTokens", 2L).containsEntry("outputTokens", 1L);

        MBeanServer mbeans = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        ObjectName component = geminiMBean(mbeans);
        assertThat(mbeans.getAttribute(component, "CallsInFlight")).isEqualTo(0L);
        assertThat(mbeans.getAttribute(component, "Requests")).isEqualTo(6L);
        assertThat(mbeans.getAttribute(component, "Retries")).isEqualTo(3L);
        CompositeData failures = (CompositeData) mbeans.getAttribute(component, "Failures");
        assertThat(failures.getAll(new String[] { "4xx", "5xx", "timeout", "connection", "blocked", "other" }))
                .containsExactly(1L, 1L, 0L, 0L, 1L, 0L);
        CompositeData flash = ((TabularData) mbeans.getAttribute(component, "Models")).get(new Object[] { FLASH });
        assertThat(flash.getAll(new String[] { "requests", "inputTokens", "outputTokens", "thoughtTokens" }))
                .containsExactly(5L, 16L, 3L, 3L);
        assertThat(mbeans.getAttribute(component, "ComponentName")).as("Camel's own attributes stay")
                .isEqualTo("gemini");
    }

    @Test
    void aStreamIsOpenWhileItsRouteReadsItAndClosedAfter() throws Exception {
        gemini.enqueue(MockReply.text("one two").withStreamChunks(2).withUsage(4, 2, 0).withEventGate(1, secondEvent));

        template.sendBody("direct:stream", "Count");

        assertThat(seenWhileStreaming).singleElement().satisfies(during -> assertThat(during)
                .containsEntry("streamsOpen", 1L).containsEntry("callsInFlight", 1L).containsEntry("requests", 0L));
        await().atMost(10, TimeUnit.SECONDS).until(() -> console().get("streamsOpen").equals(0L));
        Map<String, Object> after = console();
        assertThat(after).containsEntry("callsInFlight", 0L).containsEntry("requests", 1L);
        assertThat(object(object(after, "models"), FLASH)).containsEntry("inputTokens", 4L)
                .containsEntry("outputTokens", 2L);
        assertThat(context.getComponent("gemini", GeminiComponent.class).getStreamsOpen()).isZero();
    }

    @Test
    void textShowsTheSameFigures() {
        gemini.enqueue(MockReply.error(429, "RESOURCE_EXHAUSTED", "quota"), MockReply.error(429, "RESOURCE_EXHAUSTED",
                "quota"), MockReply.error(429, "RESOURCE_EXHAUSTED", "quota"));
        ask(FLASH);

        String text = (String) geminiConsole().call(DevConsole.MediaType.TEXT);

        assertThat(text).contains("Component: gemini", "Calls in flight: 0", "Streams open: 0", "Requests: 1",
                "Retries: 2", "Failures: 4xx=1 5xx=0 timeout=0 connection=0 blocked=0 other=0",
                "Model gemini-2.5-flash: requests=1 tokens in=0 out=0 thoughts=0");
    }

    @Test
    void failureKindsLookThroughWrappers() {
        assertThat(FailureKind.of(new ConnectException("refused"))).isEqualTo(FailureKind.CONNECTION);
        assertThat(FailureKind.of(new RuntimeCamelException(new IOException("reset")))).isEqualTo(FailureKind.CONNECTION);
        assertThat(FailureKind.of(new ExchangeTimedOutException(null, 100))).isEqualTo(FailureKind.TIMEOUT);
        assertThat(FailureKind.of(new TimeoutException())).isEqualTo(FailureKind.TIMEOUT);
        assertThat(FailureKind.of(new IllegalStateException("stopped"))).isEqualTo(FailureKind.OTHER);
    }

    private Exchange ask(String model) {
        return template.request("gemini:generate", e -> {
            e.getMessage().setBody("Hello");
            e.getMessage().setHeader(GeminiConstants.MODEL, model);
        });
    }

    /** The console found as Camel finds it (META-INF/services), bound to this CamelContext. */
    private DevConsole geminiConsole() {
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("gemini");
        assertThat(console).isInstanceOf(GeminiDevConsole.class);
        ((GeminiDevConsole) console).setCamelContext(context);
        return console;
    }

    /** The console's JSON for the component named gemini. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> console() {
        JsonObject json = (JsonObject) geminiConsole().call(DevConsole.MediaType.JSON);
        return ((List<Map<String, Object>>) json.get("components")).stream()
                .filter(component -> "gemini".equals(component.get("name"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> json, String key) {
        return (Map<String, Object>) json.get(key);
    }

    private static ObjectName geminiMBean(MBeanServer mbeans) throws Exception {
        Set<ObjectName> names = mbeans.queryNames(new ObjectName("org.apache.camel:type=components,name=\"gemini\",*"),
                null);
        assertThat(names).hasSize(1);
        return names.iterator().next();
    }
}
