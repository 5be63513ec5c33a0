package com.cometapi.camel.gemini;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.JRE;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Camel's switch for virtual threads on ({@code camel.threads.virtual.enabled=true}, JDK 21+), the component's
 * pools, which all come from Camel's ExecutorServiceManager, run generate answers and streams on virtual threads.
 * .ci/run runs it on the Temurin 25 JDK with the switch on; on JDK 17 it is skipped.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
@EnabledIfSystemProperty(named = "camel.threads.virtual.enabled", matches = "true")
class GeminiVirtualThreadsTest extends MockGeminiTestSupport {

    private final Set<Boolean> generateOnVirtual = ConcurrentHashMap.newKeySet();
    private final Set<Boolean> streamOnVirtual = ConcurrentHashMap.newKeySet();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").to("gemini:generate").process(e -> generateOnVirtual.add(isVirtual()));
                from("direct:story").to("gemini:stream").split(body()).streaming()
                        .process(e -> streamOnVirtual.add(isVirtual()));
            }
        };
    }

    private static boolean isVirtual() throws ReflectiveOperationException {
        return (Boolean) Thread.class.getMethod("isVirtual").invoke(Thread.currentThread());
    }

    @Test
    void answersAndStreamsContinueOnVirtualThreads() throws Exception {
        int calls = 200;
        for (int i = 0; i < calls; i++) {
            gemini.enqueue(MockReply.text("answer " + i));
        }
        List<CompletableFuture<Object>> replies = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            replies.add(template.asyncRequestBody("direct:ask", "question " + i));
        }
        for (CompletableFuture<Object> reply : replies) {
            assertThat(reply.get(60, TimeUnit.SECONDS)).asString().startsWith("answer ");
        }
        gemini.enqueue(MockReply.stream("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"a\"}]}}]}",
                "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"b\"}]}}]}"));
        template.sendBody("direct:story", "Tell me");

        assertThat(generateOnVirtual).containsExactly(true);
        assertThat(streamOnVirtual).containsExactly(true);
    }
}
