package com.cometapi.camel.gemini.test;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MockReplyTest {

    @Test
    void withMethodsReturnNewInstancesAndLeaveTheOriginalAlone() {
        MockReply base = MockReply.text("hi");
        MockReply changed = base.withFinishReason("MAX_TOKENS").withHeader("a", "b");

        assertThat(changed).isNotSameAs(base);
        assertThat(base.finishReason).isEqualTo("STOP");
        assertThat(base.headers).isEmpty();
        assertThat(changed.finishReason).isEqualTo("MAX_TOKENS");
        assertThat(changed.headers).hasSize(1);
    }

    @Test
    void refinementsOfTheWrongKindSayWhereTheyApply() {
        assertThatThrownBy(() -> MockReply.text("x").withRetryDelay("1s"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("error replies");
        assertThatThrownBy(() -> MockReply.error(500, "INTERNAL", "boom").withFinishReason("STOP"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("withFinishReason")
                .hasMessageContaining("not to a error reply");
        assertThatThrownBy(() -> MockReply.text("x").withCallId("c1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("functionCall");
        assertThatThrownBy(() -> MockReply.text("x").withStreamChunks(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidJsonIsRefusedWhenTheReplyIsBuilt() {
        assertThatThrownBy(() -> MockReply.json("{oops")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> MockReply.stream("{\n\"a\": 1}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one line");
    }

    @Test
    void callIdAndSignatureApplyToTheLastCall() {
        MockReply reply = MockReply.functionCall("a", Map.of()).withCallId("1")
                .andFunctionCall("b", null).withCallId("2").withThoughtSignature("sig");

        assertThat(reply.functionCalls).extracting(MockReply.FunctionCallSpec::id).containsExactly("1", "2");
        assertThat(reply.functionCalls).extracting(MockReply.FunctionCallSpec::thoughtSignature)
                .containsExactly(null, "sig");
    }

    @Test
    void textSplitsAtWordStartsAndJoinsBackExactly() {
        assertThat(Text.split("The capital of Wyoming is Cheyenne.", 3))
                .containsExactly("The capital", " of Wyoming", " is Cheyenne.");
        assertThat(Text.split("  padded   words  ", 2)).containsExactly("  padded", "   words  ");
        assertThat(Text.split("one", 3)).containsExactly("one");
        assertThat(Text.split("", 3)).containsExactly("");
        assertThat(String.join("", Text.split("a b c d e f g", 3))).isEqualTo("a b c d e f g");
        assertThat(Text.wordCount(" a  b\nc ")).isEqualTo(3);
    }

    @Test
    void sseFramesSplitAfterEachEventTerminator() {
        byte[] body = "data: 1\r\n\r\ndata: 2\n\ndata: 3\r\rtail".getBytes();

        List<byte[]> frames = SseFrames.split(body);

        assertThat(frames).extracting(String::new)
                .containsExactly("data: 1\r\n\r\n", "data: 2\n\n", "data: 3\r\r", "tail");
    }
}
