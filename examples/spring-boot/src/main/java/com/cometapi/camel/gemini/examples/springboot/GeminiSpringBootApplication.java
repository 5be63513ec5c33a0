package com.cometapi.camel.gemini.examples.springboot;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot web app that asks Gemini through Camel routes: {@code POST /ask} answers a prompt,
 * {@code GET /stream?prompt=...} streams the answer as server-sent events. The gemini component is configured by
 * {@code camel.component.gemini.*} properties (application.properties); with {@code COMETAPI_KEY} set it calls the real
 * API, without it {@link OfflineGemini} starts the offline MockGeminiServer. It serves until stopped (Ctrl+C).
 */
@SpringBootApplication
public class GeminiSpringBootApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GeminiSpringBootApplication.class)
                .initializers(new OfflineGemini())
                .run(args);
        String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        System.out.println();
        System.out.println("Ready. Try, from another terminal:");
        System.out.println("  curl -s -X POST -H 'Content-Type: text/plain' --data 'In one sentence, what is Apache Camel?' "
                           + base + "/ask");
        System.out.println("  curl -N '" + base + "/stream?prompt=Tell%20a%20short%20story'");
        System.out.println("  curl -s " + base + "/actuator/metrics/gen_ai.client.token.usage");
        System.out.println("  curl -s " + base + "/actuator/health");
        System.out.println("  curl -s " + base + "/actuator/camel/gemini");
        System.out.println("Stop with Ctrl+C.");
    }
}
