package com.cometapi.camel.gemini.sse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonArraySplitterTest {

    private static final String FIRST =
            "{\n  \"candidates\": [{\"content\": {\"parts\": [{\"text\": \"秋风 } ] \\\" { 🚀 \\\\\"}]}}]\n}";
    private static final String SECOND = "{\"usageMetadata\": {\"promptTokenCount\": 7}, \"list\": [[], {}, \"[\"]}";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Feeds {@code bytes} in reads of {@code readSize}, then ends the body. */
    private static List<String> split(byte[] bytes, int readSize) {
        JsonArraySplitter splitter = new JsonArraySplitter();
        List<String> elements = new ArrayList<>();
        for (int offset = 0; offset < bytes.length; offset += readSize) {
            splitter.feed(ByteBuffer.wrap(bytes, offset, Math.min(readSize, bytes.length - offset)), elements::add);
        }
        splitter.end(elements::add);
        return elements;
    }

    private static List<String> split(String body) {
        return split(utf8(body), 1024);
    }

    @Test
    void arrayElementsComeOutAsTheirClosingBraceArrives() {
        JsonArraySplitter splitter = new JsonArraySplitter();
        List<String> elements = new ArrayList<>();

        splitter.feed(ByteBuffer.wrap(utf8("[{\"a\": {\"b\": 1}")), elements::add);
        assertThat(elements).isEmpty();
        splitter.feed(ByteBuffer.wrap(utf8("}")), elements::add);
        assertThat(elements).containsExactly("{\"a\": {\"b\": 1}}");
        splitter.feed(ByteBuffer.wrap(utf8(",\r\n {\"c\": 2")), elements::add);
        assertThat(elements).hasSize(1);
        splitter.feed(ByteBuffer.wrap(utf8("}]")), elements::add);
        splitter.end(elements::add);

        assertThat(elements).containsExactly("{\"a\": {\"b\": 1}}", "{\"c\": 2}");
    }

    @Test
    void everySplitPointGivesTheSameElements() {
        byte[] bytes = utf8("[" + FIRST + "\r\n,\n  " + SECOND + "\n]\n");

        assertThat(split(bytes, 1)).as("byte by byte").containsExactly(FIRST, SECOND);
        for (int first = 0; first <= bytes.length; first++) {
            for (int second = first; second <= bytes.length; second += 5) {
                JsonArraySplitter splitter = new JsonArraySplitter();
                List<String> elements = new ArrayList<>();
                splitter.feed(ByteBuffer.wrap(bytes, 0, first), elements::add);
                splitter.feed(ByteBuffer.wrap(bytes, first, second - first), elements::add);
                splitter.feed(ByteBuffer.wrap(bytes, second, bytes.length - second), elements::add);
                splitter.end(elements::add);

                assertThat(elements).as("split at %d and %d", first, second).containsExactly(FIRST, SECOND);
            }
        }
    }

    @Test
    void singleTopLevelObjectIsOneElement() {
        assertThat(split(" \n" + FIRST + "\n")).containsExactly(FIRST);
    }

    @Test
    void emptyArrayGivesNoElements() {
        assertThat(split(" [ \n ] ")).isEmpty();
    }

    @Test
    void byteOrderMarkBeforeTheArrayIsSkipped() {
        byte[] body = utf8("[{\"a\":1}]");
        byte[] withMark = new byte[body.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withMark, 3, body.length);

        assertThat(split(withMark, 1)).containsExactly("{\"a\":1}");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Hello", "[1, 2]", "[{\"a\":1}, \"text\"]", "[{\"a\":1} {\"b\":2}]", "[{\"a\":1},]",
            "[[{\"a\":1}]]", "[{\"a\":1}] x", "{\"a\":1}{\"b\":2}", "null", "[{\"a\":1}]]" })
    void inputThatIsNotAnArrayOfObjectsFailsNamingWhatWasFound(String body) {
        assertThatThrownBy(() -> split(body))
                .isInstanceOf(StreamFormatException.class)
                .hasMessageContaining("not an array of objects")
                .hasMessageMatching("(?s).*found ('.'|byte 0x..) at byte \\d+.*");
    }

    @Test
    void failureNamesTheOffendingCharacterAndItsPlace() {
        assertThatThrownBy(() -> split("[{\"a\":1}, 42]"))
                .hasMessageContaining("expected '{' but found '4' at byte 10 (after 1 complete element(s))");
    }

    @Test
    void elementsBeforeAFailureAreDelivered() {
        JsonArraySplitter splitter = new JsonArraySplitter();
        List<String> elements = new ArrayList<>();

        assertThatThrownBy(() -> splitter.feed(ByteBuffer.wrap(utf8("[{\"a\":1},{\"b\":2}<html>")), elements::add))
                .isInstanceOf(StreamFormatException.class);
        assertThat(elements).containsExactly("{\"a\":1}", "{\"b\":2}");
    }

    @ParameterizedTest
    @ValueSource(strings = { "[{\"a\":1},{\"b\":", "[{\"a\":1}", "[{\"a\":1},", "{\"a\": \"}" })
    void bodyEndingBeforeTheArrayIsCompleteFails(String body) {
        assertThatThrownBy(() -> split(body))
                .isInstanceOf(StreamFormatException.class)
                .hasMessageContaining("ended before");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " \r\n " })
    void emptyBodyFails(String body) {
        assertThatThrownBy(() -> split(body))
                .isInstanceOf(StreamFormatException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void elementOverTheLimitFailsNamingTheLimit() {
        JsonArraySplitter splitter = new JsonArraySplitter(32);
        ByteBuffer body = ByteBuffer.wrap(utf8("[{\"text\": \"" + "x".repeat(100) + "\"}]"));

        assertThatThrownBy(() -> splitter.feed(body, element -> { }))
                .isInstanceOf(SseLimitException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageContaining("too large");
        assertThat(body.position()).isEqualTo(1 + 33);
    }

    @Test
    void limitIsPerElementAndWhitespaceBetweenElementsDoesNotCount() {
        String element = "{\"t\": \"" + "x".repeat(9) + "\"}";
        String body = "[" + String.join(",      \n      ", new String[] { element, element, element }) + "]";
        JsonArraySplitter splitter = new JsonArraySplitter(element.length());
        List<String> elements = new ArrayList<>();

        splitter.feed(ByteBuffer.wrap(utf8(body)), elements::add);
        splitter.end(elements::add);

        assertThat(elements).hasSize(3).allMatch(element::equals);
    }
}
