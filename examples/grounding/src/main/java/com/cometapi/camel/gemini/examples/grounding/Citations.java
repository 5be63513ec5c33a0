package com.cometapi.camel.gemini.examples.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import com.cometapi.camel.gemini.model.GroundingChunk;
import com.cometapi.camel.gemini.model.GroundingMetadata;
import com.cometapi.camel.gemini.model.GroundingSupport;
import com.cometapi.camel.gemini.model.Segment;
import com.cometapi.camel.gemini.model.WebChunk;

/**
 * Turns an answer and its {@code groundingMetadata} into a cited answer: a marker {@code [n]} after every grounded
 * segment, where {@code n} numbers the web source ({@code groundingChunks[n - 1]}) that supports it.
 * <p>
 * Two details of the real API matter here:
 * <ul>
 * <li>{@code segment.startIndex} / {@code endIndex} count UTF-8 <em>bytes</em> of the answer, not Java
 * {@code char}s: every {@code ü}, {@code °} or {@code —} before a segment shifts a char-based insertion to the
 * wrong place. {@link #charIndex} converts.</li>
 * <li>{@code groundingChunkIndices} may name chunks that are not in {@code groundingChunks} (seen with URL context
 * and search grounding alike). Such references are skipped and counted, never turned into a marker that points at
 * nothing.</li>
 * </ul>
 */
public final class Citations {

    /** One numbered source: {@code number} is the chunk's index + 1; title and URI are null for a non-web chunk. */
    public record Source(int number, String title, String uri) {
    }

    /**
     * A reference of the grounding data that cannot become a marker.
     *
     * @param source  the source number it names (chunk index + 1), or null when the index itself is missing
     * @param segment the text of the segment it is attached to, as the grounding data gives it (may be null)
     * @param reason  why no marker was added, in words
     */
    public record SkippedReference(Integer source, String segment, String reason) {
    }

    /**
     * The answer with its citation markers, every source of the grounding in chunk order, the searches Gemini ran,
     * and the references skipped because they named no listed source or a segment outside the answer.
     */
    public record CitedAnswer(String text, List<Source> sources, List<String> searchQueries,
                              List<SkippedReference> skipped) {

        /** How many references were skipped. */
        public int ignoredReferences() {
            return skipped.size();
        }
    }

    private Citations() {
    }

    /**
     * Inserts the citation markers of {@code grounding} into {@code answer}.
     *
     * @param answer    the answer text, as the component puts it in the body
     * @param grounding the {@code CamelGeminiGroundingMetadata} header; null gives the answer unchanged, no sources
     */
    public static CitedAnswer cite(String answer, GroundingMetadata grounding) {
        String text = answer == null ? "" : answer;
        if (grounding == null) {
            return new CitedAnswer(text, List.of(), List.of(), List.of());
        }
        List<GroundingChunk> chunks = grounding.getGroundingChunks() == null ? List.of()
                : grounding.getGroundingChunks();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            WebChunk web = chunks.get(i) == null ? null : chunks.get(i).getWeb();
            sources.add(new Source(i + 1, web == null ? null : web.getTitle(), web == null ? null : web.getUri()));
        }

        // snippet:grounding-citation-markers
        NavigableMap<Integer, SortedSet<Integer>> markers = new TreeMap<>();
        List<SkippedReference> skipped = new ArrayList<>();
        List<GroundingSupport> supports = grounding.getGroundingSupports() == null ? List.of()
                : grounding.getGroundingSupports();
        for (GroundingSupport support : supports) {
            List<Integer> indices = support.getGroundingChunkIndices() == null ? List.of()
                    : support.getGroundingChunkIndices();
            Segment segment = support.getSegment();
            String segmentText = segment == null ? null : segment.getText();
            int at = segment == null || segment.getEndIndex() == null ? -1 : charIndex(text, segment.getEndIndex());
            for (Integer index : indices) {
                Integer number = index == null ? null : index + 1;
                if (index == null || index < 0 || index >= chunks.size()) {
                    skipped.add(new SkippedReference(number, segmentText,
                            "the grounding lists " + chunks.size() + " source(s), not this one"));
                } else if (at < 0) {
                    skipped.add(new SkippedReference(number, segmentText, "its segment is not within the answer"));
                } else {
                    markers.computeIfAbsent(at, position -> new TreeSet<>()).add(number);
                }
            }
        }

        StringBuilder cited = new StringBuilder(text);
        for (Map.Entry<Integer, SortedSet<Integer>> marker : markers.descendingMap().entrySet()) {
            StringBuilder numbers = new StringBuilder();
            marker.getValue().forEach(number -> numbers.append('[').append(number).append(']'));
            cited.insert(marker.getKey().intValue(), numbers);
        // end-snippet:grounding-citation-markers
        }
        List<String> queries = grounding.getWebSearchQueries() == null ? List.of()
                : List.copyOf(grounding.getWebSearchQueries());
        return new CitedAnswer(cited.toString(), List.copyOf(sources), queries, List.copyOf(skipped));
    }

    /**
     * The {@code char} index in {@code text} of a UTF-8 byte offset into it. An offset inside a multi-byte character
     * moves to the end of that character; an offset past the end of the text gives -1.
     */
    // snippet:grounding-char-index
    static int charIndex(String text, int byteOffset) {
        if (byteOffset < 0) {
            return -1;
        }
        int bytes = 0;
        int index = 0;
        while (index < text.length() && bytes < byteOffset) {
            int codePoint = text.codePointAt(index);
            bytes += utf8Length(codePoint);
            index += Character.charCount(codePoint);
        }
        return bytes >= byteOffset ? index : -1;
    // end-snippet:grounding-char-index
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
