package com.cometapi.camel.gemini.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request timeouts of all calls of a component, checked by one periodic sweep rather than a timer task per call.
 * Starting and ending a call only adds to and removes from a concurrent set: the timer thread is never woken for a
 * call (a task per call woke it on every call, for a timeout that almost never fires). A deadline fires at most
 * {@link #TICK_MILLIS} late. The sweep runs only while calls are pending, and stops after a second without any.
 */
public final class Deadlines {

    private static final Logger LOG = LoggerFactory.getLogger(Deadlines.class);

    /** How often pending deadlines are checked, and so how late one may fire. */
    static final long TICK_MILLIS = 10;

    /** Sweeps with nothing pending before the sweep stops (one second). */
    private static final int IDLE_SWEEPS = 100;

    private final ScheduledExecutorService scheduler;
    private final Set<Deadline> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private volatile ScheduledFuture<?> sweep;
    /** Only read and written by the sweep, which never runs concurrently with itself. */
    private int idleSweeps;

    public Deadlines(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Starts a deadline.
     *
     * @param onExpiry run on the timer thread when the deadline passes before {@link Deadline#cancel()}; keep it
     *                 short (cancel a future)
     * @throws RejectedExecutionException when the scheduler has stopped
     */
    public Deadline start(long timeoutMillis, Runnable onExpiry) {
        Deadline deadline = new Deadline(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis), onExpiry);
        pending.add(deadline);
        try {
            startSweeping();
        } catch (RejectedExecutionException stopped) {
            pending.remove(deadline);
            throw stopped;
        }
        return deadline;
    }

    /** Deadlines started and neither cancelled nor expired yet. */
    int pending() {
        return pending.size();
    }

    /** Whether the periodic sweep is scheduled. */
    boolean isSweeping() {
        return sweeping.get();
    }

    private void startSweeping() {
        if (sweeping.compareAndSet(false, true)) {
            try {
                sweep = scheduler.scheduleWithFixedDelay(this::sweep, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                sweeping.set(false);
                throw stopped;
            }
        }
    }

    private void sweep() {
        if (pending.isEmpty()) {
            if (++idleSweeps >= IDLE_SWEEPS && sweep != null) {
                stopSweeping();
            }
            return;
        }
        idleSweeps = 0;
        long now = System.nanoTime();
        for (Deadline deadline : pending) {
            if (now - deadline.due >= 0 && pending.remove(deadline)) {
                try {
                    deadline.onExpiry.run();
                } catch (RuntimeException e) {
                    // a periodic task that throws is never run again: the other deadlines must still fire
                    LOG.warn("A request timeout action failed", e);
                }
            }
        }
    }

    private void stopSweeping() {
        sweep.cancel(false);
        idleSweeps = 0;
        sweeping.set(false);
        // a deadline started between the emptiness check and now saw the sweep still running: sweep for it
        if (!pending.isEmpty()) {
            try {
                startSweeping();
            } catch (RejectedExecutionException stopped) {
                // the component is stopping: its calls end with the HTTP client
            }
        }
    }

    /** One call's deadline. */
    public final class Deadline {

        private final long due;
        private final Runnable onExpiry;

        private Deadline(long due, Runnable onExpiry) {
            this.due = due;
            this.onExpiry = onExpiry;
        }

        /** The call ended in time: the deadline will not fire. */
        public void cancel() {
            pending.remove(this);
        }
    }
}
