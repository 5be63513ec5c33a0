package com.cometapi.camel.gemini.examples.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An Apache Artemis broker in this JVM, listening on {@code tcp://127.0.0.1:PORT} (a free port) so that other JVMs
 * can share it. Persistent, with its journal in a temporary directory deleted on {@link #close()}: messages survive a
 * consumer that dies, not the deletion of the broker itself. Use a broker of your own ({@code BROKER_URL}) for that.
 * <p>
 * It declares the three queues of the pipeline, and gives {@value PipelineRoutes#REQUESTS} a broker-side redelivery
 * policy: a request whose transaction rolled back {@value #MAX_DELIVERY_ATTEMPTS} times (a consumer crashed on it, or
 * kept failing for a reason that is not a Gemini error) moves to {@value PipelineRoutes#DEAD_LETTERS} too.
 */
public final class EmbeddedBroker implements AutoCloseable {

    static final int MAX_DELIVERY_ATTEMPTS = 5;
    static final long REDELIVERY_DELAY_MILLIS = 500;

    private final EmbeddedActiveMQ server;
    private final Path dataDirectory;
    private final String url;

    private EmbeddedBroker(EmbeddedActiveMQ server, Path dataDirectory, String url) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.url = url;
    }

    /** Starts a broker on a free loopback port. */
    public static EmbeddedBroker start() throws Exception {
        Path dataDirectory = Files.createTempDirectory("gemini-pipeline-artemis");
        int port = freeLoopbackPort();
        Configuration config = new ConfigurationImpl()
                .setName("gemini-pipeline-broker")
                .setSecurityEnabled(false)
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalFileSize(1024 * 1024)
                .setJournalMinFiles(2)
                .setJournalPoolFiles(2)
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port)
                .addAddressSetting(PipelineRoutes.REQUESTS, new AddressSettings()
                        .setDeadLetterAddress(SimpleString.of(PipelineRoutes.DEAD_LETTERS))
                        .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                        .setRedeliveryDelay(REDELIVERY_DELAY_MILLIS));
        config.setBrokerInstance(dataDirectory.toFile());
        for (String queue : new String[] { PipelineRoutes.REQUESTS, PipelineRoutes.ANSWERS,
                PipelineRoutes.DEAD_LETTERS }) {
            config.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST));
        }
        EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(config);
        server.start();
        return new EmbeddedBroker(server, dataDirectory, "tcp://127.0.0.1:" + port);
    }

    /** The URL clients connect to, e.g. {@code tcp://127.0.0.1:40123}. */
    public String url() {
        return url;
    }

    /** Messages in a queue, those delivered but not yet acknowledged included. */
    public long messageCount(String queue) {
        return queue(queue).getMessageCount();
    }

    /** Consumers attached to a queue, across every connection. */
    public int consumerCount(String queue) {
        return queue(queue).getConsumerCount();
    }

    private Queue queue(String name) {
        Queue queue = server.getActiveMQServer().locateQueue(name);
        if (queue == null) {
            throw new IllegalArgumentException("No queue " + name + " on the embedded broker");
        }
        return queue;
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            deleteRecursively(dataDirectory);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
