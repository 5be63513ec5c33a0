package com.cometapi.camel.gemini;

import java.util.List;

import com.cometapi.camel.gemini.model.Content;
import com.cometapi.camel.gemini.model.GenerateContentRequest;
import com.cometapi.camel.gemini.tool.GeminiToolConsumer;

/**
 * An exchange made ready to send: the model, the request (history included), the turns this exchange adds to its
 * conversation, and the tool routes offered.
 *
 * @param model          the model that answers
 * @param request        the request, the conversation's history first
 * @param newTurns       the turns of this exchange (stored with the answer when it completes)
 * @param conversationId header CamelGeminiConversationId, or null
 * @param tools          the tool routes offered (empty without the tools option)
 */
record PreparedCall(String model, GenerateContentRequest request, List<Content> newTurns, String conversationId,
                    List<GeminiToolConsumer> tools) {
}
