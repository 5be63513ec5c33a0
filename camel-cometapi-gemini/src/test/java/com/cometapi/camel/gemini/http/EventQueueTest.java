package com.cometapi.camel.gemini.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.core5.http.nio.CapacityChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue between a stream's I/O thread and its reader: flow control and the hard limit. */
class EventQueueTest {

    /** Records the capacity granted. */
    private static final class Channel implements CapacityChannel {

        final List<Integer> grants = new ArrayList<>();

        @Override
        public void update(int increment) {
            grants.add(increment);
        }
    }

    /** The clock of the queues {@link #paced()} makes: moved on by the tests. */
    private final AtomicLong clock = new AtomicLong();

    /** A queue without a practical byte limit whose windows are paced by {@link #clock}. */
    private EventQueue paced() {
        return new EventQueue(1_000_000, closed -> {
        }, clock::get);
    }

    @Test
    void capacityIsWithheldWhileTheReaderLagsAndGrantedWhenItCatchesUp() throws Exception {
        EventQueue queue = paced();
        Channel channel = new Channel();
        for (int i = 0; i < EventQueue.RESUME_EVENTS; i++) {
            queue.add("{\"n\":" + i + "}");
        }

        queue.capacityWanted(channel);
        assertThat(channel.grants).as("nothing granted while 8 events wait").isEmpty();

        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(5));
        queue.poll(0);
        assertThat(channel.grants).as("granted once the reader took one; a slow stream gets the smallest window")
                .containsExactly(EventQueue.MIN_WINDOW);
    }

    @Test
    void aWindowLastsAboutAMillisecondAtThePaceTheLastOneWasTaken() throws Exception {
        EventQueue queue = paced();
        Channel channel = new Channel();

        // the first window went in a tenth of a millisecond: 10 times as much would last one, at most MAX_WINDOW
        clock.addAndGet(TimeUnit.MICROSECONDS.toNanos(100));
        queue.capacityWanted(channel);
        clock.addAndGet(TimeUnit.MICROSECONDS.toNanos(500));
        queue.capacityWanted(channel);
        // the route slowed down: 64 KB took 16 ms, so 4 KB would last one, at least MIN_WINDOW
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(16));
        queue.capacityWanted(channel);
        // then 8 KB in half a millisecond: twice that
        clock.addAndGet(TimeUnit.MICROSECONDS.toNanos(500));
        queue.capacityWanted(channel);
        // 16 KB in exactly a millisecond: the same again
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        queue.capacityWanted(channel);

        assertThat(channel.grants).containsExactly(EventQueue.MAX_WINDOW, EventQueue.MAX_WINDOW,
                EventQueue.MIN_WINDOW, 2 * EventQueue.MIN_WINDOW, 2 * EventQueue.MIN_WINDOW);
    }

    @Test
    void aReaderThatFallsTooFarBehindFailsItsStreamNamingTheLimit() throws Exception {
        List<EventQueue> closed = new ArrayList<>();
        EventQueue queue = new EventQueue(100, closed::add);

        String event = "{\"text\":\"twenty bytes\"}";
        for (int i = 0; i < 10; i++) {
            queue.add(event);
        }
        int fit = 100 / event.length();

        List<StreamItem> items = new ArrayList<>();
        StreamItem item;
        while ((item = queue.poll(0)) != null) {
            items.add(item);
        }
        assertThat(items).as("the events that fit, then the failure").hasSize(fit + 1);
        assertThat(items.subList(0, fit)).allMatch(StreamItem.Event.class::isInstance);
        assertThat(items.get(fit)).isInstanceOfSatisfying(StreamItem.Failure.class,
                failure -> assertThat(failure.cause()).hasMessageContaining("100 bytes"));
        assertThat(closed).as("the stream was closed").containsExactly(queue);
    }
}
