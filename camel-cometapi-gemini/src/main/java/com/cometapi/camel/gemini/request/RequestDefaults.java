package com.cometapi.camel.gemini.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.cometapi.camel.gemini.GeminiConfiguration;
import com.cometapi.camel.gemini.model.CodeExecution;
import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.FunctionCallingConfig;
import com.cometapi.camel.gemini.model.FileSearch;
import com.cometapi.camel.gemini.model.FunctionDeclaration;
import com.cometapi.camel.gemini.model.GeminiJson;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.GenerationConfig;
import com.cometapi.camel.gemini.model.GoogleMaps;
import com.cometapi.camel.gemini.model.GoogleSearch;
import com.cometapi.camel.gemini.model.ImageConfig;
import com.cometapi.camel.gemini.model.LatLng;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.model.PrebuiltVoiceConfig;
import com.cometapi.camel.gemini.model.RetrievalConfig;
import com.cometapi.camel.gemini.model.SafetySetting;
import com.cometapi.camel.gemini.model.Schema;
import com.cometapi.camel.gemini.model.SpeechConfig;
import com.cometapi.camel.gemini.model.ThinkingConfig;
import com.cometapi.camel.gemini.model.Tool;
import com.cometapi.camel.gemini.model.ToolConfig;
import com.cometapi.camel.gemini.model.UrlContext;
import com.cometapi.camel.gemini.model.VoiceConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an endpoint's options add to every request: system instruction, generation config, built-in tools, safety
 * settings, cached content. Parsed and checked once, when the endpoint starts; shared read-only by its requests.
 */
public final class RequestDefaults {

    private static final Set<String> MODALITIES = Set.of("TEXT", "IMAGE", "AUDIO");
    private static final Set<String> THRESHOLDS = Set.of("HARM_BLOCK_THRESHOLD_UNSPECIFIED", "BLOCK_LOW_AND_ABOVE",
            "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH", "BLOCK_NONE", "OFF");
    private static final String CATEGORY_PREFIX = "HARM_CATEGORY_";
    private static final Pattern ASPECT_RATIO = Pattern.compile("[1-9][0-9]*:[1-9][0-9]*");
    private static final String STORE_PREFIX = "fileSearchStores/";

    private final Content systemInstruction;
    private final GenerationConfig generationConfig;
    private final List<Tool> tools;
    private final List<SafetySetting> safetySettings;
    private final String cachedContent;
    private final ToolConfig toolConfig;
    private final String serviceTier;
    private final ObjectNode asTree;

    private RequestDefaults(Content systemInstruction, GenerationConfig generationConfig, List<Tool> tools,
                            List<SafetySetting> safetySettings, String cachedContent, ToolConfig toolConfig,
                            String serviceTier) {
        this.toolConfig = toolConfig;
        this.serviceTier = serviceTier;
        this.systemInstruction = systemInstruction;
        this.generationConfig = generationConfig;
        this.tools = tools;
        this.safetySettings = safetySettings;
        this.cachedContent = cachedContent;
        this.asTree = GeminiJson.MAPPER.valueToTree(fill(new GenerateContentRequest()));
    }

    /**
     * Checks and parses the options, for an endpoint that may bind its answer to a class ({@code outputClass}).
     *
     * @param  resources                loads {@code resource:} values
     * @param  classSchema              null without {@code outputClass}; else it asks for JSON
     *                                  ({@code responseMimeType} must be unset or application/json) and gives the
     *                                  class's JSON Schema, called once and only when neither {@code responseSchema}
     *                                  nor {@code responseJsonSchema} is set, to be sent as {@code responseJsonSchema}
     * @throws IllegalArgumentException naming the option at fault and what it accepts
     */
    public static RequestDefaults of(GeminiConfiguration config, ResourceLoader resources,
                                     Supplier<JsonNode> classSchema) {
        String instruction = resources.textOf("systemInstruction", config.getSystemInstruction());
        Content systemInstruction = instruction == null ? null : Content.of(null, List.of(Part.ofText(instruction)));
        return new RequestDefaults(systemInstruction, generationConfig(config, resources, classSchema),
                tools(config, resources),
                safetySettings(config.getSafetySettings()), blankToNull(config.getCachedContent()), toolConfig(config),
                blankToNull(config.getServiceTier()) == null ? null : config.getServiceTier().trim());
    }

    /** A request of the given turns with these defaults: the common path, no copying. */
    public GenerateContentRequest newRequest(List<Content> contents) {
        return fill(new GenerateContentRequest().setContents(contents));
    }

    /**
     * Whether the request is one {@link #newRequest} made and left as made, but for its turns: every other field is
     * this object's own (or unset, as here), and it has no unknown field.
     */
    boolean madeThis(GenerateContentRequest request) {
        return request.getSystemInstruction() == systemInstruction && request.getGenerationConfig() == generationConfig
               && request.getTools() == tools && request.getSafetySettings() == safetySettings
               && request.getToolConfig() == toolConfig && Objects.equals(request.getCachedContent(), cachedContent)
               && Objects.equals(request.getServiceTier(), serviceTier) && request.getStore() == null
               && request.getAdditionalProperties().isEmpty();
    }

    /**
     * A copy of a request the caller built, with these defaults filling only what it leaves unset (field by field
     * inside {@code generationConfig}); the caller's object is not changed.
     */
    public GenerateContentRequest complete(GenerateContentRequest request) {
        ObjectNode tree = GeminiJson.MAPPER.valueToTree(request);
        fillMissing(tree, asTree);
        try {
            return GeminiJson.MAPPER.treeToValue(tree, GenerateContentRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The GenerateContentRequest body cannot be completed: " + e.getMessage(), e);
        }
    }

    private GenerateContentRequest fill(GenerateContentRequest request) {
        return request.setSystemInstruction(systemInstruction)
                .setGenerationConfig(generationConfig)
                .setTools(tools)
                .setSafetySettings(safetySettings)
                .setToolConfig(toolConfig)
                .setCachedContent(cachedContent)
                .setServiceTier(serviceTier);
    }

    private static void fillMissing(ObjectNode target, ObjectNode defaults) {
        for (Map.Entry<String, JsonNode> entry : defaults.properties()) {
            JsonNode existing = target.get(entry.getKey());
            if (existing == null || existing.isNull()) {
                target.set(entry.getKey(), entry.getValue().deepCopy());
            } else if (existing.isObject() && entry.getValue().isObject()) {
                fillMissing((ObjectNode) existing, (ObjectNode) entry.getValue());
            }
        }
    }

    private static GenerationConfig generationConfig(GeminiConfiguration config, ResourceLoader resources,
                                                     Supplier<JsonNode> classSchema) {
        OptionChecks.range("temperature", config.getTemperature(), 0, 2);
        OptionChecks.range("topP", config.getTopP(), 0, 1);
        OptionChecks.atLeast("topK", config.getTopK(), 1);
        OptionChecks.atLeast("maxOutputTokens", config.getMaxOutputTokens(), 1);
        OptionChecks.range("candidateCount", config.getCandidateCount(), 1, 8);
        OptionChecks.range("presencePenalty", config.getPresencePenalty(), -2, 2);
        OptionChecks.range("frequencyPenalty", config.getFrequencyPenalty(), -2, 2);
        OptionChecks.atLeast("thinkingBudget", config.getThinkingBudget(), -1);
        OptionChecks.range("logprobs", config.getLogprobs(), 1, 20);
        List<String> stops = OptionChecks.commaList(config.getStopSequences());
        if (stops != null && stops.size() > 5) {
            throw new IllegalArgumentException("stopSequences takes at most 5 sequences, was " + stops.size());
        }
        List<String> modalities = modalities(config.getResponseModalities());
        String level = config.getThinkingLevel() == null ? null : config.getThinkingLevel().name();
        // the endpoint's own model and thinking options are checked when it starts; header CamelGeminiModel is
        // checked per message
        ThinkingRule.check(config.getModel(), level, config.getThinkingBudget());
        Schema schema = json("responseSchema", resources.textOf("responseSchema", config.getResponseSchema()),
                Schema.class);
        Object jsonSchema = json("responseJsonSchema",
                resources.textOf("responseJsonSchema", config.getResponseJsonSchema()), Object.class);
        if (schema != null && jsonSchema != null) {
            throw new IllegalArgumentException("responseSchema and responseJsonSchema are both set; use one of them");
        }
        String mimeType = blankToNull(config.getResponseMimeType());
        if (classSchema != null) {
            if (mimeType != null && !"application/json".equalsIgnoreCase(mimeType.trim())) {
                throw new IllegalArgumentException("outputClass binds JSON, but responseMimeType is " + mimeType
                                                   + "; leave responseMimeType unset or application/json");
            }
            if (schema == null && jsonSchema == null) {
                jsonSchema = classSchema.get();
            }
            mimeType = "application/json";
        }
        if (mimeType == null && (schema != null || jsonSchema != null)) {
            mimeType = "application/json";
        }
        ThinkingConfig thinking = null;
        if (level != null || config.getThinkingBudget() != null || config.isIncludeThoughts()) {
            thinking = new ThinkingConfig().setThinkingLevel(level)
                    .setThinkingBudget(config.getThinkingBudget())
                    .setIncludeThoughts(config.isIncludeThoughts() ? Boolean.TRUE : null);
        }
        GenerationConfig generation = new GenerationConfig()
                .setTemperature(config.getTemperature())
                .setTopP(config.getTopP())
                .setTopK(config.getTopK())
                .setMaxOutputTokens(config.getMaxOutputTokens())
                .setCandidateCount(config.getCandidateCount())
                .setSeed(config.getSeed())
                .setPresencePenalty(config.getPresencePenalty())
                .setFrequencyPenalty(config.getFrequencyPenalty())
                .setStopSequences(stops)
                .setResponseMimeType(mimeType)
                .setResponseSchema(schema)
                .setResponseJsonSchema(jsonSchema)
                .setResponseModalities(modalities)
                .setThinkingConfig(thinking)
                .setMediaResolution(config.getMediaResolution() == null ? null
                        : config.getMediaResolution().wireValue())
                .setImageConfig(imageConfig(config))
                .setSpeechConfig(speechConfig(config))
                .setResponseLogprobs(config.isResponseLogprobs() ? Boolean.TRUE : null)
                .setLogprobs(config.getLogprobs());
        return GeminiJson.MAPPER.valueToTree(generation).isEmpty() ? null : generation;
    }

    private static ImageConfig imageConfig(GeminiConfiguration config) {
        String ratio = blankToNull(config.getImageAspectRatio());
        if (ratio != null) {
            ratio = ratio.trim();
            if (!ASPECT_RATIO.matcher(ratio).matches()) {
                throw new IllegalArgumentException("imageAspectRatio '" + config.getImageAspectRatio()
                                                   + "' is not W:H; use e.g. 16:9, 1:1 or 9:16");
            }
        }
        String size = config.getImageSize() == null ? null : config.getImageSize().toString();
        return ratio == null && size == null ? null : new ImageConfig().setAspectRatio(ratio).setImageSize(size);
    }

    private static SpeechConfig speechConfig(GeminiConfiguration config) {
        String voice = blankToNull(config.getSpeechVoice());
        String language = blankToNull(config.getSpeechLanguage());
        if (voice == null && language == null) {
            return null;
        }
        VoiceConfig voiceConfig = voice == null ? null
                : new VoiceConfig().setPrebuiltVoiceConfig(new PrebuiltVoiceConfig().setVoiceName(voice.trim()));
        return new SpeechConfig().setVoiceConfig(voiceConfig).setLanguageCode(language == null ? null : language.trim());
    }

    private static List<String> modalities(String value) {
        List<String> items = OptionChecks.commaList(value);
        if (items == null) {
            return null;
        }
        return items.stream().map(item -> OptionChecks.oneOf("responseModalities", item, MODALITIES)).toList();
    }

    private static List<Tool> tools(GeminiConfiguration config, ResourceLoader resources) {
        List<Tool> tools = new ArrayList<>();
        List<FunctionDeclaration> functions = functions(resources.textOf("functions", config.getFunctions()));
        if (functions != null) {
            tools.add(new Tool().setFunctionDeclarations(functions));
        }
        if (config.isGoogleSearch()) {
            tools.add(new Tool().setGoogleSearch(new GoogleSearch()));
        }
        if (config.isGoogleMaps()) {
            tools.add(new Tool().setGoogleMaps(new GoogleMaps()));
        }
        if (config.isUrlContext()) {
            tools.add(new Tool().setUrlContext(new UrlContext()));
        }
        if (config.isCodeExecution()) {
            tools.add(new Tool().setCodeExecution(new CodeExecution()));
        }
        List<String> stores = fileSearchStores(config.getFileSearchStores());
        if (stores != null) {
            tools.add(new Tool().setFileSearch(new FileSearch().setFileSearchStoreNames(stores)));
        }
        return tools.isEmpty() ? null : List.copyOf(tools);
    }

    private static List<FunctionDeclaration> functions(String json) {
        if (json == null) {
            return null;
        }
        FunctionDeclaration[] declared = json("functions", json, FunctionDeclaration[].class);
        for (FunctionDeclaration declaration : declared) {
            if (declaration.getName() == null || declaration.getName().isBlank()) {
                throw new IllegalArgumentException("functions: every declaration needs a name, e.g."
                                                   + " [{\"name\":\"get_weather\",\"description\":\"...\"}]");
            }
        }
        return List.of(declared);
    }

    private static List<String> fileSearchStores(String value) {
        List<String> stores = OptionChecks.commaList(value);
        if (stores != null) {
            for (String store : stores) {
                if (!store.startsWith(STORE_PREFIX) || store.length() == STORE_PREFIX.length()) {
                    throw new IllegalArgumentException("fileSearchStores entry '" + store + "' is not a store name;"
                                                       + " use fileSearchStores/{id}, e.g. fileSearchStores/my-store-123");
                }
            }
        }
        return stores;
    }

    private static ToolConfig toolConfig(GeminiConfiguration config) {
        String mode = config.getFunctionCallingMode() == null ? null : config.getFunctionCallingMode().name();
        List<String> allowed = OptionChecks.commaList(config.getAllowedFunctionNames());
        RetrievalConfig retrieval = retrievalConfig(config.getMapsLatitude(), config.getMapsLongitude());
        if (mode == null && allowed == null && retrieval == null) {
            return null;
        }
        FunctionCallingConfig calling = mode == null && allowed == null ? null
                : new FunctionCallingConfig().setMode(mode).setAllowedFunctionNames(allowed);
        return new ToolConfig().setFunctionCallingConfig(calling).setRetrievalConfig(retrieval);
    }

    private static RetrievalConfig retrievalConfig(Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null || longitude == null) {
            throw new IllegalArgumentException((latitude == null ? "mapsLongitude is set without mapsLatitude"
                    : "mapsLatitude is set without mapsLongitude") + "; set both, in degrees, or neither");
        }
        OptionChecks.range("mapsLatitude", latitude, -90, 90);
        OptionChecks.range("mapsLongitude", longitude, -180, 180);
        return new RetrievalConfig().setLatLng(new LatLng().setLatitude(latitude).setLongitude(longitude));
    }

    static List<SafetySetting> safetySettings(String value) {
        List<String> items = OptionChecks.commaList(value);
        if (items == null) {
            return null;
        }
        List<SafetySetting> settings = new ArrayList<>();
        for (String item : items) {
            int colon = item.indexOf(':');
            if (colon <= 0 || colon == item.length() - 1) {
                throw new IllegalArgumentException("safetySettings entry '" + item + "' is not CATEGORY:THRESHOLD,"
                                                   + " e.g. HARM_CATEGORY_HARASSMENT:BLOCK_ONLY_HIGH");
            }
            String category = item.substring(0, colon).trim().toUpperCase(java.util.Locale.ROOT);
            if (!category.startsWith(CATEGORY_PREFIX)) {
                category = CATEGORY_PREFIX + category;
            }
            String threshold = OptionChecks.oneOf("safetySettings threshold", item.substring(colon + 1), THRESHOLDS);
            settings.add(new SafetySetting().setCategory(category).setThreshold(threshold));
        }
        return List.copyOf(settings);
    }

    private static <T> T json(String option, String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return GeminiJson.MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(option + " is not valid JSON (" + e.getOriginalMessage()
                                               + "); give a JSON object or resource:classpath:file.json", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
