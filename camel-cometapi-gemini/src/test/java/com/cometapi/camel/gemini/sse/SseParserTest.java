package com.cometapi.camel.gemini.sse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SseParserTest {

    private static List<SseEvent> parse(byte[] bytes, int readSize) {
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>();
        for (int offset = 0; offset < bytes.length; offset += readSize) {
            parser.feed(ByteBuffer.wrap(bytes, offset, Math.min(readSize, bytes.length - offset)), events::add);
        }
        parser.end(events::add);
        return events;
    }

    private static List<String> data(String stream, int readSize) {
        return parse(stream.getBytes(StandardCharsets.UTF_8), readSize).stream().map(SseEvent::data).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = { "\r\n", "\n", "\r" })
    void splitsOnEveryLineEnding(String eol) {
        String stream = "data: {\"a\":1}" + eol + eol + "data: {\"b\":2}" + eol + eol;

        for (int readSize : new int[] { 1, 2, 3, 7, 1024 }) {
            assertThat(data(stream, readSize)).as("read size " + readSize).containsExactly("{\"a\":1}", "{\"b\":2}");
        }
    }

    @Test
    void multiByteCharactersSplitAcrossReadsStayIntact() {
        String stream = "data: {\"text\": \"秋风瑟瑟 – naïve 🚀\"}\r\n\r\n";

        assertThat(data(stream, 1)).containsExactly("{\"text\": \"秋风瑟瑟 – naïve 🚀\"}");
    }

    @Test
    void lastEventWithoutItsBlankLineIsDelivered() {
        assertThat(data("data: {\"a\":1}\r\n\r\ndata: {\"b\":2}\r\n", 5)).containsExactly("{\"a\":1}", "{\"b\":2}");
        assertThat(data("data: {\"a\":1}", 5)).containsExactly("{\"a\":1}");
    }

    @Test
    void bareMultiLineErrorBlockIsOneBareEvent() {
        String stream = "data: {\"t\":\"First\"}\r\n\r\n{\n  \"error\": {\n    \"code\": 499,\n    \"status\": \"CANCELLED\"\n  }\n}\n";

        List<SseEvent> events = parse(stream.getBytes(StandardCharsets.UTF_8), 4);

        assertThat(events).containsExactly(new SseEvent("{\"t\":\"First\"}", false),
                new SseEvent("{\n  \"error\": {\n    \"code\": 499,\n    \"status\": \"CANCELLED\"\n  }\n}", true));
    }

    @Test
    void joinsDataLinesAndIgnoresCommentsAndOtherFields() {
        String stream = ": keep-alive\nevent: message\nid: 7\nretry: 10\ndata: {\"a\":\ndata:1}\n\n";

        assertThat(data(stream, 3)).containsExactly("{\"a\":\n1}");
    }

    @Test
    void crlfSplitBetweenReadsIsOneLineEnding() {
        byte[] bytes = "data: x\r\n\r\ndata: y\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>();

        parser.feed(ByteBuffer.wrap(bytes, 0, 8), events::add);
        assertThat(events).isEmpty();
        parser.feed(ByteBuffer.wrap(bytes, 8, bytes.length - 8), events::add);

        assertThat(events).extracting(SseEvent::data).containsExactly("x", "y");
    }
}
