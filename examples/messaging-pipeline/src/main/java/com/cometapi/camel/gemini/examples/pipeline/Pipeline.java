package com.cometapi.camel.gemini.examples.pipeline;

import java.lang.management.ManagementFactory;

import com.cometapi.camel.gemini.GeminiComponent;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.springframework.jms.connection.JmsTransactionManager;

/**
 * One instance of the pipeline: a CamelContext with the {@code jms} component on the broker and the routes of
 * {@link PipelineRoutes}. Start as many instances as you like, in one JVM or on many machines, against one broker:
 * they compete for the requests.
 */
public final class Pipeline {

    /** Concurrent consumers per instance unless {@code PIPELINE_CONSUMERS} says otherwise. */
    public static final int DEFAULT_CONSUMERS = 4;

    /**
     * What an instance needs.
     *
     * @param brokerUrl     Artemis core URL, e.g. {@code tcp://broker.example.com:61616}
     * @param brokerUser    null for none
     * @param geminiBaseUrl null for the component's default (CometAPI)
     * @param apiKey        null to let the component read COMETAPI_KEY / GEMINI_API_KEY
     * @param consumers     concurrent consumers in this instance
     * @param instance      a name for this instance, put on its answers
     */
    public record Settings(String brokerUrl, String brokerUser, String brokerPassword, String geminiBaseUrl,
                           String apiKey, int consumers, String instance) {

        /**
         * From the environment: {@code BROKER_URL} (required), {@code BROKER_USER}, {@code BROKER_PASSWORD},
         * {@code GEMINI_BASE_URL}, {@code PIPELINE_CONSUMERS}, {@code PIPELINE_INSTANCE} (default: host and pid).
         * The key stays with the component, which reads {@code COMETAPI_KEY} itself.
         */
        public static Settings fromEnvironment() {
            String brokerUrl = System.getenv("BROKER_URL");
            if (brokerUrl == null || brokerUrl.isBlank()) {
                throw new IllegalArgumentException("Set BROKER_URL to the broker to work for, e.g."
                                                   + " tcp://127.0.0.1:61616");
            }
            String consumers = System.getenv("PIPELINE_CONSUMERS");
            String instance = System.getenv("PIPELINE_INSTANCE");
            return new Settings(brokerUrl, System.getenv("BROKER_USER"), System.getenv("BROKER_PASSWORD"),
                    System.getenv("GEMINI_BASE_URL"), null,
                    consumers == null ? DEFAULT_CONSUMERS : Integer.parseInt(consumers.trim()),
                    instance == null ? ManagementFactory.getRuntimeMXBean().getName() : instance);
        }

        /** The same settings with another instance name. */
        public Settings withInstance(String name) {
            return new Settings(brokerUrl, brokerUser, brokerPassword, geminiBaseUrl, apiKey, consumers, name);
        }
    }

    private Pipeline() {
    }

    /**
     * Starts an instance. Stop it by closing the returned context: a request in flight then goes back to the queue
     * for another instance once its Gemini call has ended (see {@link PipelineRoutes}).
     */
    public static CamelContext start(Settings settings) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.getShutdownStrategy().setTimeout(30);
        // one local JMS transaction per request, shared by the consumer and the sends of the route; .transacted() in
        // the route finds the transaction manager in the registry (see PipelineRoutes)
        // snippet:pipeline-transacted-jms
        ActiveMQConnectionFactory connectionFactory = connectionFactory(settings);
        JmsTransactionManager transactionManager = new JmsTransactionManager(connectionFactory);
        camel.getRegistry().bind("jmsTransactionManager", transactionManager);
        camel.addComponent("jms", JmsComponent.jmsComponentTransacted(connectionFactory, transactionManager));
        // end-snippet:pipeline-transacted-jms
        GeminiComponent gemini = camel.getComponent("gemini", GeminiComponent.class);
        if (settings.geminiBaseUrl() != null) {
            gemini.getConfiguration().setBaseUrl(settings.geminiBaseUrl());
        }
        if (settings.apiKey() != null) {
            gemini.getConfiguration().setApiKey(settings.apiKey());
        }
        camel.addRoutes(new PipelineRoutes(settings.consumers(), settings.instance()));
        camel.start();
        return camel;
    }

    /**
     * A connection factory for Artemis. {@code consumerWindowSize=0} (unless the URL sets it): a consumer takes a
     * request only when it is free, instead of buffering a batch that idle consumers elsewhere could have taken. That
     * is what spreads the work evenly over instances.
     */
    public static ActiveMQConnectionFactory connectionFactory(Settings settings) {
        // snippet:pipeline-connection-factory
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(settings.brokerUrl(),
                settings.brokerUser(), settings.brokerPassword());
        if (!settings.brokerUrl().contains("consumerWindowSize")) {
            factory.setConsumerWindowSize(0);
        }
        return factory;
        // end-snippet:pipeline-connection-factory
    }
}
