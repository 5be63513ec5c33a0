package com.cometapi.camel.gemini.tool;

import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.model.FunctionResponsePart;

/**
 * What a tool route answered: the {@code functionResponse.response} object and, for a binary result (an image, a
 * PDF), the media sent with it as {@code functionResponse.parts}.
 *
 * @param response the response object
 * @param parts    attached media; empty for a text or JSON result
 */
public record ToolResult(Map<String, Object> response, List<FunctionResponsePart> parts) {
}
