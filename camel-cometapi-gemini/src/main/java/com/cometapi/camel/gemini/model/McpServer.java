package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A remote MCP server the model may call server-side. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "streamableHttpTransport"})
public class McpServer extends GeminiObject {

    private String name;
    private StreamableHttpTransport streamableHttpTransport;

    public String getName() {
        return name;
    }

    public McpServer setName(String name) {
        this.name = name;
        return this;
    }

    public StreamableHttpTransport getStreamableHttpTransport() {
        return streamableHttpTransport;
    }

    public McpServer setStreamableHttpTransport(StreamableHttpTransport streamableHttpTransport) {
        this.streamableHttpTransport = streamableHttpTransport;
        return this;
    }
}
