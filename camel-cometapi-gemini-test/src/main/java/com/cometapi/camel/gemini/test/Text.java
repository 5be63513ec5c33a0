package com.cometapi.camel.gemini.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Word-level text helpers: deterministic token estimates and stream chunking. */
final class Text {

    private Text() {
    }

    /** Whitespace-separated words: the mock's deterministic stand-in for a token count. */
    static int wordCount(String text) {
        return wordStarts(text).size();
    }

    /**
     * Splits a text at word starts into at most {@code maxChunks} pieces of about the same number of words; the pieces
     * joined give back the text exactly (each piece after the first starts with the whitespace before its word).
     */
    static List<String> split(String text, int maxChunks) {
        List<Integer> starts = wordStarts(text);
        int chunks = Math.min(maxChunks, starts.size());
        List<String> pieces = new ArrayList<>();
        if (chunks <= 1) {
            pieces.add(text);
            return pieces;
        }
        int from = 0;
        for (int k = 1; k < chunks; k++) {
            int wordStart = starts.get(k * starts.size() / chunks);
            int to = wordStart;
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            pieces.add(text.substring(from, to));
            from = to;
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    /** Cuts a text to {@code max} characters, marking the cut with an ellipsis. */
    static String abbreviate(String text, int max) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "\u2026";
    }

    /** Length in UTF-8 bytes: Gemini's grounding and citation offsets count bytes. */
    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<Integer> wordStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        if (text == null) {
            return starts;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                starts.add(i);
            }
        }
        return starts;
    }
}
