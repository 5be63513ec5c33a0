package com.cometapi.camel.gemini;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.cometapi.camel.gemini.model.FunctionCallingMode;
import com.cometapi.camel.gemini.model.ImageSize;
import com.cometapi.camel.gemini.model.MediaResolution;
import com.cometapi.camel.gemini.model.ThinkingLevel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The options with a closed set of values are enums: an endpoint URI, a component property and YAML DSL give them as
 * documented, in any case ({@code authMode=x-goog-api-key} with its dashes); another value fails when the endpoint is
 * created, naming the valid ones; the catalog lists the values.
 */
class GeminiTypedOptionsTest extends WireMockGeminiTestSupport {

    /** The values the docs give for each option, in their order. */
    private static final Map<String, List<String>> DOCUMENTED = Map.of(
            "authMode", List.of("x-goog-api-key", "bearer"),
            "outputType", List.of("text", "response", "json", "bytes"),
            "toolErrorPolicy", List.of("reprompt", "fail"),
            "thinkingLevel", List.of("MINIMAL", "LOW", "MEDIUM", "HIGH"),
            "functionCallingMode", List.of("AUTO", "ANY", "NONE", "VALIDATED"),
            "mediaResolution", List.of("LOW", "MEDIUM", "HIGH"),
            "imageSize", List.of("1K", "2K", "4K"));

    static Stream<Arguments> documentedValuesInAnyCase() {
        return Stream.of(
                arguments("authMode", "x-goog-api-key", GeminiAuthMode.X_GOOG_API_KEY),
                arguments("authMode", "bearer", GeminiAuthMode.BEARER),
                arguments("outputType", "text", GeminiOutputType.TEXT),
                arguments("outputType", "response", GeminiOutputType.RESPONSE),
                arguments("outputType", "json", GeminiOutputType.JSON),
                arguments("outputType", "bytes", GeminiOutputType.BYTES),
                arguments("toolErrorPolicy", "reprompt", ToolErrorPolicy.REPROMPT),
                arguments("toolErrorPolicy", "fail", ToolErrorPolicy.FAIL),
                arguments("thinkingLevel", "MINIMAL", ThinkingLevel.MINIMAL),
                arguments("thinkingLevel", "LOW", ThinkingLevel.LOW),
                arguments("thinkingLevel", "MEDIUM", ThinkingLevel.MEDIUM),
                arguments("thinkingLevel", "HIGH", ThinkingLevel.HIGH),
                arguments("functionCallingMode", "AUTO", FunctionCallingMode.AUTO),
                arguments("functionCallingMode", "ANY", FunctionCallingMode.ANY),
                arguments("functionCallingMode", "NONE", FunctionCallingMode.NONE),
                arguments("functionCallingMode", "VALIDATED", FunctionCallingMode.VALIDATED),
                arguments("mediaResolution", "LOW", MediaResolution.LOW),
                arguments("mediaResolution", "MEDIUM", MediaResolution.MEDIUM),
                arguments("mediaResolution", "HIGH", MediaResolution.HIGH),
                arguments("mediaResolution", "MEDIA_RESOLUTION_HIGH", MediaResolution.HIGH),
                arguments("imageSize", "1K", ImageSize.SIZE_1K),
                arguments("imageSize", "2K", ImageSize.SIZE_2K),
                arguments("imageSize", "4K", ImageSize.SIZE_4K))
                .flatMap(documented -> {
                    Object[] args = documented.get();
                    String value = (String) args[1];
                    return Stream.of(value.toLowerCase(Locale.ROOT), value.toUpperCase(Locale.ROOT), mixedCase(value))
                            .map(spelling -> arguments(args[0], spelling, args[2]));
                });
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("documentedValuesInAnyCase")
    void endpointUriTakesTheDocumentedValueInAnyCase(String option, String value, Enum<?> expected) {
        // a Gemini 3 model, which thinkingLevel needs
        GeminiEndpoint endpoint = context.getEndpoint(
                "gemini:generate?model=gemini-3-pro-preview&" + option + "=" + value, GeminiEndpoint.class);

        assertThat(new GeminiEndpointConfigurer().getOptionValue(endpoint, option, false)).isSameAs(expected);
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("documentedValuesInAnyCase")
    void componentPropertyTakesTheDocumentedValueInAnyCase(String option, String value, Enum<?> expected) {
        GeminiComponent component = new GeminiComponent();
        // as Camel Main binds camel.component.gemini.* properties
        PropertyBindingSupport.build().withConfigurer(new GeminiComponentConfigurer()).withIgnoreCase(true)
                .bind(context, component, new HashMap<>(Map.of(option, value)));

        assertThat(new GeminiComponentConfigurer().getOptionValue(component, option, false)).isSameAs(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "authMode=basic|Unknown authMode 'basic'; use one of x-goog-api-key, bearer",
            "authMode=x-goog-api|Unknown authMode 'x-goog-api'; use one of x-goog-api-key, bearer",
            "outputType=xml|Unknown outputType 'xml'; use one of text, response, json, bytes",
            "toolErrorPolicy=ignore|Unknown toolErrorPolicy 'ignore'; use one of reprompt, fail",
            "thinkingLevel=EXTREME|Unknown thinkingLevel 'EXTREME'; use one of MINIMAL, LOW, MEDIUM, HIGH",
            "functionCallingMode=sometimes|Unknown functionCallingMode 'sometimes'; use one of AUTO, ANY, NONE, VALIDATED",
            "mediaResolution=MEDIA_RESOLUTION_ULTRA|Unknown mediaResolution 'MEDIA_RESOLUTION_ULTRA'; use one of LOW,"
                                                       + " MEDIUM, HIGH (the prefix MEDIA_RESOLUTION_ is optional)",
            "imageSize=8K|Unknown imageSize '8K'; use one of 1K, 2K, 4K" })
    void anotherValueFailsWhenTheEndpointIsCreatedNamingTheValidOnes(String query, String message) {
        assertThatThrownBy(() -> context.getEndpoint("gemini:generate?" + query))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage(message);
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest(name = "authMode={0}")
    @ValueSource(strings = { "x-goog-api-key", "X-Goog-Api-Key" })
    void apiKeyHeaderModeSendsTheKeyAsXGoogApiKey(String authMode) {
        answerWith(SIMPLE_ANSWER);

        template.requestBody("gemini:generate?authMode=" + authMode, "Hello");

        wiremock.verify(postRequestedFor(anyUrl())
                .withHeader("x-goog-api-key", equalTo(API_KEY))
                .withHeader("Authorization", absent()));
    }

    @Test
    void componentAuthModeIsTheDefaultOfItsEndpoints() {
        answerWith(SIMPLE_ANSWER);
        GeminiComponent component = context.getComponent("gemini", GeminiComponent.class);
        PropertyBindingSupport.build().withConfigurer(new GeminiComponentConfigurer()).withIgnoreCase(true)
                .bind(context, component, new HashMap<>(Map.of("authMode", "BEARER")));

        template.requestBody("gemini:generate", "Hello");

        wiremock.verify(postRequestedFor(anyUrl())
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withHeader("x-goog-api-key", absent()));
    }

    @Test
    void yamlDslParametersTakeTheDocumentedValues() throws Exception {
        answerWith(SIMPLE_ANSWER);
        String yaml = """
                - route:
                    from:
                      uri: direct:yaml
                      steps:
                        - to:
                            uri: gemini:generate
                            parameters:
                              model: gemini-3-flash-preview
                              authMode: x-goog-api-key
                              outputType: JSON
                              thinkingLevel: minimal
                              functionCallingMode: Validated
                              toolErrorPolicy: FAIL
                              functions: '[{"name":"lookup"}]'
                """;
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("typed-options.yaml", yaml));

        Object body = template.requestBody("direct:yaml", "Hello");

        assertThat(body).isEqualTo(SIMPLE_ANSWER);
        wiremock.verify(postRequestedFor(urlEqualTo("/v1beta/models/gemini-3-flash-preview:generateContent"))
                .withHeader("x-goog-api-key", equalTo(API_KEY))
                .withRequestBody(matchingJsonPath("$.generationConfig.thinkingConfig.thinkingLevel", equalTo("MINIMAL")))
                .withRequestBody(matchingJsonPath("$.toolConfig.functionCallingConfig.mode", equalTo("VALIDATED"))));
        GeminiEndpoint endpoint = context.getEndpoints().stream().filter(GeminiEndpoint.class::isInstance)
                .map(GeminiEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(endpoint.toolErrorPolicy()).isEqualTo(ToolErrorPolicy.FAIL);
    }

    @Test
    void functionCallingModeAndThinkingLevelGoOnTheWireAsTheirNames() {
        answerWith(SIMPLE_ANSWER);

        template.requestBody("gemini:generate?model=gemini-3-pro-preview&thinkingLevel=Medium"
                             + "&functionCallingMode=any&allowedFunctionNames=lookup",
                "Hello");

        wiremock.verify(postRequestedFor(anyUrl()).withRequestBody(equalToJson(
                "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hello\"}]}],"
                                                                               + "\"generationConfig\":{\"thinkingConfig\":{\"thinkingLevel\":\"MEDIUM\"}},"
                                                                               + "\"toolConfig\":{\"functionCallingConfig\":{\"mode\":\"ANY\",\"allowedFunctionNames\":[\"lookup\"]}}}")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "componentProperties", "properties" })
    void catalogListsTheDocumentedValuesOfEveryEnumOption(String section) throws IOException {
        JsonNode options = catalog().path(section);
        GeminiConfiguration defaults = new GeminiConfiguration();

        DOCUMENTED.forEach((name, values) -> {
            JsonNode option = options.path(name);
            assertThat(option.path("type").asText()).as(name).isEqualTo("enum");
            List<String> listed = new ArrayList<>();
            option.path("enum").forEach(value -> listed.add(value.asText()));
            assertThat(listed).as(name).containsExactlyElementsOf(values);
            Class<?> javaType = load(option.path("javaType").asText());
            assertThat(javaType.isEnum()).as(name).isTrue();
            // each listed value reads back as a constant that the catalog spells the same way
            for (String value : values) {
                Object constant = context.getTypeConverter().convertTo(javaType, value);
                assertThat(constant).as(name + "=" + value).isNotNull().hasToString(value);
            }
            Object configured = new GeminiEndpointConfigurer().getOptionValue(endpointOf(defaults), name, false);
            if (option.has("defaultValue")) {
                assertThat(configured).as(name + " default").hasToString(option.path("defaultValue").asText());
            } else {
                assertThat(configured).as(name + " default").isNull();
            }
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "componentProperties,responseSchema,json", "componentProperties,responseJsonSchema,json",
                 "componentProperties,functions,json", "componentProperties,systemInstruction,",
                 "properties,responseSchema,json", "properties,responseJsonSchema,json",
                 "properties,functions,json", "properties,systemInstruction," })
    void catalogMarksTheOptionsThatTakeAResource(String section, String name, String language) throws IOException {
        JsonNode option = catalog().path(section).path(name);

        assertThat(option.path("supportFileReference").asBoolean()).as(name).isTrue();
        assertThat(option.path("type").asText()).as(name).isEqualTo("string");
        // the annotation also says largeInput and (for JSON) inputLanguage; Camel 4.22's generator writes those
        // only for @UriPath and component fields, so they are checked on the annotation
        Metadata metadata = metadataOf(name);
        assertThat(metadata.largeInput()).as(name).isTrue();
        assertThat(metadata.inputLanguage()).as(name).isEqualTo(language == null ? "" : language);
    }

    private GeminiEndpoint endpointOf(GeminiConfiguration configuration) {
        return new GeminiEndpoint("gemini:generate", context.getComponent("gemini", GeminiComponent.class),
                GeminiOperation.GENERATE, configuration);
    }

    private static Metadata metadataOf(String field) {
        try {
            return GeminiConfiguration.class.getDeclaredField(field).getAnnotation(Metadata.class);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode catalog() throws IOException {
        try (InputStream in = GeminiTypedOptionsTest.class.getClassLoader()
                .getResourceAsStream("META-INF/com/cometapi/camel/gemini/gemini.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** Each word capitalised: x-goog-api-key gives X-Goog-Api-Key, MINIMAL gives Minimal. */
    private static String mixedCase(String value) {
        return Stream.of(value.toLowerCase(Locale.ROOT).split("-", -1))
                .map(word -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining("-"));
    }
}
