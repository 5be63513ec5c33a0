package com.cometapi.camel.gemini.examples.retrieval;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import com.cometapi.camel.gemini.examples.retrieval.Ranking.Scored;
import com.cometapi.camel.gemini.examples.retrieval.Retrieval.Result;
import com.cometapi.camel.gemini.test.MockEmbeddings;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.examples.retrieval.RetrievalApplication.PASSAGES;
import static com.cometapi.camel.gemini.examples.retrieval.RetrievalApplication.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Runs the retrieval example against the mock, always (an explicit key and base URL win over COMETAPI_KEY). The mock's
 * embeddings are a hashed bag of words, so the passage sharing the question's words must come first.
 */
class RetrievalApplicationTest {

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private Result run(boolean yaml) throws Exception {
        return RetrievalApplication.run(gemini.baseUrl(), "test-key", yaml,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @Test
    void ranksThePassageSharingTheQuestionsWordsFirst() throws Exception {
        Result result = run(false);

        assertThat(result.ranking()).hasSize(PASSAGES.size());
        assertThat(result.ranking().get(0).passage()).isEqualTo(PASSAGES.get(2)).contains("uploaded", "kept");
        assertThat(result.ranking()).extracting(Scored::score).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(result.ranking().get(0).score()).isGreaterThan(result.ranking().get(1).score());
        // the order the mock's vectors give, computed here without the example's code
        float[] question = MockEmbeddings.defaultVector(QUESTION, RetrievalRoutes.DIMENSIONS);
        List<String> expected = IntStream.range(0, PASSAGES.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -dot(
                        MockEmbeddings.defaultVector(PASSAGES.get(i), RetrievalRoutes.DIMENSIONS), question)))
                .map(PASSAGES::get).toList();
        assertThat(result.ranking()).extracting(Scored::passage).containsExactlyElementsOf(expected);
    }

    @Test
    void embedsThePassagesInOrderAsDocumentsAndTheQuestionAsAQuery() throws Exception {
        run(false);

        // snippet:retrieval-test-embed-requests
        List<RecordedRequest> requests = gemini.requests();
        assertThat(requests).extracting(RecordedRequest::path).containsExactly(
                "/v1beta/models/gemini-embedding-001:batchEmbedContents",
                "/v1beta/models/gemini-embedding-001:embedContent",
                "/v1beta/models/gemini-2.5-flash:generateContent");
        JsonNode batch = requests.get(0).bodyJson().path("requests");
        assertThat(batch).hasSize(PASSAGES.size());
        for (int i = 0; i < PASSAGES.size(); i++) {
            JsonNode request = batch.get(i);
            assertThat(request.at("/content/parts/0/text").asText()).isEqualTo(PASSAGES.get(i));
            assertThat(request.path("model").asText()).isEqualTo("models/gemini-embedding-001");
            assertThat(request.path("taskType").asText()).isEqualTo("RETRIEVAL_DOCUMENT");
            assertThat(request.path("outputDimensionality").asInt()).isEqualTo(RetrievalRoutes.DIMENSIONS);
        }
        JsonNode query = requests.get(1).bodyJson();
        assertThat(query.at("/content/parts/0/text").asText()).isEqualTo(QUESTION);
        assertThat(query.path("taskType").asText()).isEqualTo("RETRIEVAL_QUERY");
        assertThat(query.path("outputDimensionality").asInt()).isEqualTo(RetrievalRoutes.DIMENSIONS);
        // end-snippet:retrieval-test-embed-requests
    }

    @Test
    void theRankingFollowsVectorsScriptedForEachText() throws Exception {
        // snippet:retrieval-test-scripted-vectors
        gemini.embeddings()
                .vector(QUESTION, 0, 1, 0)
                .vector(PASSAGES.get(0), 1, 0, 0)
                .vector(PASSAGES.get(1), 0, 0, 1)
                .vector(PASSAGES.get(2), 1, 1, 0)
                .vector(PASSAGES.get(3), 0.1f, 1, 0)
                .vector(PASSAGES.get(4), 0, -1, 0);

        Result result = run(false);

        assertThat(result.ranking()).extracting(Scored::position).containsExactly(3, 2, 0, 1, 4);
        assertThat(result.context()).containsExactly(PASSAGES.get(3), PASSAGES.get(2));
        // end-snippet:retrieval-test-scripted-vectors
        assertThat(result.ranking().get(0).score()).isCloseTo(1 / Math.sqrt(1.01), within(1e-6));
        assertThat(result.ranking().get(4).score()).isCloseTo(-1, within(1e-6));
    }

    @Test
    void asksTheModelWithTheBestTwoPassagesAsContext() throws Exception {
        Result result = run(false);

        List<Scored> ranking = result.ranking();
        assertThat(result.context()).containsExactly(ranking.get(0).passage(), ranking.get(1).passage());
        String sent = gemini.lastRequest().promptText();
        assertThat(sent).isEqualTo(result.prompt())
                .contains("[1] " + ranking.get(0).passage(), "[2] " + ranking.get(1).passage(),
                        "Question: " + QUESTION)
                .doesNotContain(ranking.get(2).passage(), ranking.get(3).passage(), ranking.get(4).passage());
        // the mock's built-in answer repeats the start of the prompt on one line
        assertThat(result.answer()).startsWith("Mock Gemini answer to: Answer the question from these passages only.");
    }

    @Test
    void printsTheRankingAndTheAnswer() throws Exception {
        Result result = run(false);

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("Question: " + QUESTION, "Ranking (cosine similarity to the question):",
                "Answer from the best 2 passages:", result.answer());
        int previous = -1;
        for (Scored scored : result.ranking()) {
            int at = output.indexOf(scored.passage(), output.indexOf("Ranking"));
            assertThat(at).as("ranked line of %s", scored.passage()).isGreaterThan(previous);
            previous = at;
        }
    }

    @Test
    void theYamlRoutesSendTheSameRequestsAsTheJavaRoutes() throws Exception {
        Result java = run(false);
        List<JsonNode> javaBodies = gemini.requests().stream().map(RecordedRequest::bodyJson).toList();
        List<String> javaPaths = gemini.requests().stream().map(RecordedRequest::path).toList();
        gemini.reset();

        Result yaml = run(true);

        assertThat(gemini.requests()).extracting(RecordedRequest::path).containsExactlyElementsOf(javaPaths);
        assertThat(gemini.requests()).extracting(RecordedRequest::bodyJson).containsExactlyElementsOf(javaBodies);
        assertThat(yaml.ranking()).isEqualTo(java.ranking());
        assertThat(yaml.answer()).isEqualTo(java.answer());
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Routes  : " + RetrievalApplication.YAML_ROUTES);
    }

    /** The mock's vectors have unit length, so their dot product is their cosine. */
    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    @Test
    void theBaseUrlPropertyRedirectsOnlyRealRuns() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        String google = "https://generativelanguage.googleapis.com";

        assertThat(RetrievalApplication.realBaseUrl("http://127.0.0.1:1234", google, out))
                .as("the mock wins").isEqualTo("http://127.0.0.1:1234");
        assertThat(RetrievalApplication.realBaseUrl(null, " ", out)).as("blank: the component's default").isNull();
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(RetrievalApplication.realBaseUrl(null, google, out)).isEqualTo(google);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("gemini.baseUrl is set").contains(google);
    }
}
