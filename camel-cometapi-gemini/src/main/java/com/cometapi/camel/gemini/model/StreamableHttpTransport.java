package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/** Connection to an MCP server over streamable HTTP. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"url", "headers", "timeout", "sseReadTimeout", "terminateOnClose"})
public class StreamableHttpTransport extends GeminiObject {

    private String url;
    private Map<String, String> headers;
    private String timeout;
    private String sseReadTimeout;
    private Boolean terminateOnClose;

    public String getUrl() {
        return url;
    }

    public StreamableHttpTransport setUrl(String url) {
        this.url = url;
        return this;
    }

    public Map<String, String> getHeaders() {
        return headers;
    }

    public StreamableHttpTransport setHeaders(Map<String, String> headers) {
        this.headers = headers;
        return this;
    }

    public String getTimeout() {
        return timeout;
    }

    public StreamableHttpTransport setTimeout(String timeout) {
        this.timeout = timeout;
        return this;
    }

    public String getSseReadTimeout() {
        return sseReadTimeout;
    }

    public StreamableHttpTransport setSseReadTimeout(String sseReadTimeout) {
        this.sseReadTimeout = sseReadTimeout;
        return this;
    }

    public Boolean getTerminateOnClose() {
        return terminateOnClose;
    }

    public StreamableHttpTransport setTerminateOnClose(Boolean terminateOnClose) {
        this.terminateOnClose = terminateOnClose;
        return this;
    }
}
