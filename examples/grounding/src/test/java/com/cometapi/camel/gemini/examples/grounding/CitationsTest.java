package com.cometapi.camel.gemini.examples.grounding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.cometapi.camel.gemini.examples.grounding.Citations.CitedAnswer;
import com.cometapi.camel.gemini.model.GroundingChunk;
import com.cometapi.camel.gemini.model.GroundingMetadata;
import com.cometapi.camel.gemini.model.GroundingSupport;
import com.cometapi.camel.gemini.model.Segment;
import com.cometapi.camel.gemini.model.WebChunk;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CitationsTest {

    @Test
    void convertsUtf8ByteOffsetsToCharIndexes() {
        String text = "Zürich — 😀 ok";
        assertThat(Citations.charIndex(text, 0)).isZero();
        assertThat(Citations.charIndex(text, 7)).as("after 'Zürich' (ü is 2 bytes)").isEqualTo(6);
        assertThat(Citations.charIndex(text, 11)).as("after ' —' (— is 3 bytes)").isEqualTo(8);
        assertThat(Citations.charIndex(text, 16)).as("after ' 😀' (4 bytes, 2 chars)").isEqualTo(11);
        assertThat(Citations.charIndex(text, 2)).as("inside ü: moves to its end").isEqualTo(2);
        assertThat(Citations.charIndex(text, 19)).as("the end").isEqualTo(text.length());
        assertThat(Citations.charIndex(text, 20)).as("past the end").isEqualTo(-1);
    }

    @Test
    void placesMarkersAtSegmentEndsCountedInBytes() {
        String text = "Grüße aus Köln. Es regnet.";
        GroundingMetadata grounding = grounding(2,
                support(0, bytes("Grüße aus Köln."), 0),
                support(bytes("Grüße aus Köln. "), bytes(text), 1, 0));

        CitedAnswer cited = Citations.cite(text, grounding);

        assertThat(cited.text()).isEqualTo("Grüße aus Köln.[1] Es regnet.[1][2]");
        assertThat(cited.ignoredReferences()).isZero();
    }

    @Test
    void ignoresChunkIndicesOutOfRangeAndSegmentsPastTheEnd() {
        String text = "One. Two.";
        GroundingMetadata grounding = grounding(1,
                support(0, 4, 0, 1, -1),
                support(5, 99, 0));

        CitedAnswer cited = Citations.cite(text, grounding);

        assertThat(cited.text()).isEqualTo("One.[1] Two.");
        assertThat(cited.ignoredReferences()).isEqualTo(3);
        assertThat(cited.skipped()).extracting(Citations.SkippedReference::source, Citations.SkippedReference::reason)
                .containsExactly(
                        tuple(2, "the grounding lists 1 source(s), not this one"),
                        tuple(0, "the grounding lists 1 source(s), not this one"),
                        tuple(1, "its segment is not within the answer"));
    }

    @Test
    void numbersEveryChunkAndKeepsNonWebChunksInPlace() {
        GroundingMetadata grounding = grounding(1, support(0, 3, 1));
        grounding.getGroundingChunks().add(new GroundingChunk());

        CitedAnswer cited = Citations.cite("Yes.", grounding);

        assertThat(cited.text()).isEqualTo("Yes[2].");
        assertThat(cited.sources()).containsExactly(new Citations.Source(1, "title 0", "https://example.com/0"),
                new Citations.Source(2, null, null));
    }

    @Test
    void leavesAnUngroundedAnswerAlone() {
        CitedAnswer cited = Citations.cite("Plain.", null);

        assertThat(cited.text()).isEqualTo("Plain.");
        assertThat(cited.sources()).isEmpty();
        assertThat(cited.searchQueries()).isEmpty();
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static GroundingMetadata grounding(int webChunks, GroundingSupport... supports) {
        List<GroundingChunk> chunks = new ArrayList<>();
        for (int i = 0; i < webChunks; i++) {
            chunks.add(new GroundingChunk().setWeb(new WebChunk().setUri("https://example.com/" + i)
                    .setTitle("title " + i)));
        }
        return new GroundingMetadata().setGroundingChunks(chunks).setGroundingSupports(List.of(supports))
                .setWebSearchQueries(List.of("query"));
    }

    private static GroundingSupport support(int start, int end, Integer... chunkIndices) {
        return new GroundingSupport().setSegment(new Segment().setStartIndex(start).setEndIndex(end))
                .setGroundingChunkIndices(List.of(chunkIndices));
    }
}
