package com.cometapi.camel.gemini;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema {@code outputClass} sends as responseJsonSchema stays inside the JSON Schema subset Gemini documents
 * for that field, whatever the class looks like: nested and repeated classes, maps, single-value enums, property
 * descriptions, and classes that refer to themselves.
 */
class GeminiOutputClassSchemaTest {

    /** The keywords Gemini's responseJsonSchema takes (generative_service.proto, GenerationConfig). */
    private static final Set<String> GEMINI_KEYWORDS = Set.of("$id", "$defs", "$ref", "$anchor", "type", "format",
            "title", "description", "enum", "items", "prefixItems", "minItems", "maxItems", "minimum", "maximum",
            "anyOf", "oneOf", "properties", "additionalProperties", "required", "propertyOrdering");

    public enum Only {
        ONE
    }

    @JsonClassDescription("A postal address")
    public record Address(String street, @JsonPropertyDescription("City name") String city) {
    }

    public record Customer(String name, Address home, @JsonPropertyDescription("Where the goods go") Address delivery,
                           List<Address> others, Map<String, Integer> scores, LocalDate since, Only only,
                           @JsonIgnore String internal) {
    }

    @JsonPropertyOrder({ "b", "a" })
    public record Ordered(String a, String b) {
    }

    /** A tree: refers to itself directly and through a list. */
    public static class Category {
        public String name;
        @JsonPropertyDescription("The category above this one")
        public Category parent;
        public List<Category> children = new ArrayList<>();
    }

    public record Catalog(@JsonProperty(required = true) String title, Category root, Category other) {
    }

    @Test
    void nestedClassesAreInlinedWithoutDefinitions() {
        ObjectNode schema = OutputSchema.of(Customer.class);

        assertThat(schema.has("$defs")).isFalse();
        assertThat(schema.has("$schema")).isFalse();
        assertThat(schema.findValues("$ref")).isEmpty();
        assertThat(schema.at("/properties/home/properties/city").toString())
                .isEqualTo("{\"type\":\"string\",\"description\":\"City name\"}");
        assertThat(schema.at("/properties/others/items/description").asText()).isEqualTo("A postal address");
        onlyGeminiKeywords(schema);
    }

    @Test
    void aPropertyDescriptionWinsOverItsClassDescriptionWithoutAllOf() {
        ObjectNode schema = OutputSchema.of(Customer.class);

        assertThat(schema.findValues("allOf")).isEmpty();
        assertThat(schema.at("/properties/delivery/description").asText()).isEqualTo("Where the goods go");
        assertThat(schema.at("/properties/delivery/type").asText()).isEqualTo("object");
        assertThat(schema.at("/properties/delivery/properties/street/type").asText()).isEqualTo("string");
        assertThat(schema.at("/properties/home/description").asText()).isEqualTo("A postal address");
    }

    @Test
    void propertiesKeepDeclarationOrderUnlessJsonPropertyOrderSays() {
        assertThat(fieldNames(OutputSchema.of(Customer.class).path("properties")))
                .containsExactly("name", "home", "delivery", "others", "scores", "since", "only");
        assertThat(fieldNames(OutputSchema.of(Ordered.class).path("properties"))).containsExactly("b", "a");
    }

    @Test
    void mapsEnumsAndDatesUseSupportedKeywords() {
        ObjectNode schema = OutputSchema.of(Customer.class);

        assertThat(schema.at("/properties/scores").toString())
                .isEqualTo("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}}");
        assertThat(schema.at("/properties/only").toString()).isEqualTo("{\"type\":\"string\",\"enum\":[\"ONE\"]}");
        assertThat(schema.at("/properties/since").toString())
                .isEqualTo("{\"type\":\"string\",\"format\":\"date\"}");
        assertThat(schema.findValues("const")).isEmpty();
        assertThat(schema.has("required")).isFalse();
    }

    @Test
    void aClassThatRefersToItselfGoesThroughDefinitions() {
        ObjectNode schema = OutputSchema.of(Catalog.class);

        assertThat(schema.path("required").toString()).isEqualTo("[\"title\"]");
        JsonNode category = schema.at("/$defs/Category");
        assertThat(category.path("type").asText()).isEqualTo("object");
        assertThat(schema.at("/properties/root").toString()).isEqualTo("{\"$ref\":\"#/$defs/Category\"}");
        assertThat(category.at("/properties/children/items").toString()).isEqualTo("{\"$ref\":\"#/$defs/Category\"}");
        // Gemini takes no keyword beside a $ref: the description stays, the reference moves into anyOf
        assertThat(category.at("/properties/parent").toString()).isEqualTo(
                "{\"description\":\"The category above this one\",\"anyOf\":[{\"$ref\":\"#/$defs/Category\"}]}");
        onlyGeminiKeywords(schema);
    }

    @Test
    void theClassItselfIsReferencedAsTheRoot() {
        ObjectNode schema = OutputSchema.of(Category.class);

        assertThat(schema.has("$defs")).isFalse();
        assertThat(schema.at("/properties/children/items").toString()).isEqualTo("{\"$ref\":\"#\"}");
        assertThat(schema.at("/properties/parent/anyOf/0").toString()).isEqualTo("{\"$ref\":\"#\"}");
        onlyGeminiKeywords(schema);
    }

    /** Every schema object uses only Gemini's keywords, and a $ref stands alone. */
    private static void onlyGeminiKeywords(JsonNode schema) {
        List<String> keywords = fieldNames(schema);
        assertThat(GEMINI_KEYWORDS).as(schema.toString()).containsAll(keywords);
        if (schema.has("$ref")) {
            assertThat(keywords).as(schema.toString()).allMatch(keyword -> keyword.startsWith("$"));
        }
        schema.path("properties").forEach(GeminiOutputClassSchemaTest::onlyGeminiKeywords);
        schema.path("$defs").forEach(GeminiOutputClassSchemaTest::onlyGeminiKeywords);
        schema.path("anyOf").forEach(GeminiOutputClassSchemaTest::onlyGeminiKeywords);
        if (schema.path("items").isObject()) {
            onlyGeminiKeywords(schema.path("items"));
        }
        if (schema.path("additionalProperties").isObject()) {
            onlyGeminiKeywords(schema.path("additionalProperties"));
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
