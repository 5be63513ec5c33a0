package com.cometapi.camel.gemini.examples.pipeline;

import com.cometapi.camel.gemini.GeminiApiException;
import com.cometapi.camel.gemini.GeminiBlockedException;
import com.cometapi.camel.gemini.GeminiConstants;
import jakarta.jms.Destination;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsConstants;

/**
 * The pipeline: prompts arrive on {@value #REQUESTS}, {@code consumers} transacted consumers call
 * {@code gemini:generate}, and each answer goes to the request's {@code JMSReplyTo} (else {@value #ANSWERS}) with the
 * request's {@code JMSCorrelationID} (else its {@code JMSMessageID}).
 * <p>
 * Each request is one local JMS transaction ({@code JmsTransactionManager}, see {@link Pipeline}): receiving it,
 * sending its answer or dead letter, and acknowledging it commit together, or not at all. {@code .transacted()} makes
 * Camel run the exchange on the consumer's thread from start to end (it waits for Gemini there instead of continuing
 * on the component's reply thread), which is what keeps the answer inside the transaction; so each consumer has one
 * request in flight, and {@code consumers} times the number of instances is the pipeline's concurrency.
 * <ul>
 * <li><b>Gemini said no</b> (an HTTP error after the component's own retries, a blocked prompt, a request Gemini
 * cannot take): the request goes to {@value #DEAD_LETTERS} with the error in JMS properties, and the transaction
 * commits.</li>
 * <li><b>Anything else</b> (the process dies, the broker connection drops, the answer cannot be sent): the transaction
 * rolls back and the broker delivers the request again, to this consumer or another one.</li>
 * </ul>
 * JMS properties of an answer: {@value #FINISH_REASON}, {@value #TOTAL_TOKENS}, {@value #INSTANCE} (who answered) and
 * {@value #DELIVERY_COUNT} (2 or more: the request was redelivered). A request may ask for a model with a
 * {@value #MODEL} property.
 */
public class PipelineRoutes extends RouteBuilder {

    public static final String REQUESTS = "gemini.requests";
    public static final String ANSWERS = "gemini.answers";
    public static final String DEAD_LETTERS = "gemini.dlq";

    /** Request property: the model to ask instead of {@value #DEFAULT_MODEL}. */
    public static final String MODEL = "GeminiModel";
    /** Answer properties. */
    public static final String FINISH_REASON = "GeminiFinishReason";
    public static final String TOTAL_TOKENS = "GeminiTotalTokenCount";
    public static final String INSTANCE = "PipelineInstance";
    public static final String DELIVERY_COUNT = "PipelineDeliveryCount";
    /** Dead-letter properties, from {@link GeminiApiException} (status code, status, message) or any failure. */
    public static final String ERROR_STATUS_CODE = "GeminiErrorStatusCode";
    public static final String ERROR_STATUS = "GeminiErrorStatus";
    public static final String ERROR_MESSAGE = "GeminiErrorMessage";
    public static final String ERROR_TYPE = "GeminiErrorType";

    static final String DEFAULT_MODEL = "gemini-2.5-flash";

    private final int consumers;
    private final String instance;

    /**
     * @param consumers concurrent consumers of {@value #REQUESTS} in this instance
     * @param instance  this instance's name, put on its answers
     */
    public PipelineRoutes(int consumers, String instance) {
        this.consumers = consumers;
        this.instance = instance;
    }

    @Override
    public void configure() {
        // Gemini's verdict on this request: retrying it would not help, so park it with the reason
        // snippet:pipeline-routes
        onException(GeminiApiException.class, GeminiBlockedException.class, IllegalArgumentException.class)
                .handled(true)
                .useOriginalMessage()
                .process(PipelineRoutes::describeFailure)
                .to("jms:queue:" + DEAD_LETTERS);

        from("jms:queue:" + REQUESTS
             + "?transacted=true"                 // receive, answer and acknowledge in one JMS transaction
             + "&cacheLevelName=CACHE_CONSUMER"   // keep the consumers open between transactions
             + "&concurrentConsumers=" + consumers + "&maxConcurrentConsumers=" + consumers
             + "&disableReplyTo=true")            // the route sends the answer itself, in the transaction
                .routeId("gemini-pipeline")
                .transacted()                     // the whole exchange on the consumer thread, in its transaction
                .process(PipelineRoutes::chooseModel)
                .to("gemini:generate?model=" + DEFAULT_MODEL)
                .process(this::addressAnswer)
                .to("jms:queue:" + ANSWERS);
        // end-snippet:pipeline-routes
    }

    private static void chooseModel(Exchange exchange) {
        Message request = exchange.getMessage();
        String model = request.getHeader(MODEL, String.class);
        if (model != null && !model.isBlank()) {
            request.setHeader(GeminiConstants.MODEL, model);
        }
    }

    /** To the request's JMSReplyTo (default: gemini.answers), correlated, with a few facts about the answer. */
    private void addressAnswer(Exchange exchange) {
        Message answer = exchange.getMessage();
        Destination replyTo = answer.getHeader("JMSReplyTo", Destination.class);
        answer.removeHeader("JMSReplyTo");
        if (replyTo != null) {
            answer.setHeader(JmsConstants.JMS_DESTINATION, replyTo);
        }
        if (answer.getHeader("JMSCorrelationID") == null) {
            answer.setHeader("JMSCorrelationID", answer.getHeader("JMSMessageID"));
        }
        answer.setHeader(FINISH_REASON, answer.getHeader(GeminiConstants.FINISH_REASON, String.class));
        answer.setHeader(TOTAL_TOKENS, answer.getHeader(GeminiConstants.TOTAL_TOKEN_COUNT, Integer.class));
        answer.setHeader(INSTANCE, instance);
        answer.setHeader(DELIVERY_COUNT, answer.getHeader("JMSXDeliveryCount", Integer.class));
    }

    /** The original request, plus why Gemini refused it. */
    private static void describeFailure(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Message request = exchange.getMessage();
        request.setHeader(ERROR_TYPE, failure.getClass().getSimpleName());
        if (failure instanceof GeminiApiException api) {
            request.setHeader(ERROR_STATUS_CODE, api.getStatusCode());
            request.setHeader(ERROR_STATUS, api.getErrorStatus());
            request.setHeader(ERROR_MESSAGE, api.getErrorMessage());
        } else {
            request.setHeader(ERROR_MESSAGE, failure.getMessage());
        }
        if (request.getHeader("JMSCorrelationID") == null) {
            request.setHeader("JMSCorrelationID", request.getHeader("JMSMessageID"));
        }
    }
}
