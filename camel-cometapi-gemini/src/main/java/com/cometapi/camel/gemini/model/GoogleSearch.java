package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/** The Google Search grounding tool. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"timeRangeFilter", "searchTypes"})
public class GoogleSearch extends GeminiObject {

    private Interval timeRangeFilter;
    private Map<String, Object> searchTypes;

    public Interval getTimeRangeFilter() {
        return timeRangeFilter;
    }

    public GoogleSearch setTimeRangeFilter(Interval timeRangeFilter) {
        this.timeRangeFilter = timeRangeFilter;
        return this;
    }

    public Map<String, Object> getSearchTypes() {
        return searchTypes;
    }

    public GoogleSearch setSearchTypes(Map<String, Object> searchTypes) {
        this.searchTypes = searchTypes;
        return this;
    }
}
