package com.cometapi.camel.gemini.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The stub server's counters, from its {@code GET /stats}. */
record Stats(long cpuNanos, long unaryCalls, long streams, long lastStreamWriteMillis) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stats fetch(String baseUrl) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(baseUrl + "/stats").openConnection();
            try (InputStream in = connection.getInputStream()) {
                JsonNode json = MAPPER.readTree(in);
                return new Stats(json.get("cpuNanos").asLong(), json.get("unaryCalls").asLong(),
                        json.get("streams").asLong(), json.get("lastStreamWriteMillis").asLong());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the stub server's /stats at " + baseUrl, e);
        }
    }
}
