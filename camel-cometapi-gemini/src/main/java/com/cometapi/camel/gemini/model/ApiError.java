package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A {@code google.rpc.Status} error: HTTP code, message, status and typed details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "message", "status", "details"})
public class ApiError extends GeminiObject {

    private Integer code;
    private String message;
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

    public Integer getCode() {
        return code;
    }

    public ApiError setCode(Integer code) {
        this.code = code;
        return this;
    }

    public String getMessage() {
        return message;
    }

    public ApiError setMessage(String message) {
        this.message = message;
        return this;
    }

    public String getStatus() {
        return status;
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
