package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code google.rpc.Status} error: HTTP code, message, status and typed details.
 * <p>
 * Gemini sends {@code code} as a number; gateways sometimes send it as text ({@code "429"} or
 * {@code "RESOURCE_EXHAUSTED"}). Either is accepted: {@link #getCode()} gives the number (parsed from numeric text,
 * null for other text), and a non-numeric text code stands in for an absent {@link #getStatus() status}. The code is
 * written back exactly as it was read, and a status taken from the code is never written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "message", "status", "details"})
public class ApiError extends GeminiObject {

    private JsonNode code;
    private String message;
    @JsonProperty("status")
    private String status;
    private List<Map<String, Object>> details;

    /** The {@code retryDelay} of the {@code google.rpc.RetryInfo} detail (e.g. {@code "34.4s"}), or null. */
    public String retryDelay() {
        for (Map<String, Object> detail : detailsOfType("google.rpc.RetryInfo")) {
            Object delay = detail.get("retryDelay");
            if (delay != null) {
                return delay.toString();
            }
        }
        return null;
    }

    /** The violations of the {@code google.rpc.QuotaFailure} details; empty when there is none. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> quotaViolations() {
        List<Map<String, Object>> violations = new ArrayList<>();
        for (Map<String, Object> detail : detailsOfType("google.rpc.QuotaFailure")) {
            Object list = detail.get("violations");
            if (list instanceof List) {
                for (Object violation : (List<Object>) list) {
                    if (violation instanceof Map) {
                        violations.add((Map<String, Object>) violation);
                    }
                }
            }
        }
        return violations;
    }

    private List<Map<String, Object>> detailsOfType(String typeName) {
        List<Map<String, Object>> found = new ArrayList<>();
        if (details != null) {
            for (Map<String, Object> detail : details) {
                Object type = detail == null ? null : detail.get("@type");
                if (type != null && (type.equals(typeName) || type.toString().endsWith("/" + typeName))) {
                    found.add(detail);
                }
            }
        }
        return found;
    }

    /** The HTTP code: the number sent, or the number in a text code such as {@code "429"}; null otherwise. */
    @JsonIgnore
    public Integer getCode() {
        if (code == null) {
            return null;
        }
        if (code.isNumber()) {
            return code.canConvertToInt() ? code.intValue() : null;
        }
        String text = code.isTextual() ? code.textValue().trim() : "";
        return text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
    }

    @JsonIgnore
    public ApiError setCode(Integer code) {
        this.code = code == null ? null : IntNode.valueOf(code);
        return this;
    }

    /** The {@code code} as it is on the wire (a number, or text from some gateways). */
    @JsonProperty("code")
    JsonNode wireCode() {
        return code;
    }

    @JsonProperty("code")
    void wireCode(JsonNode code) {
        this.code = code;
    }

    public String getMessage() {
        return message;
    }

    public ApiError setMessage(String message) {
        this.message = message;
        return this;
    }

    /** The status name ({@code RESOURCE_EXHAUSTED}); when absent, a non-numeric text {@code code} in its place. */
    @JsonIgnore
    public String getStatus() {
        if (status != null || code == null || !code.isTextual() || getCode() != null) {
            return status;
        }
        String text = code.textValue().trim();
        return text.isEmpty() ? null : text;
    }

    public ApiError setStatus(String status) {
        this.status = status;
        return this;
    }

    public List<Map<String, Object>> getDetails() {
        return details;
    }

    public ApiError setDetails(List<Map<String, Object>> details) {
        this.details = details;
        return this;
    }
}
