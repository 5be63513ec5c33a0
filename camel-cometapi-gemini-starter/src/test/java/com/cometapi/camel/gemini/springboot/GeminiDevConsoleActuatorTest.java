package com.cometapi.camel.gemini.springboot;

import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.test.MockGeminiServer;
import com.cometapi.camel.gemini.test.MockReply;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spring.boot.actuate.console.CamelDevConsoleEndpoint;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With camel-console on the classpath and {@code camel.main.dev-console-enabled=true}, camel-spring-boot's actuator
 * endpoint {@code camel} ({@code GET /actuator/camel/gemini}) answers with the component's dev console, found on the
 * classpath as Camel finds every console. The endpoint's read operation is called as the actuator calls it.
 */
class GeminiDevConsoleActuatorTest {

    @Test
    void actuatorCamelGeminiShowsTheCallsFigures() {
        try (MockGeminiServer gemini = new MockGeminiServer()) {
            gemini.start();
            gemini.enqueue(MockReply.text("Paris").withUsage(7, 1, 0), MockReply.error(400, "INVALID_ARGUMENT", "no"));
            new ApplicationContextRunner()
                    .withUserConfiguration(App.class)
                    .withPropertyValues("camel.main.dev-console-enabled=true",
                            "camel.component.gemini.base-url=" + gemini.baseUrl(),
                            "camel.component.gemini.api-key=console-key-5d1e")
                    .run(context -> {
                        ProducerTemplate template = context.getBean(CamelContext.class).createProducerTemplate();
                        template.request("gemini:generate", e -> e.getMessage().setBody("Capital of France?"));
                        template.request("gemini:generate", e -> e.getMessage().setBody("?"));

                        JsonObject consoles = context.getBean(CamelDevConsoleEndpoint.class).getConsoleById("gemini");

                        assertThat(component(consoles)).containsEntry("name", "gemini")
                                .containsEntry("requests", 2L).containsEntry("callsInFlight", 0L);
                        assertThat(component(consoles).get("failures")).asInstanceOf(
                                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("4xx", 1L);
                        assertThat(context.getBean(CamelDevConsoleEndpoint.class).getConsoles()).containsKey("gemini");
                    });
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> component(JsonObject consoles) {
        Map<String, Object> console = (Map<String, Object>) consoles.get("gemini");
        assertThat(console).as("the gemini console in %s", consoles).isNotNull();
        return ((List<Map<String, Object>>) console.get("components")).get(0);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
