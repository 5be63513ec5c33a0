package com.cometapi.camel.gemini.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class DeadlinesTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "deadline-test-timer"));
    private final Deadlines deadlines = new Deadlines(scheduler);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aDeadlineFiresOnTheTimerThreadNotBeforeItIsDue() throws Exception {
        CountDownLatch fired = new CountDownLatch(1);
        List<String> firedOn = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        List<Long> firedAfterNanos = new CopyOnWriteArrayList<>();

        deadlines.start(50, () -> {
            firedAfterNanos.add(System.nanoTime() - start);
            firedOn.add(Thread.currentThread().getName());
            fired.countDown();
        });

        assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(firedAfterNanos.get(0)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(firedOn).containsExactly("deadline-test-timer");
        assertThat(deadlines.pending()).isZero();
    }

    @Test
    void aCancelledDeadlineNeverFires() throws Exception {
        AtomicInteger fired = new AtomicInteger();
        CountDownLatch later = new CountDownLatch(1);

        deadlines.start(20, fired::incrementAndGet).cancel();
        deadlines.start(60, later::countDown);

        assertThat(later.await(10, TimeUnit.SECONDS)).as("a deadline due after the cancelled one").isTrue();
        assertThat(fired).hasValue(0);
        assertThat(deadlines.pending()).isZero();
    }

    @Test
    void thousandsOfCallsLeaveNothingBehindAndOnlyTheDueOnesFire() throws Exception {
        AtomicInteger fired = new AtomicInteger();
        CountDownLatch due = new CountDownLatch(10);
        for (int i = 0; i < 10_000; i++) {
            deadlines.start(60_000, fired::incrementAndGet).cancel();
        }
        for (int i = 0; i < 10; i++) {
            deadlines.start(1, () -> {
                fired.incrementAndGet();
                due.countDown();
            });
        }

        assertThat(due.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fired).hasValue(10);
        assertThat(deadlines.pending()).isZero();
        // the cancelled ones are dropped by the sweep, not kept for their 60 s
        await().atMost(10, TimeUnit.SECONDS).until(() -> deadlines.queued() == 0);
    }

    @Test
    void anExpiryThatThrowsDoesNotStopTheOthers() throws Exception {
        CountDownLatch second = new CountDownLatch(1);

        deadlines.start(1, () -> {
            throw new IllegalStateException("expected by the test");
        });
        deadlines.start(40, second::countDown);

        assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theSweepStopsWhenNothingIsPendingAndStartsAgainForTheNextCall() throws Exception {
        deadlines.start(60_000, () -> {
        }).cancel();
        assertThat(deadlines.isSweeping()).isTrue();

        await().atMost(10, TimeUnit.SECONDS).until(() -> !deadlines.isSweeping());

        CountDownLatch fired = new CountDownLatch(1);
        deadlines.start(5, fired::countDown);
        assertThat(deadlines.isSweeping()).isTrue();
        assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aStoppedSchedulerIsReportedAndKeepsNothing() {
        await().atMost(10, TimeUnit.SECONDS).until(() -> !deadlines.isSweeping());
        scheduler.shutdownNow();

        assertThatThrownBy(() -> deadlines.start(1_000, () -> {
        })).isInstanceOf(RejectedExecutionException.class);
        assertThat(deadlines.pending()).isZero();
        assertThat(deadlines.isSweeping()).isFalse();
    }
}
