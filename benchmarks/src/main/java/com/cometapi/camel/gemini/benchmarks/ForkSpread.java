package com.cometapi.camel.gemini.benchmarks;

import java.util.Locale;

/**
 * How far apart the forks of a JMH benchmark put one figure, and when that makes the figure unstable. Each fork is a
 * JVM of its own measuring the same thing after the same warm-up, so forks that disagree by more than
 * {@link #UNSTABLE} say that a rerun may well print a different figure (JIT still compiling, another build on the
 * machine, GC timing).
 */
final class ForkSpread {

    /** Forks more than 10 % apart make a figure unstable. */
    static final double UNSTABLE = 0.10;

    /** Appended to a printed figure that is unstable, or to a ratio computed from one. */
    static final String MARK = "†";

    private ForkSpread() {
    }

    /**
     * The spread of one figure's per-fork values: the largest over the smallest, minus 1 (0.25: the largest fork is
     * 25 % above the smallest; 0: the forks agree). Unknown (NaN) with fewer than two forks, or when a fork's value
     * is missing (NaN) or not positive.
     */
    static double of(double... forks) {
        if (forks.length < 2) {
            return Double.NaN;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : forks) {
            if (!(value > 0)) {
                return Double.NaN;
            }
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return max / min - 1;
    }

    /** Whether a spread makes its figure unstable; an unknown spread does not. */
    static boolean unstable(double spread) {
        return spread > UNSTABLE;
    }

    /** A spread as the report prints it, in percent with one decimal ({@code 14.4%}), or {@code –} when unknown. */
    static String percent(double spread) {
        return Double.isNaN(spread) ? "–" : String.format(Locale.ROOT, "%.1f%%", spread * 100);
    }

    /** A printed figure with {@link #MARK} appended when {@code unstable}; {@code –} (not measured) stays as it is. */
    static String marked(String printed, boolean unstable) {
        return unstable && !printed.equals("–") ? printed + MARK : printed;
    }
}
