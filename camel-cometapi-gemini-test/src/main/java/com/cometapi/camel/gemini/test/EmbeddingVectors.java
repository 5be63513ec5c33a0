package com.cometapi.camel.gemini.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Deterministic embeddings that still mean something: a hashed bag of words. Each lower-cased word (a run of letters
 * and digits) adds +1 or -1 to one dimension chosen by its hash; the sum is scaled to unit length. Texts that share
 * words therefore have a higher cosine similarity than texts that share none (those are near 0), so an offline
 * retrieval example ranks sensibly. The hash is {@link String#hashCode()} (fixed by the Java specification) mixed, so
 * every JVM gives the same vectors.
 */
final class EmbeddingVectors {

    private EmbeddingVectors() {
    }

    /** The vector of a text, {@code dimensions} long, unit length (a text with no word gets the first axis). */
    static float[] of(String text, int dimensions) {
        double[] sums = new double[dimensions];
        for (String word : words(text)) {
            int hash = mix(word.hashCode());
            int sign = (mix(hash ^ 0x5bd1e995) & 1) == 0 ? 1 : -1;
            sums[Math.floorMod(hash, dimensions)] += sign;
        }
        double norm = 0;
        for (double sum : sums) {
            norm += sum * sum;
        }
        float[] vector = new float[dimensions];
        if (norm == 0) {
            vector[0] = 1f;
            return vector;
        }
        double length = Math.sqrt(norm);
        for (int i = 0; i < dimensions; i++) {
            vector[i] = (float) (sums[i] / length);
        }
        return vector;
    }

    /** The lower-cased words of a text: runs of letters and digits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** MurmurHash3's 32-bit finaliser: spreads similar hash codes over all bits. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
