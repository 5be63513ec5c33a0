package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A latitude/longitude pair in degrees. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"latitude", "longitude"})
public class LatLng extends GeminiObject {

    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("latitude")
    private Number latitude;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("longitude")
    private Number longitude;

    @JsonIgnore
    public Double getLatitude() {
        return toDouble(latitude);
    }

    @JsonIgnore
    public LatLng setLatitude(Double latitude) {
        this.latitude = latitude;
        return this;
    }

    @JsonIgnore
    public Double getLongitude() {
        return toDouble(longitude);
    }

    @JsonIgnore
    public LatLng setLongitude(Double longitude) {
        this.longitude = longitude;
        return this;
    }
}
