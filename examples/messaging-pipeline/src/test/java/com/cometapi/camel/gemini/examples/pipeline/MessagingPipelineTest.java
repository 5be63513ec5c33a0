package com.cometapi.camel.gemini.examples.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.examples.pipeline.PipelineApplication.Report;
import com.cometapi.camel.gemini.examples.pipeline.PipelineClient.Answer;
import com.cometapi.camel.gemini.examples.pipeline.PipelineClient.DeadLetter;
import com.cometapi.camel.gemini.test.MockGeminiServerExtension;
import com.cometapi.camel.gemini.test.MockReply;
import com.cometapi.camel.gemini.test.RecordedRequest;
import jakarta.jms.Destination;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline against an embedded Artemis broker and the mock, always (explicit key and base URL, whatever the
 * environment says).
 */
class MessagingPipelineTest {

    private static final String PREFIX = "Mock Gemini answer to: ";

    @RegisterExtension
    static MockGeminiServerExtension gemini = new MockGeminiServerExtension();

    static EmbeddedBroker broker;

    private PipelineClient client;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedBroker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @BeforeEach
    void connect() throws Exception {
        client = new PipelineClient(Pipeline.connectionFactory(settings(1, "test-client")));
    }

    @AfterEach
    void disconnect() throws Exception {
        client.close();
        gemini.setDefaultReply(null);
    }

    @Test
    void demoAnswersEveryRequestWithItsCorrelationIdAndDeadLettersTheFailingOne() throws Exception {
        PipelineApplication.scriptFailure(gemini);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Report report = PipelineApplication.run(broker.url(), gemini.baseUrl(), "test-key",
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(report.answers()).hasSize(PipelineApplication.REQUESTS);
        report.prompts().forEach((correlationId, prompt) -> {
            Answer answer = report.answers().get(correlationId);
            assertThat(answer.text()).as("the answer correlated with " + correlationId).isEqualTo(PREFIX + prompt);
            assertThat(answer.instance()).isEqualTo("demo");
            assertThat(answer.deliveryCount()).isEqualTo(1);
            assertThat(answer.finishReason()).isEqualTo("STOP");
        });

        assertThat(report.deadLetters()).singleElement().satisfies(dead -> {
            assertThat(dead.correlationId()).endsWith("-fail");
            assertThat(dead.prompt()).isEqualTo(PipelineApplication.FAILING_PROMPT);
            assertThat(dead.statusCode()).isEqualTo(503);
            assertThat(dead.status()).isEqualTo("UNAVAILABLE");
            assertThat(dead.errorMessage()).isEqualTo("The model is overloaded. Please try again later.");
            assertThat(dead.errorType()).isEqualTo("GeminiApiException");
        });
        List<RecordedRequest> requests = gemini.requests();
        assertThat(requests).hasSize(PipelineApplication.ATTEMPTS + PipelineApplication.REQUESTS);
        assertThat(requests.subList(0, PipelineApplication.ATTEMPTS)).as("the failing request and its retries")
                .allSatisfy(request -> assertThat(request.model()).isEqualTo(PipelineApplication.MISSING_MODEL));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("Answers   : 20 of 20 correlated by JMSCorrelationID",
                "Dead      : 1 in gemini.dlq", "503 UNAVAILABLE \"The model is overloaded. Please try again later.\"");
        assertThat(broker.messageCount(PipelineRoutes.REQUESTS)).isZero();
    }

    @Test
    void answersGoToJmsReplyToElseToTheAnswersQueueCorrelatedByMessageIdWhenNoCorrelationId() throws Exception {
        try (CamelContext instance = Pipeline.start(settings(2, "instance-a"))) {
            Destination privateQueue = client.temporaryQueue();
            client.send("private-1", "Where does my answer go?", privateQueue, Map.of());
            String messageId = client.send(null, "And mine?", null, Map.of());

            assertThat(client.answers(privateQueue, "private-", 1, Duration.ofSeconds(30)))
                    .containsOnlyKeys("private-1")
                    .extractingByKey("private-1").extracting(Answer::text)
                    .isEqualTo(PREFIX + "Where does my answer go?");
            assertThat(client.answers(client.queue(PipelineRoutes.ANSWERS), messageId, 1, Duration.ofSeconds(30)))
                    .as("no JMSCorrelationID on the request: the answer carries its JMSMessageID")
                    .containsOnlyKeys(messageId)
                    .extractingByKey(messageId).extracting(Answer::text).isEqualTo(PREFIX + "And mine?");
        }
    }

    @Test
    void deadLettersAnErrorThatIsNotRetriedAtOnceWithTheGeminiErrorInHeaders() throws Exception {
        gemini.enqueue(MockReply.error(400, "INVALID_ARGUMENT", "Request contains an invalid argument."));
        try (CamelContext instance = Pipeline.start(settings(1, "instance-a"))) {
            client.send("invalid-1", "A request Gemini refuses", null, Map.of());

            List<DeadLetter> deadLetters = client.deadLetters("invalid-", 1, Duration.ofSeconds(30));

            assertThat(deadLetters).singleElement().isEqualTo(new DeadLetter("invalid-1", "A request Gemini refuses",
                    400, "INVALID_ARGUMENT", "Request contains an invalid argument.", "GeminiApiException"));
            assertThat(gemini.requestCount()).as("a 400 is not retried").isEqualTo(1);
            assertThat(client.answers(client.queue(PipelineRoutes.ANSWERS), "invalid-", 1, Duration.ofMillis(500)))
                    .isEmpty();
        }
    }

    @Test
    void aRequestInFlightWhenTheWorkerIsKilledIsRedeliveredAndAnsweredAfterRestart() throws Exception {
        gemini.enqueue(MockReply.text("never delivered").withDelay(Duration.ofSeconds(60)));
        WorkerProcess doomed = WorkerProcess.start(settings(1, "doomed"));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> broker.consumerCount(PipelineRoutes.REQUESTS) == 1);
            client.send("crash-1", "Will this survive a crash?", null, Map.of());
            assertThat(gemini.takeRequest(Duration.ofSeconds(30))).as("the worker is waiting for Gemini").isNotNull();

            doomed.kill(); // kill -9, mid-flight: nothing acknowledged, nothing answered
            assertThat(doomed.isAlive()).isFalse();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> broker.consumerCount(PipelineRoutes.REQUESTS) == 0);
            assertThat(broker.messageCount(PipelineRoutes.REQUESTS)).as("back on the queue").isEqualTo(1);
        } finally {
            doomed.close();
        }

        try (CamelContext restarted = Pipeline.start(settings(1, "restarted"))) {
            Map<String, Answer> answers = client.answers(client.queue(PipelineRoutes.ANSWERS), "crash-", 1,
                    Duration.ofSeconds(30));

            assertThat(answers).containsOnlyKeys("crash-1");
            Answer answer = answers.get("crash-1");
            assertThat(answer.text()).isEqualTo(PREFIX + "Will this survive a crash?");
            assertThat(answer.instance()).isEqualTo("restarted");
            assertThat(answer.deliveryCount()).as("the broker delivered it a second time").isEqualTo(2);
        }
        assertThat(gemini.requestCount()).isEqualTo(2);
        assertThat(broker.messageCount(PipelineRoutes.REQUESTS)).isZero();
    }

    @Test
    void aRequestInFlightWhenTheInstanceStopsGoesBackToTheQueueAndIsAnsweredAfterRestart() throws Exception {
        gemini.enqueue(MockReply.text("too late").withDelay(Duration.ofSeconds(5)));
        CamelContext stopping = Pipeline.start(settings(1, "stopping"));
        client.send("stop-1", "Answer me even if you stop", null, Map.of());
        assertThat(gemini.takeRequest(Duration.ofSeconds(30))).as("the instance is waiting for Gemini").isNotNull();

        stopping.stop(); // waits for the exchange in flight, which then rolls back instead of answering
        assertThat(broker.messageCount(PipelineRoutes.REQUESTS)).as("back on the queue").isEqualTo(1);
        assertThat(client.answers(client.queue(PipelineRoutes.ANSWERS), "stop-", 1, Duration.ofSeconds(6)))
                .as("the stopped instance does not answer, even when Gemini does").isEmpty();

        try (CamelContext restarted = Pipeline.start(settings(1, "restarted"))) {
            Map<String, Answer> answers = client.answers(client.queue(PipelineRoutes.ANSWERS), "stop-", 1,
                    Duration.ofSeconds(30));

            assertThat(answers).containsOnlyKeys("stop-1");
            assertThat(answers.get("stop-1").text()).isEqualTo(PREFIX + "Answer me even if you stop");
            assertThat(answers.get("stop-1").instance()).isEqualTo("restarted");
            assertThat(answers.get("stop-1").deliveryCount()).isEqualTo(2);
        }
        assertThat(broker.messageCount(PipelineRoutes.REQUESTS)).isZero();
    }

    @Test
    void twoInstancesCompeteForTheRequests() throws Exception {
        gemini.setDefaultReply(MockReply.text("Shared work").withDelay(Duration.ofMillis(100)));
        try (CamelContext a = Pipeline.start(settings(2, "instance-a"));
             CamelContext b = Pipeline.start(settings(2, "instance-b"))) {
            for (int n = 0; n < 20; n++) {
                client.send("shared-" + n, "Request " + n, null, Map.of());
            }

            Map<String, Answer> answers = client.answers(client.queue(PipelineRoutes.ANSWERS), "shared-", 20,
                    Duration.ofSeconds(60));

            assertThat(answers).hasSize(20);
            assertThat(answers.values()).extracting(Answer::instance).contains("instance-a", "instance-b");
        }
    }

    private static Pipeline.Settings settings(int consumers, String instance) {
        return new Pipeline.Settings(broker.url(), null, null, gemini.baseUrl(), "test-key", consumers, instance);
    }
}
