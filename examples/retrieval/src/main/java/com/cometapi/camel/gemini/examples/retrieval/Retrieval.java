package com.cometapi.camel.gemini.examples.retrieval;

import java.util.List;

import com.cometapi.camel.gemini.examples.retrieval.Ranking.Scored;
import org.apache.camel.ProducerTemplate;

/**
 * Retrieval-augmented answering over the routes of {@link RetrievalRoutes} (or their YAML twins): embed the passages,
 * embed the question, rank the passages by cosine similarity, and ask the model with the best ones as context.
 * <p>
 * A real application embeds its passages once, when they are written, and keeps the vectors in a store; here the
 * passages are few and embedded on every run.
 */
public final class Retrieval {

    /**
     * What one question got.
     *
     * @param ranking every passage with its score, best first
     * @param context the passages sent as context, best first
     * @param prompt  the text sent to the model
     * @param answer  the model's answer
     */
    public record Result(List<Scored> ranking, List<String> context, String prompt, String answer) {
    }

    private Retrieval() {
    }

    /**
     * Answers a question from the passages most similar to it.
     *
     * @param template sends to the routes
     * @param passages what the answer may come from
     * @param question the question
     * @param best     how many passages go to the model as context
     */
    public static Result ask(ProducerTemplate template, List<String> passages, String question, int best) {
        // snippet:retrieval-flow
        @SuppressWarnings("unchecked")
        List<float[]> passageVectors = template.requestBody("direct:embedDocuments", passages, List.class);
        float[] questionVector = template.requestBody("direct:embedQuestion", question, float[].class);

        List<Scored> ranking = Ranking.rank(passages, passageVectors, questionVector);
        List<String> context = ranking.stream().limit(best).map(Scored::passage).toList();

        String prompt = prompt(context, question);
        String answer = template.requestBody("direct:answer", prompt, String.class);
        // end-snippet:retrieval-flow
        return new Result(ranking, context, prompt, answer);
    }

    /** The passages, numbered, then the question, with the instruction to keep to the passages. */
    // snippet:retrieval-prompt
    static String prompt(List<String> context, String question) {
        StringBuilder prompt = new StringBuilder("Answer the question from these passages only. If they do not"
                + " answer it, say so.\n\n");
        for (int i = 0; i < context.size(); i++) {
            prompt.append('[').append(i + 1).append("] ").append(context.get(i)).append('\n');
        }
        return prompt.append("\nQuestion: ").append(question).toString();
    }
    // end-snippet:retrieval-prompt
}
