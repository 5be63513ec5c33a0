package com.cometapi.camel.gemini.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * For run.sh: the {@code UnaryBenchmark} methods at which the client CPU per call of one of the given libraries is
 * unstable, its forks more than {@link ForkSpread#UNSTABLE} apart, so that run.sh measures those libraries there
 * with one fork more. Arguments: a JMH JSON results file, then the libraries to check (e.g. {@code raw component}).
 * Prints the methods on one line, separated by spaces ({@code concurrency01 concurrency16}); an empty line when
 * every checked figure is stable.
 */
public final class ForkCheck {

    private ForkCheck() {
    }

    public static void main(String[] args) throws Exception {
        List<String> libraries = List.of(args).subList(1, args.length);
        List<String> unstable = new ArrayList<>();
        for (Map.Entry<String, Map<String, UnaryRow>> method : UnaryRow.read(List.of(Path.of(args[0]))).entrySet()) {
            boolean any = false;
            for (String library : libraries) {
                UnaryRow row = method.getValue().get(library);
                any |= row != null && ForkSpread.unstable(ForkSpread.of(row.forkMeans("cpu.client")));
            }
            if (any) {
                unstable.add(method.getKey());
            }
        }
        System.out.println(String.join(" ", unstable));
    }
}
