package com.cometapi.camel.gemini.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * For run.sh: the {@code UnaryBenchmark} methods at which the client CPU per call of one of the given libraries is
 * unstable, its forks more than {@link ForkSpread#UNSTABLE} apart, so that run.sh measures those libraries there
 * with one fork more. Arguments: JMH JSON results files (ending in {@code .json}, their forks added up), then the
 * libraries to check (e.g. {@code raw component}).
 * Prints the methods on one line, separated by spaces ({@code concurrency01 concurrency16}); an empty line when
 * every checked figure is stable.
 */
public final class ForkCheck {

    private ForkCheck() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = Stream.of(args).filter(arg -> arg.endsWith(".json")).map(Path::of).toList();
        List<String> libraries = Stream.of(args).filter(arg -> !arg.endsWith(".json")).toList();
        List<String> unstable = new ArrayList<>();
        for (Map.Entry<String, Map<String, UnaryRow>> method : UnaryRow.read(files).entrySet()) {
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
