package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/** The OpenAPI-subset schema used by {@code responseSchema} and function parameters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "type", "format", "title", "description", "nullable", "enum", "items", "maxItems", "minItems", "properties",
        "required", "minProperties", "maxProperties", "minimum", "maximum", "minLength", "maxLength", "pattern",
        "example", "anyOf", "propertyOrdering", "default"})
public class Schema extends GeminiObject {

    private String type;
    private String format;
    private String title;
    private String description;
    private Boolean nullable;
    @JsonProperty("enum")
    private List<String> enumValues;
    private Schema items;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("maxItems")
    private Number maxItems;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("minItems")
    private Number minItems;
    private Map<String, Schema> properties;
    private List<String> required;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("minProperties")
    private Number minProperties;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("maxProperties")
    private Number maxProperties;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("minimum")
    private Number minimum;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("maximum")
    private Number maximum;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("minLength")
    private Number minLength;
    /** Held as the Number read, so it is written back in the same form ({@code 0} stays {@code 0}). */
    @JsonProperty("maxLength")
    private Number maxLength;
    private String pattern;
    private Object example;
    private List<Schema> anyOf;
    private List<String> propertyOrdering;
    @JsonProperty("default")
    private Object defaultValue;

    public String getType() {
        return type;
    }

    public Schema setType(String type) {
        this.type = type;
        return this;
    }

    public String getFormat() {
        return format;
    }

    public Schema setFormat(String format) {
        this.format = format;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public Schema setTitle(String title) {
        this.title = title;
        return this;
    }

    public String getDescription() {
        return description;
    }

    public Schema setDescription(String description) {
        this.description = description;
        return this;
    }

    public Boolean getNullable() {
        return nullable;
    }

    public Schema setNullable(Boolean nullable) {
        this.nullable = nullable;
        return this;
    }

    public List<String> getEnumValues() {
        return enumValues;
    }

    public Schema setEnumValues(List<String> enumValues) {
        this.enumValues = enumValues;
        return this;
    }

    public Schema getItems() {
        return items;
    }

    public Schema setItems(Schema items) {
        this.items = items;
        return this;
    }

    @JsonIgnore
    public Long getMaxItems() {
        return toLong(maxItems);
    }

    @JsonIgnore
    public Schema setMaxItems(Long maxItems) {
        this.maxItems = maxItems;
        return this;
    }

    @JsonIgnore
    public Long getMinItems() {
        return toLong(minItems);
    }

    @JsonIgnore
    public Schema setMinItems(Long minItems) {
        this.minItems = minItems;
        return this;
    }

    public Map<String, Schema> getProperties() {
        return properties;
    }

    public Schema setProperties(Map<String, Schema> properties) {
        this.properties = properties;
        return this;
    }

    public List<String> getRequired() {
        return required;
    }

    public Schema setRequired(List<String> required) {
        this.required = required;
        return this;
    }

    @JsonIgnore
    public Long getMinProperties() {
        return toLong(minProperties);
    }

    @JsonIgnore
    public Schema setMinProperties(Long minProperties) {
        this.minProperties = minProperties;
        return this;
    }

    @JsonIgnore
    public Long getMaxProperties() {
        return toLong(maxProperties);
    }

    @JsonIgnore
    public Schema setMaxProperties(Long maxProperties) {
        this.maxProperties = maxProperties;
        return this;
    }

    @JsonIgnore
    public Double getMinimum() {
        return toDouble(minimum);
    }

    @JsonIgnore
    public Schema setMinimum(Double minimum) {
        this.minimum = minimum;
        return this;
    }

    @JsonIgnore
    public Double getMaximum() {
        return toDouble(maximum);
    }

    @JsonIgnore
    public Schema setMaximum(Double maximum) {
        this.maximum = maximum;
        return this;
    }

    @JsonIgnore
    public Long getMinLength() {
        return toLong(minLength);
    }

    @JsonIgnore
    public Schema setMinLength(Long minLength) {
        this.minLength = minLength;
        return this;
    }

    @JsonIgnore
    public Long getMaxLength() {
        return toLong(maxLength);
    }

    @JsonIgnore
    public Schema setMaxLength(Long maxLength) {
        this.maxLength = maxLength;
        return this;
    }

    public String getPattern() {
        return pattern;
    }

    public Schema setPattern(String pattern) {
        this.pattern = pattern;
        return this;
    }

    public Object getExample() {
        return example;
    }

    public Schema setExample(Object example) {
        this.example = example;
        return this;
    }

    public List<Schema> getAnyOf() {
        return anyOf;
    }

    public Schema setAnyOf(List<Schema> anyOf) {
        this.anyOf = anyOf;
        return this;
    }

    public List<String> getPropertyOrdering() {
        return propertyOrdering;
    }

    public Schema setPropertyOrdering(List<String> propertyOrdering) {
        this.propertyOrdering = propertyOrdering;
        return this;
    }

    public Object getDefaultValue() {
        return defaultValue;
    }

    public Schema setDefaultValue(Object defaultValue) {
        this.defaultValue = defaultValue;
        return this;
    }
}
