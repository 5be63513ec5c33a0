package com.cometapi.camel.gemini.http;

import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request timeouts of all calls of a component, checked by one periodic sweep rather than a timer task per call.
 * Starting a call appends its deadline to a lock-free queue and ending it only marks the deadline done; the sweep
 * drops the done ones. The timer thread is never woken for a call (a task per call woke it on every call, for a
 * timeout that almost never fires), and a call neither hashes nor searches anything (a concurrent set cost a hash
 * insert and a removal per call). A deadline fires at most {@link #TICK_MILLIS} late; a done one stays queued until
 * the next sweep. The sweep runs only while calls are pending, and stops after a second without any.
 */
public final class Deadlines {

    private static final Logger LOG = LoggerFactory.getLogger(Deadlines.class);

    /** How often pending deadlines are checked, and so how late one may fire. */
    static final long TICK_MILLIS = 10;

    /** Sweeps with nothing pending before the sweep stops (one second). */
    private static final int IDLE_SWEEPS = 100;

    private final ScheduledExecutorService scheduler;
    /** Started deadlines, in no useful order; done ones until the next sweep drops them. */
    private final ConcurrentLinkedQueue<Deadline> queued = new ConcurrentLinkedQueue<>();
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
        queued.add(deadline);
        try {
            startSweeping();
        } catch (RejectedExecutionException stopped) {
            deadline.finish();
            queued.remove(deadline);
            throw stopped;
        }
        return deadline;
    }

    /** Deadlines started and neither cancelled nor expired yet. */
    int pending() {
        int pending = 0;
        for (Deadline deadline : queued) {
            if (!deadline.isDone()) {
                pending++;
            }
        }
        return pending;
    }

    /** Deadlines still queued, done or not: a done one until the next sweep. */
    int queued() {
        return queued.size();
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
        boolean anyPending = false;
        long now = System.nanoTime();
        for (Iterator<Deadline> it = queued.iterator(); it.hasNext(); ) {
            Deadline deadline = it.next();
            if (deadline.isDone()) {
                it.remove();
            } else if (now - deadline.due < 0) {
                anyPending = true;
            } else if (deadline.finish()) {
                it.remove();
                try {
                    deadline.onExpiry.run();
                } catch (RuntimeException e) {
                    // a periodic task that throws is never run again: the other deadlines must still fire
                    LOG.warn("A request timeout action failed", e);
                }
            }
        }
        if (anyPending) {
            idleSweeps = 0;
        } else if (++idleSweeps >= IDLE_SWEEPS && sweep != null) {
            stopSweeping();
        }
    }

    private void stopSweeping() {
        sweep.cancel(false);
        idleSweeps = 0;
        sweeping.set(false);
        // a deadline started between the last sweep and now saw the sweep still running: sweep for it
        if (!queued.isEmpty()) {
            try {
                startSweeping();
            } catch (RejectedExecutionException stopped) {
                // the component is stopping: its calls end with the HTTP client
            }
        }
    }

    /** One call's deadline. */
    public static final class Deadline {

        private static final AtomicIntegerFieldUpdater<Deadline> DONE =
                AtomicIntegerFieldUpdater.newUpdater(Deadline.class, "done");

        private final long due;
        private final Runnable onExpiry;
        /** 1 once cancelled or expired: whichever comes first wins, the other does nothing. */
        private volatile int done;

        private Deadline(long due, Runnable onExpiry) {
            this.due = due;
            this.onExpiry = onExpiry;
        }

        /** The call ended in time: the deadline will not fire. */
        public void cancel() {
            finish();
        }

        private boolean finish() {
            return done == 0 && DONE.compareAndSet(this, 0, 1);
        }

        private boolean isDone() {
            return done != 0;
        }
    }
}
