package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A time range; times are RFC 3339 timestamps. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"startTime", "endTime"})
public class Interval extends GeminiObject {

    private String startTime;
    private String endTime;

    public String getStartTime() {
        return startTime;
    }

    public Interval setStartTime(String startTime) {
        this.startTime = startTime;
        return this;
    }

    public String getEndTime() {
        return endTime;
    }

    public Interval setEndTime(String endTime) {
        this.endTime = endTime;
        return this;
    }
}
