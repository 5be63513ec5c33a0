package com.cometapi.camel.gemini.examples.streaming;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import com.cometapi.camel.gemini.examples.streaming.StreamingApplication.Story;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the streaming example against the mock, always (an explicit key and base URL win over COMETAPI_KEY).
 */
class StreamingApplicationTest {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    /** The route flushes once per chunk: each flush marks the text of one chunk and when it was printed. */
    private final List<String> printedChunks = new CopyOnWriteArrayList<>();
    private final List<Integer> eventsSentWhenPrinted = new CopyOnWriteArrayList<>();
    /** The mock holds event 1 until the first chunk is printed: proof by order, not by timing. */
    private final CountDownLatch firstChunkPrinted = new CountDownLatch(1);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream() {
        private int flushedUpTo;

        @Override
        public synchronized void flush() {
            printedChunks.add(new String(toByteArray(), flushedUpTo, size() - flushedUpTo, StandardCharsets.UTF_8));
            eventsSentWhenPrinted.add(gemini.eventsSent());
            flushedUpTo = size();
            if (printedChunks.size() == 2) {
                firstChunkPrinted.countDown();
            }
        }
    };

    @Test
    void printsEveryChunkAsItArrivesThenTheUsage() throws Exception {
        // snippet:streaming-test-event-gate
        gemini.enqueue(StreamingApplication.mockStory().withEventGate(1, firstChunkPrinted));

        Story story = StreamingApplication.run(gemini.baseUrl(), "test-key",
                new PrintStream(printed, false, StandardCharsets.UTF_8));

        List<String> chunks = printedChunks.subList(1, printedChunks.size()); // the first flush: the prompt lines
        assertThat(chunks).hasSize(StreamingApplication.MOCK_EVENTS).allSatisfy(chunk -> assertThat(chunk).isNotEmpty());
        assertThat(String.join("", chunks)).as("the chunks, in order").isEqualTo(StreamingApplication.MOCK_STORY);
        assertThat(eventsSentWhenPrinted.get(1)).as("events the mock had sent when the first chunk was printed")
                .isEqualTo(1);
        // end-snippet:streaming-test-event-gate

        assertThat(story.text()).isEqualTo(StreamingApplication.MOCK_STORY);
        assertThat(story.chunks()).isEqualTo(StreamingApplication.MOCK_EVENTS);
        assertThat(story.finishReason()).isEqualTo("STOP");
        assertThat(story.promptTokens()).isPositive();
        assertThat(story.answerTokens()).isPositive();
        assertThat(story.totalTokens()).isEqualTo(story.promptTokens() + story.answerTokens());

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains(StreamingApplication.MOCK_STORY,
                "Chunks : " + StreamingApplication.MOCK_EVENTS,
                "Tokens : prompt " + story.promptTokens() + ", answer " + story.answerTokens()
                + ", total " + story.totalTokens(),
                "Finish : STOP");
        assertThat(gemini.lastRequest().path()).isEqualTo("/v1beta/models/gemini-2.5-flash:streamGenerateContent");
        assertThat(gemini.lastRequest().queryParameter("alt")).isEqualTo("sse");
        assertThat(gemini.lastRequest().promptText()).isEqualTo(StreamingApplication.PROMPT);
    }
}
