package com.cometapi.camel.gemini.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.cometapi.camel.gemini.GeminiConfiguration;
import com.cometapi.camel.gemini.model.Blob;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.FunctionCall;
import com.cometapi.camel.gemini.model.FunctionCallingMode;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.model.Tool;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** {@link RequestJson} writes every request byte for byte as Jackson does, the endpoint's fixed parts once. */
class RequestJsonTest {

    private static final String FUNCTIONS = "[{\"name\":\"lookup\",\"description\":\"Finds \\\"things\\\"\","
                                            + "\"parameters\":{\"type\":\"OBJECT\",\"properties\":{\"q\":{\"type\":\"STRING\"}}}}]";

    static Stream<Arguments> endpoints() {
        return Stream.of(
                arguments("no options", (Consumer<GeminiConfiguration>) config -> {
                }),
                arguments("a system instruction outside ASCII", (Consumer<GeminiConfiguration>) config ->
                        config.setSystemInstruction("Réponds en 日本語 🙂, \"briefly\"\n\tplease")),
                arguments("every kind of fixed part", (Consumer<GeminiConfiguration>) config -> {
                    config.setSystemInstruction("Be brief.");
                    config.setTemperature(0.2);
                    config.setTopK(40);
                    config.setThinkingBudget(128);
                    config.setResponseMimeType("application/json");
                    config.setResponseJsonSchema("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}");
                    config.setGoogleSearch(true);
                    config.setSafetySettings("HARASSMENT:BLOCK_ONLY_HIGH");
                    config.setCachedContent("cachedContents/abc");
                    config.setServiceTier("flex");
                    config.setFunctions(FUNCTIONS);
                    config.setFunctionCallingMode(FunctionCallingMode.AUTO);
                }));
    }

    private static RequestDefaults defaults(Consumer<GeminiConfiguration> options) {
        GeminiConfiguration config = new GeminiConfiguration();
        options.accept(config);
        return RequestDefaults.of(config, new ResourceLoader(new DefaultCamelContext()), null);
    }

    /** Requests as the endpoint makes them: its defaults and the turns of the body. */
    private static List<GenerateContentRequest> made(RequestDefaults defaults) {
        List<GenerateContentRequest> requests = new ArrayList<>();
        requests.add(defaults.newRequest(List.of(Content.user("Hello \"world\" 🙂\n"))));
        requests.add(defaults.newRequest(List.of(Content.user("Hi"), Content.model(Part.ofText("Hello")),
                Content.user(Part.ofText("a"), Part.ofText("")))));
        requests.add(defaults.newRequest(List.of()));
        requests.add(defaults.newRequest(List.of(Content.of(null, List.of(Part.ofText("no role"))))));
        requests.add(defaults.newRequest(List.of(Content.user(Part.ofText("see"),
                Part.ofInlineData("image/png", new byte[] {1, 2, 3})))));
        requests.add(defaults.newRequest(List.of(Content.model(Part.ofFunctionCall(new FunctionCall().setName("f")),
                new Part().setText("t").setThoughtSignature("c2ln")))));
        Part unknown = Part.ofText("x");
        unknown.setAdditionalProperty("future", 1);
        Content unknownTurn = Content.user("y");
        unknownTurn.setAdditionalProperty("future", "z");
        requests.add(defaults.newRequest(List.of(Content.user(unknown), unknownTurn)));
        requests.add(defaults.newRequest(Arrays.asList(Content.user("a"), null, Content.of("user", null),
                Content.user(Part.ofText("b"), null))));
        return requests;
    }

    /**
     * Requests the endpoint made are written directly; changed and caller-built ones by Jackson: all byte for byte as
     * Jackson writes them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void writesEveryRequestAsJacksonDoes(String name, Consumer<GeminiConfiguration> options) throws Exception {
        RequestDefaults defaults = defaults(options);
        RequestJson json = new RequestJson(defaults);
        List<GenerateContentRequest> changed = new ArrayList<>();
        changed.add(defaults.newRequest(List.of(Content.user("a"))).setCachedContent("cachedContents/other"));
        changed.add(defaults.newRequest(List.of(Content.user("a"))).setTools(List.of(new Tool())));
        changed.add(defaults.newRequest(List.of(Content.user("a"))).setStore(true));
        changed.add(defaults.newRequest(List.of(Content.user("a"))).setSystemInstruction(Content.user("other")));
        GenerateContentRequest extra = defaults.newRequest(List.of(Content.user("a")));
        extra.setAdditionalProperty("labels", Map.of("k", "v"));
        changed.add(extra);

        for (GenerateContentRequest request : made(defaults)) {
            assertThat(defaults.madeThis(request)).isTrue();
            assertSameAsJackson(json, request);
        }
        for (GenerateContentRequest request : changed) {
            assertThat(defaults.madeThis(request)).isFalse();
            assertSameAsJackson(json, request);
        }
        assertSameAsJackson(json, defaults.complete(GenerateContentRequest.ofText("built by the caller")));
        assertSameAsJackson(json, defaults.newRequest(null));
    }

    /**
     * Every property of a request but its turns, set on a request the endpoint made: the request is written as
     * Jackson writes it, so a field added to the model later is never dropped.
     */
    @Test
    void everyRequestFieldSetAfterwardsIsWritten() throws Exception {
        RequestDefaults defaults = defaults(config -> config.setSystemInstruction("Be brief."));
        RequestJson json = new RequestJson(defaults);
        for (BeanPropertyDefinition property : properties(GenerateContentRequest.class)) {
            if (property.getName().equals("contents")) {
                continue;
            }
            GenerateContentRequest request = defaults.newRequest(List.of(Content.user("a")));
            property.getSetter().getAnnotated().invoke(request, sample(property.getRawPrimaryType()));
            assertThat(new String(json.write(request), StandardCharsets.UTF_8)).as(property.getName())
                    .contains("\"" + property.getName() + "\"")
                    .isEqualTo(jackson(request));
        }
    }

    /** Likewise every property of a part beside its text. */
    @Test
    void everyPartFieldBesideTheTextIsWritten() throws Exception {
        RequestJson json = new RequestJson(defaults(config -> {
        }));
        for (BeanPropertyDefinition property : properties(Part.class)) {
            if (property.getName().equals("text")) {
                continue;
            }
            Part part = Part.ofText("a");
            property.getSetter().getAnnotated().invoke(part, sample(property.getRawPrimaryType()));
            assertThat(part.holdsOnlyText()).as(property.getName()).isFalse();
            GenerateContentRequest request = RequestDefaults.of(new GeminiConfiguration(),
                    new ResourceLoader(new DefaultCamelContext()), null).newRequest(List.of(Content.user(part)));
            assertThat(new String(json.write(request), StandardCharsets.UTF_8)).as(property.getName())
                    .contains("\"" + property.getName() + "\"")
                    .isEqualTo(jackson(request));
        }
    }

    private static List<BeanPropertyDefinition> properties(Class<?> type) {
        List<BeanPropertyDefinition> properties = GeminiJson.MAPPER.getSerializationConfig()
                .introspect(GeminiJson.MAPPER.constructType(type)).findProperties().stream()
                .filter(BeanPropertyDefinition::hasSetter).toList();
        assertThat(properties).hasSizeGreaterThan(5);
        return properties;
    }

    private static Object sample(Class<?> type) throws ReflectiveOperationException {
        if (type == String.class) {
            return "x";
        }
        if (type == Boolean.class || type == boolean.class) {
            return Boolean.TRUE;
        }
        if (type == Integer.class || type == Number.class) {
            return 1;
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of("k", "v");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return type.getDeclaredConstructor().newInstance();
    }

    private static void assertSameAsJackson(RequestJson json, GenerateContentRequest request) throws Exception {
        assertThat(new String(json.write(request), StandardCharsets.UTF_8)).isEqualTo(jackson(request));
    }

    /** The request as the component sent it before: Jackson's UTF-8 bytes (it escapes surrogate pairs). */
    private static String jackson(GenerateContentRequest request) throws Exception {
        return new String(GeminiJson.MAPPER.writeValueAsBytes(request), StandardCharsets.UTF_8);
    }
}
