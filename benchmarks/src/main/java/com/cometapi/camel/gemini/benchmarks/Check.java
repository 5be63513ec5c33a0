package com.cometapi.camel.gemini.benchmarks;

import java.util.ArrayList;
import java.util.List;

import com.cometapi.camel.gemini.benchmarks.clients.GeminiClient;
import com.cometapi.camel.gemini.benchmarks.clients.Libraries;

/**
 * Checks that every library gets the expected answers from the stub before anything is measured: a call, a call
 * started asynchronously, and a short stream. Fails loudly otherwise.
 */
public final class Check {

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        List<String> libraries = args.length > 1 ? List.of(args[1].split(",")) : Libraries.ALL;
        for (String library : libraries) {
            try (GeminiClient client = Libraries.create(library, baseUrl, 64)) {
                String answer = client.generate("stub", "Say hello");
                String async = client.generateAsync("stub", "Say hello").get();
                List<String> chunks = new ArrayList<>();
                client.stream("stub-events5", "Count", chunks::add);
                boolean ok = answer.startsWith("Apache Camel is") && answer.length() > 500 && async.equals(answer)
                             && chunks.size() == 5 && chunks.get(4).contains("token 4 of");
                System.out.printf("%-12s answer=%d chars, async=%s, stream=%d chunks %s%n", library, answer.length(),
                        async.equals(answer) ? "same" : "DIFFERENT", chunks.size(), ok ? "OK" : "FAILED " + chunks);
                if (!ok) {
                    System.exit(1);
                }
            }
        }
    }
}
