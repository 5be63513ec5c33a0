package com.cometapi.camel.gemini.examples.springboot;

import java.time.Duration;

import org.apache.camel.ProducerTemplate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The HTTP face: hands prompts to the routes of {@link GeminiRoutes}. */
@RestController
public class GeminiController {

    private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(5);

    private final ProducerTemplate template;

    public GeminiController(ProducerTemplate template) {
        this.template = template;
    }

    /** The prompt in, the answer text out. */
    // snippet:spring-boot-ask-controller
    @PostMapping(path = "/ask", produces = MediaType.TEXT_PLAIN_VALUE)
    public String ask(@RequestBody String prompt) {
        return template.requestBody("direct:ask", prompt, String.class);
    // end-snippet:spring-boot-ask-controller
    }

    /**
     * The answer as server-sent events: one {@code data:} event per chunk as Gemini streams it, then an event named
     * {@code done} (so an EventSource can close instead of reconnecting), or one named {@code error}. The route runs
     * on a Camel thread; the servlet thread is free at once.
     */
    // snippet:spring-boot-sse-controller
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@RequestParam String prompt) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        template.asyncSend("direct:stream", exchange -> {
            exchange.getMessage().setBody(prompt);
            exchange.setProperty(GeminiRoutes.SSE_EMITTER, emitter);
        }).whenComplete((exchange, failure) -> {
            Throwable error = failure != null ? failure : exchange.getException();
            try {
                if (error == null) {
                    emitter.send(SseEmitter.event().name("done").data(""));
                } else {
                    emitter.send(SseEmitter.event().name("error").data(String.valueOf(error.getMessage())));
                }
                emitter.complete();
            } catch (Exception e) {
                emitter.completeWithError(e);
            }
        });
        return emitter;
    // end-snippet:spring-boot-sse-controller
    }
}
