package com.cometapi.camel.gemini;

import java.util.ArrayList;
import java.util.List;

import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.model.Part;
import com.cometapi.camel.gemini.model.Tool;
import com.cometapi.camel.gemini.request.BodyMapper;
import com.cometapi.camel.gemini.request.ThinkingRule;
import com.cometapi.camel.gemini.tool.GeminiToolComponent;
import com.cometapi.camel.gemini.tool.GeminiToolConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Makes an exchange ready to send: the model (header {@code CamelGeminiModel}, else the endpoint's), the body mapped
 * with the endpoint's options, the cached content of header {@code CamelGeminiCachedContent} (over the option; a
 * prepared request's own stays), the thinking rule checked against that model, the tool routes declared, the
 * conversation's history put first.
 */
final class CallPreparation {

    private final CamelContext camelContext;
    private final String defaultModel;
    private final BodyMapper bodyMapper;
    private final List<String> toolTags;
    private final ConversationMemory conversations;

    /** @param toolTags the tags of the tools option, or null without it */
    CallPreparation(CamelContext camelContext, String defaultModel, BodyMapper bodyMapper, List<String> toolTags,
                    ConversationMemory conversations) {
        this.camelContext = camelContext;
        this.defaultModel = defaultModel;
        this.bodyMapper = bodyMapper;
        this.toolTags = toolTags;
        this.conversations = conversations;
    }

    /** @throws IllegalArgumentException for a bad body or option, before anything is sent */
    PreparedCall prepare(Exchange exchange) {
        return prepare(exchange, null);
    }

    /**
     * @param uploaded the part a binary body was uploaded as, or null to send it inline
     * @throws IllegalArgumentException for a bad body or option, before anything is sent
     */
    PreparedCall prepare(Exchange exchange, Part uploaded) {
        String model = modelFor(exchange.getMessage(), defaultModel);
        boolean ownCache = exchange.getMessage().getBody() instanceof GenerateContentRequest prepared
                           && prepared.getCachedContent() != null;
        GenerateContentRequest request = bodyMapper.toRequest(exchange, uploaded);
        String cache = exchange.getMessage().getHeader(GeminiConstants.CACHED_CONTENT, String.class);
        if (cache != null && !cache.isBlank() && !ownCache) {
            request.setCachedContent(cache.trim());
        }
        ThinkingRule.check(model, request);
        List<GeminiToolConsumer> tools = toolRoutes();
        if (!tools.isEmpty()) {
            List<Tool> offered = request.getTools() == null ? new ArrayList<>() : new ArrayList<>(request.getTools());
            offered.add(new Tool().setFunctionDeclarations(
                    tools.stream().map(tool -> tool.getEndpoint().declaration()).toList()));
            request.setTools(offered);
        }
        List<Content> newTurns = request.getContents() == null ? List.of() : List.copyOf(request.getContents());
        String conversationId = exchange.getMessage().getHeader(GeminiConstants.CONVERSATION_ID, String.class);
        if (conversationId != null) {
            request.setContents(conversations.withHistory(conversationId, newTurns));
        }
        return new PreparedCall(model, request, newTurns, conversationId, tools);
    }

    /** The model of an exchange: header {@code CamelGeminiModel}, else {@code defaultModel}. */
    static String modelFor(Message message, String defaultModel) {
        String model = message.getHeader(GeminiConstants.MODEL, String.class);
        return model == null || model.isBlank() ? defaultModel : model.trim();
    }

    /** The started tool routes carrying the tags of the tools option; empty without it. */
    private List<GeminiToolConsumer> toolRoutes() {
        if (toolTags == null) {
            return List.of();
        }
        return camelContext.getComponent("gemini-tool", GeminiToolComponent.class).tools(toolTags);
    }
}
