package com.cometapi.camel.gemini.sse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** Feeds {@code bytes} in reads that end at the given offsets (ascending), then ends the stream. */
    private static List<SseEvent> parseSplitAt(byte[] bytes, int... splits) {
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>();
        int from = 0;
        for (int split : splits) {
            parser.feed(ByteBuffer.wrap(bytes, from, split - from), events::add);
            from = split;
        }
        parser.feed(ByteBuffer.wrap(bytes, from, bytes.length - from), events::add);
        parser.end(events::add);
        return events;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
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

    @Test
    void byteOrderMarkBeforeFirstLineIsSkipped() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("data: {\"a\":1}\r\n\r\n"));

        for (int readSize : new int[] { 1, 2, 4, 1024 }) {
            assertThat(parse(bytes, readSize)).as("read size " + readSize)
                    .containsExactly(new SseEvent("{\"a\":1}", false));
        }
    }

    @Test
    void byteOrderMarkLaterInTheStreamIsText() {
        assertThat(data("data: a\n\n\uFEFFdata: b\n\ndata: \uFEFFc\n\n", 1)).containsExactly("a", "\uFEFFc");
    }

    @Test
    void unknownFieldLineKeepsTheEventsData() {
        String stream = "data: {\"a\":\ncustom: x\nx-gateway-trace:abc\nid: 7\nevent: chunk\nretry: 100\ndata:1}\n\n";

        assertThat(parse(utf8(stream), 3)).containsExactly(new SseEvent("{\"a\":\n1}", false));
    }

    @Test
    void fieldNameWithoutColonIsIgnored() {
        assertThat(data("data: a\nevent\nheartbeat\ndata: b\n\n", 2)).containsExactly("a\nb");
    }

    @Test
    void dataFieldWithoutColonIsAnEmptyLineOfData() {
        assertThat(data("data: a\ndata\ndata: b\n\n", 2)).containsExactly("a\n\nb");
    }

    @Test
    void emptyDataEventIsSkipped() {
        String stream = "data:\n\ndata: \r\n\r\n: ping\n\ndata: {\"a\":1}\n\ndata:\ndata:  \n\nevent: ping\nid: 3\n\n";

        assertThat(parse(utf8(stream), 5)).containsExactly(new SseEvent("{\"a\":1}", false));
    }

    @Test
    void lastEmptyDataEventWithoutBlankLineIsSkipped() {
        assertThat(data("data: {\"a\":1}\n\ndata: ", 4)).containsExactly("{\"a\":1}");
    }

    @Test
    void bareErrorBlockIsDeliveredWhenItsBracesBalanceBeforeTheStreamEnds() {
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>();

        String start = "data: {\"t\":1}\r\n\r\n{\n  \"error\": {\n    \"code\": 499\n  }\n";
        parser.feed(ByteBuffer.wrap(utf8(start)), events::add);
        assertThat(events).containsExactly(new SseEvent("{\"t\":1}", false));
        parser.feed(ByteBuffer.wrap(utf8("}\n")), events::add);

        assertThat(events).containsExactly(new SseEvent("{\"t\":1}", false),
                new SseEvent("{\n  \"error\": {\n    \"code\": 499\n  }\n}", true));
    }

    @Test
    void bracesInsideStringsDoNotEndTheBareBlock() {
        String block = "{\n  \"error\": {\n    \"message\": \"a } b \\\" } \\\\\",\n"
                + "    \"details\": [\n      \"]}\"\n    ]\n  }\n}";

        List<SseEvent> events = parse(utf8(block + "\ndata: {\"after\":1}\n\n"), 3);

        assertThat(events).containsExactly(new SseEvent(block, true), new SseEvent("{\"after\":1}", false));
    }

    @Test
    void dataLinesAfterABalancedBareBlockAreNotSwallowed() {
        List<SseEvent> events = parse(utf8("{\"error\": {\"code\": 429}}\ndata: x\n\n"), 1);

        assertThat(events).containsExactly(new SseEvent("{\"error\": {\"code\": 429}}", true),
                new SseEvent("x", false));
    }

    @Test
    void pendingDataEventIsDeliveredBeforeABareBlockThatFollowsItWithoutBlankLine() {
        List<SseEvent> events = parse(utf8("data: x\n{\"error\": {}}\n"), 2);

        assertThat(events).containsExactly(new SseEvent("x", false), new SseEvent("{\"error\": {}}", true));
    }

    @Test
    void unbalancedBareBlockEndsAtTheBlankLine() {
        List<SseEvent> events = parse(utf8("  {\n  \"error\": {\n\ndata: x\n\n"), 2);

        assertThat(events).containsExactly(new SseEvent("  {\n  \"error\": {", true), new SseEvent("x", false));
    }

    @ParameterizedTest
    @ValueSource(strings = { "[", "]", "}", "\"error\": {}", "\t{" })
    void lineStartingWithJsonIsABareBlockNotAField(String line) {
        List<SseEvent> events = parse(utf8(line + "\n\n"), 1);

        assertThat(events).containsExactly(new SseEvent(line, true));
    }

    @Test
    void everySplitPointGivesTheSameEvents() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(
                "data: {\"t\": \"秋风 🚀\"}\r\nid: 1\r\n\r\n: ping\r\ndata:\r\n\r\nx-trace: 9\ndata: {\"u\":\ndata: 2}\r\r"
                + "{\n  \"error\": {\"code\": \"RESOURCE_EXHAUSTED\", \"message\": \"}\"}\n}\n"));
        List<SseEvent> expected = List.of(new SseEvent("{\"t\": \"秋风 🚀\"}", false), new SseEvent("{\"u\":\n2}", false),
                new SseEvent("{\n  \"error\": {\"code\": \"RESOURCE_EXHAUSTED\", \"message\": \"}\"}\n}", true));

        assertThat(parse(bytes, 1)).as("byte by byte").isEqualTo(expected);
        for (int first = 0; first <= bytes.length; first++) {
            for (int second = first; second <= bytes.length; second += 7) {
                assertThat(parseSplitAt(bytes, first, second)).as("split at %d and %d", first, second)
                        .isEqualTo(expected);
            }
        }
    }

    /**
     * The line-end scan reads eight bytes at a time: at every position of a line (within a word and at its edges), a
     * CR or LF is found where a byte-by-byte scan finds it, with bytes that differ from CR and LF only in their high
     * bit or by one around it, and UTF-8 bytes above 0x80.
     */
    @Test
    void lineEndScanFindsTheFirstCarriageReturnOrLineFeedAtEveryPosition() {
        byte[] near = {'a', (byte) 0x8A, (byte) 0x8D, 0x0B, 0x0C, 0x09, 0x0E, (byte) 0xE7, (byte) 0xA7, (byte) 0x8B, 0};
        for (int length = 0; length <= 40; length++) {
            for (int offset = 0; offset <= 9; offset++) {
                for (byte end : new byte[] {'\r', '\n'}) {
                    for (int at = offset; at <= offset + length; at++) {
                        byte[] bytes = new byte[offset + length + 3];
                        for (int i = 0; i < bytes.length; i++) {
                            bytes[i] = near[(i * 7 + length) % near.length];
                        }
                        if (at < offset + length) {
                            bytes[at] = end;
                            bytes[offset + length - 1] = (byte) ('\r' + '\n' - end);
                        }
                        bytes[offset + length] = '\n';
                        assertThat(SseParser.lineEnd(bytes, offset, offset + length))
                                .as("length %d, offset %d, %d at %d", length, offset, end, at)
                                .isEqualTo(firstLineEnd(bytes, offset, offset + length));
                    }
                }
            }
        }
    }

    private static int firstLineEnd(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\r' || bytes[i] == '\n') {
                return i;
            }
        }
        return to;
    }

    @Test
    void lineOverTheLimitFailsNamingTheLimit() {
        SseParser parser = new SseParser(64);

        assertThatThrownBy(() -> parser.feed(ByteBuffer.wrap(utf8("data: " + "x".repeat(100))), event -> { }))
                .isInstanceOf(SseLimitException.class)
                .hasMessageContaining("64 bytes")
                .hasMessageContaining("too large")
                .satisfies(e -> assertThat(((SseLimitException) e).maxEventBytes()).isEqualTo(64));
    }

    @Test
    void readingStopsAtTheByteThatPassesTheLimit() {
        SseParser parser = new SseParser(16);
        List<SseEvent> events = new ArrayList<>();
        parser.feed(ByteBuffer.wrap(utf8("data: 0123456789\n\n")), events::add);
        assertThat(events).extracting(SseEvent::data).containsExactly("0123456789");

        ByteBuffer tooLong = ByteBuffer.wrap(utf8("data: 0123456789ABCDEF"));

        assertThatThrownBy(() -> parser.feed(tooLong, events::add)).isInstanceOf(SseLimitException.class);
        assertThat(tooLong.position()).isEqualTo(17);
    }

    @Test
    void eventOverTheLimitAcrossManyLinesFails() {
        SseParser parser = new SseParser(32);
        String line = "data: 012\n";
        List<SseEvent> events = new ArrayList<>();

        for (int i = 0; i < 20; i++) {
            parser.feed(ByteBuffer.wrap(utf8(line + "\n")), events::add);
        }
        assertThat(events).hasSize(20);

        assertThatThrownBy(() -> parser.feed(ByteBuffer.wrap(utf8(line.repeat(4))), events::add))
                .isInstanceOf(SseLimitException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void bareBlockOverTheLimitFails() {
        SseParser parser = new SseParser(32);

        assertThatThrownBy(() -> parser.feed(ByteBuffer.wrap(utf8("{\n  \"error\": {\n    \"message\": \"long\"\n")),
                event -> { }))
                .isInstanceOf(SseLimitException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void limitMustBePositive() {
        assertThatThrownBy(() -> new SseParser(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxEventBytes");
    }
}
