package com.cometapi.camel.gemini.model;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeminiJsonTest {

    private static String event(String text) {
        return "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"" + text + "\"}]},\"index\":0}],"
               + "\"usageMetadata\":{\"promptTokenCount\":3,\"candidatesTokenCount\":4,\"totalTokenCount\":7}}";
    }

    @Test
    void readEventKeepsTextOutsideAsciiAsTheStringParserReadsIt() throws Exception {
        // two-, three- and four-byte UTF-8 characters (a surrogate pair in Java), raw and escaped
        String json = event("café 日本語 🙂 \\u00e9\\ud83d\\ude42 \\\"quoted\\\" line\\nbreak");

        GenerateContentResponse fromBytes = GeminiJson.readEvent(json);

        assertThat(fromBytes.text()).isEqualTo("café 日本語 🙂 é🙂 \"quoted\" line\nbreak");
        GenerateContentResponse fromString = GeminiJson.MAPPER.readValue(json, GenerateContentResponse.class);
        assertThat(fromBytes.text()).isEqualTo(fromString.text());
        assertThat(fromBytes.getUsageMetadata().getTotalTokenCount()).isEqualTo(7);
    }

    @Test
    void readEventFailsOnMalformedJson() {
        assertThatThrownBy(() -> GeminiJson.readEvent("{\"candidates\":[{\"content\":"))
                .isInstanceOf(IOException.class);
    }
}
