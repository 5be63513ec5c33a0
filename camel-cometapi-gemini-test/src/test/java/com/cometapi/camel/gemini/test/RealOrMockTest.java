package com.cometapi.camel.gemini.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RealOrMockTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void withoutAKeyTheRunTalksToAScriptedMockThatStopsAfterwards() throws Exception {
        List<String> baseUrls = new ArrayList<>();
        List<String> answers = new ArrayList<>();

        RealOrMock.run(" ", out, "a scripted answer", mock -> mock.enqueue(MockReply.text("scripted")),
                (baseUrl, apiKey) -> {
                    baseUrls.add(baseUrl);
                    assertThat(apiKey).isEqualTo(RealOrMock.MOCK_API_KEY);
                    answers.add(generate(baseUrl));
                });

        assertThat(baseUrls).hasSize(1);
        assertThat(answers).singleElement().asString().contains("\"text\": \"scripted\"");
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("COMETAPI_KEY is not set: using the offline MockGeminiServer at " + baseUrls.get(0)
                          + " (a scripted answer).")
                .contains("export COMETAPI_KEY=");
        assertThatThrownBy(() -> generate(baseUrls.get(0))).as("the mock is stopped after the run")
                .isInstanceOf(IOException.class);
    }

    @Test
    void withAKeyTheRunGetsNoBaseUrlNorKeySoTheComponentCallsTheRealApi() throws Exception {
        List<String> arguments = new ArrayList<>();

        RealOrMock.run("a-real-key-value", out, "unused", mock -> {
            throw new AssertionError("no mock for the real API");
        }, (baseUrl, apiKey) -> {
            arguments.add(baseUrl);
            arguments.add(apiKey);
        });

        assertThat(arguments).containsExactly(null, null);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("COMETAPI_KEY is set: calling the real Gemini API through https://api.cometapi.com"
                           + System.lineSeparator())
                .doesNotContain("a-real-key-value");
    }

    private static String generate(String baseUrl) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1beta/models/gemini-2.5-flash:generateContent"))
                .header("x-goog-api-key", RealOrMock.MOCK_API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"contents\":[{\"parts\":[{\"text\":\"hi\"}]}]}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
