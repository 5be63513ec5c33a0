package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The URL context tool (serialised as {@code {}}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class UrlContext extends GeminiObject {
}
