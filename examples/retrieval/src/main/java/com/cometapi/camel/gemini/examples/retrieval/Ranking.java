package com.cometapi.camel.gemini.examples.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks passages by the cosine similarity of their embeddings to the embedding of a question: the cosine of the angle
 * between two vectors, 1 for the same direction, 0 for unrelated, -1 for opposite. It ignores the vectors' lengths, so
 * it needs no normalised vectors (Gemini normalises only its full-length 3072 vectors).
 */
public final class Ranking {

    /**
     * One passage and how close it is to the question.
     *
     * @param position the passage's position in the list given to {@link #rank}
     * @param passage  the passage
     * @param score    its cosine similarity to the question
     */
    public record Scored(int position, String passage, double score) {
    }

    private Ranking() {
    }

    /**
     * The passages, most similar to the question first (equal scores keep their order).
     *
     * @param passages the passages
     * @param vectors  their embeddings, in the same order
     * @param question the question's embedding
     * @return one {@link Scored} per passage, best first
     */
    public static List<Scored> rank(List<String> passages, List<float[]> vectors, float[] question) {
        if (passages.size() != vectors.size()) {
            throw new IllegalArgumentException(passages.size() + " passages but " + vectors.size() + " vectors");
        }
        // snippet:retrieval-rank
        List<Scored> ranking = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            ranking.add(new Scored(i, passages.get(i), cosine(vectors.get(i), question)));
        }
        ranking.sort(Comparator.comparingDouble(Scored::score).reversed());
        // end-snippet:retrieval-rank
        return ranking;
    }

    /**
     * The cosine similarity of two vectors of one length.
     *
     * @throws IllegalArgumentException when the lengths differ or a vector is all zeros
     */
    // snippet:retrieval-cosine
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        if (normA == 0 || normB == 0) {
            throw new IllegalArgumentException("a vector of zeros has no direction");
        }
        return dot / (Math.sqrt(normA) * Math.sqrt(normB));
    }
    // end-snippet:retrieval-cosine
}
