package com.cometapi.camel.gemini.examples.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * What any JMS application does to use the pipeline, in plain Jakarta JMS (no Camel): put a prompt on
 * {@value PipelineRoutes#REQUESTS} with a {@code JMSCorrelationID} and a {@code JMSReplyTo}, read the answer with
 * that correlation ID. Not thread-safe: one JMS session.
 */
public final class PipelineClient implements AutoCloseable {

    /** An answer, as it came back. */
    public record Answer(String correlationId, String text, String instance, Integer deliveryCount,
                         String finishReason) {
    }

    /** A request the pipeline parked in {@value PipelineRoutes#DEAD_LETTERS}, with Gemini's reason. */
    public record DeadLetter(String correlationId, String prompt, Integer statusCode, String status,
                             String errorMessage, String errorType) {
    }

    private final Connection connection;
    private final Session session;
    private final MessageProducer producer;

    public PipelineClient(ConnectionFactory factory) throws JMSException {
        connection = factory.createConnection();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        producer = session.createProducer(null);
        connection.start();
    }

    /** A queue by name. */
    public Destination queue(String name) throws JMSException {
        return session.createQueue(name);
    }

    /** A queue that lives as long as this client: a private place for answers. */
    public Destination temporaryQueue() throws JMSException {
        return session.createTemporaryQueue();
    }

    /**
     * Sends a prompt to {@value PipelineRoutes#REQUESTS}.
     *
     * @param correlationId null to correlate by the message ID instead (returned)
     * @param replyTo       where the answer goes; null for {@value PipelineRoutes#ANSWERS}
     * @param properties    extra JMS properties, e.g. {@value PipelineRoutes#MODEL}
     * @return the correlation ID the answer will carry
     */
    public String send(String correlationId, String prompt, Destination replyTo, Map<String, String> properties)
            throws JMSException {
        TextMessage request = session.createTextMessage(prompt);
        if (correlationId != null) {
            request.setJMSCorrelationID(correlationId);
        }
        if (replyTo != null) {
            request.setJMSReplyTo(replyTo);
        }
        for (Map.Entry<String, String> property : properties.entrySet()) {
            request.setStringProperty(property.getKey(), property.getValue());
        }
        producer.send(queue(PipelineRoutes.REQUESTS), request);
        return correlationId != null ? correlationId : request.getJMSMessageID();
    }

    /**
     * Reads answers from {@code from} whose correlation ID starts with {@code correlationPrefix} (a message selector,
     * so other clients' answers stay on the queue), until {@code expected} arrived or {@code timeout} passed.
     *
     * @return by correlation ID, in arrival order
     */
    public Map<String, Answer> answers(Destination from, String correlationPrefix, int expected, Duration timeout)
            throws JMSException {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Message message : receive(from, correlationPrefix, expected, timeout)) {
            answers.put(message.getJMSCorrelationID(), new Answer(message.getJMSCorrelationID(),
                    ((TextMessage) message).getText(), message.getStringProperty(PipelineRoutes.INSTANCE),
                    intProperty(message, PipelineRoutes.DELIVERY_COUNT),
                    message.getStringProperty(PipelineRoutes.FINISH_REASON)));
        }
        return answers;
    }

    /** Reads dead letters the way {@link #answers} reads answers. */
    public List<DeadLetter> deadLetters(String correlationPrefix, int expected, Duration timeout)
            throws JMSException {
        List<DeadLetter> deadLetters = new ArrayList<>();
        for (Message message : receive(queue(PipelineRoutes.DEAD_LETTERS), correlationPrefix, expected, timeout)) {
            deadLetters.add(new DeadLetter(message.getJMSCorrelationID(), ((TextMessage) message).getText(),
                    intProperty(message, PipelineRoutes.ERROR_STATUS_CODE),
                    message.getStringProperty(PipelineRoutes.ERROR_STATUS),
                    message.getStringProperty(PipelineRoutes.ERROR_MESSAGE),
                    message.getStringProperty(PipelineRoutes.ERROR_TYPE)));
        }
        return deadLetters;
    }

    private List<Message> receive(Destination from, String correlationPrefix, int expected, Duration timeout)
            throws JMSException {
        List<Message> messages = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        String selector = correlationPrefix == null ? null
                : "JMSCorrelationID LIKE '" + correlationPrefix.replace("'", "''") + "%'";
        try (MessageConsumer consumer = session.createConsumer(from, selector)) {
            while (messages.size() < expected) {
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                Message message = left <= 0 ? null : consumer.receive(left);
                if (message == null) {
                    break;
                }
                messages.add(message);
            }
        }
        return messages;
    }

    private static Integer intProperty(Message message, String name) throws JMSException {
        return message.propertyExists(name) ? message.getIntProperty(name) : null;
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
