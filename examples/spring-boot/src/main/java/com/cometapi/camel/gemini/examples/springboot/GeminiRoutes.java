package com.cometapi.camel.gemini.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Two routes. {@code direct:ask}: the body is the prompt, the answer text comes back. {@code direct:stream}: the
 * streaming splitter hands each chunk to the next step as soon as Gemini sends it, and that step sends it on to the
 * browser through the exchange's {@link SseEmitter} (property {@value #SSE_EMITTER}).
 */
@Component
public class GeminiRoutes extends RouteBuilder {

    /** Exchange property holding the {@link SseEmitter} of a {@code /stream} request. */
    public static final String SSE_EMITTER = "sseEmitter";

    @Override
    public void configure() {
        // snippet:spring-boot-routes
        from("direct:ask").routeId("ask")
                .to("gemini:generate");

        from("direct:stream").routeId("stream")
                .to("gemini:stream")
                .split(body()).streaming().stopOnException()
                    .process(chunk -> chunk.getProperty(SSE_EMITTER, SseEmitter.class)
                            .send(SseEmitter.event().data(sseData(chunk.getMessage().getBody(String.class)))))
                .end();
        // end-snippet:spring-boot-routes
    }

    /**
     * A chunk's text as SSE data. Clients drop one space after {@code data:} on every line, and chunks often start
     * with one (" world"): a space before each line keeps the text's own.
     */
    static String sseData(String text) {
        return " " + text.replace("\n", "\n ");
    }
}
