package com.cometapi.camel.gemini.http;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.apache.hc.core5.http.nio.CapacityChannel;

/**
 * The events of one stream waiting for their reader, and the stream's flow control. The I/O thread adds events and
 * never waits; when enough wait, the input capacity HttpCore asks for is not granted, so it stops reading the socket,
 * and the reader grants it once it has taken them. HttpCore may still hand over what its buffers already hold, so a
 * hard limit, {@code maxQueuedBytes}, fails this stream alone (never the reactor) if its reader falls that far behind.
 * <p>
 * Each grant wakes the I/O thread (HttpCore wakes its selector on every grant) and often the reader too, so the input
 * granted at a time is sized to last about {@link #WINDOW_NANOS} at the pace the stream was last taken: the smallest
 * window while a route takes events slowly, so a slow stream holds little, and up to {@link #MAX_WINDOW} for a route
 * fast enough to take a window sooner, whose stream then costs a wake-up per millisecond rather than per few events.
 */
final class EventQueue implements EventSource {

    /** Input granted at a time while the stream is taken slowly, as bytes: the smallest window. */
    static final int MIN_WINDOW = 8 * 1024;
    /** The largest window, for a stream taken at this many bytes per {@link #WINDOW_NANOS} or faster. */
    static final int MAX_WINDOW = 64 * 1024;
    /** How long a window should last at the pace the last one was taken. */
    static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** Input is granted again only while fewer events than this wait. */
    static final int RESUME_EVENTS = 8;
    /** ... and fewer bytes than this. */
    static final long RESUME_BYTES = 256 * 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<StreamItem> items = new ArrayDeque<>();
    private final long maxQueuedBytes;
    private final Consumer<EventQueue> onClosed;
    private final LongSupplier nanoTime;
    private int window = MIN_WINDOW;
    /** When input was last granted, or the queue made (HttpCore grants the first window itself). */
    private long grantedNanos;
    private long queuedBytes;
    private long maxSeenBytes;
    private CapacityChannel withheld;
    private PausableSession session;
    private boolean terminated;
    private volatile boolean endedNormally;
    private volatile boolean closed;
    private volatile Future<?> exchange;
    private volatile String serviceTier;

    /**
     * @param maxQueuedBytes the most bytes of events that may wait before the stream fails
     * @param onClosed       run once when the queue is closed or has ended
     */
    EventQueue(long maxQueuedBytes, Consumer<EventQueue> onClosed) {
        this(maxQueuedBytes, onClosed, System::nanoTime);
    }

    /** @param nanoTime the clock that paces the windows */
    EventQueue(long maxQueuedBytes, Consumer<EventQueue> onClosed, LongSupplier nanoTime) {
        this.maxQueuedBytes = maxQueuedBytes;
        this.onClosed = onClosed;
        this.nanoTime = nanoTime;
        this.grantedNanos = nanoTime.getAsLong();
    }

    /** From the answer's headers, before the first event is handed over. */
    void serviceTier(String tier) {
        serviceTier = tier;
    }

    @Override
    public String serviceTier() {
        return serviceTier;
    }

    /** The HTTP exchange to cancel on {@link #close()}. */
    void attach(Future<?> exchangeFuture) {
        exchange = exchangeFuture;
        if (closed && !endedNormally) {
            exchangeFuture.cancel(true);
        }
    }

    /**
     * An event's JSON, from the I/O thread. Never waits. The reader is woken by {@link #publish()}, once for all the
     * events one network read brought, not once per event.
     */
    void add(String json) {
        boolean overflow;
        lock.lock();
        try {
            if (terminated) {
                return;
            }
            queuedBytes += json.length();
            maxSeenBytes = Math.max(maxSeenBytes, queuedBytes);
            overflow = queuedBytes > maxQueuedBytes;
            if (!overflow) {
                items.add(new StreamItem.Event(json));
            }
        } finally {
            lock.unlock();
        }
        if (overflow) {
            fail(new IOException("The route fell more than " + maxQueuedBytes + " bytes of Gemini events behind this"
                                 + " stream (the most a stream holds in memory); the stream was stopped"));
            close();
        }
    }

    /** Wakes the reader if it waits for the events added since the last call. */
    void publish() {
        lock.lock();
        try {
            if (!items.isEmpty()) {
                arrived.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The stream ended normally. */
    void end() {
        terminate(new StreamItem.End());
    }

    /** The stream broke; the reader gets the failure after the events before it. */
    void fail(Throwable cause) {
        terminate(new StreamItem.Failure(cause));
    }

    /** Whether the stream has ended or failed. */
    boolean isTerminated() {
        lock.lock();
        try {
            return terminated;
        } finally {
            lock.unlock();
        }
    }

    /**
     * HttpCore asks for input capacity (on the I/O thread handling this stream's input): granted now if the reader
     * keeps up, else when it has caught up; meanwhile the connection's reads are paused.
     */
    void capacityWanted(CapacityChannel channel) throws IOException {
        int grant;
        lock.lock();
        try {
            if (session == null) {
                session = PausableSession.current();
            }
            if (!roomForMore()) {
                withheld = channel;
                if (session != null) {
                    session.pause();
                }
                return;
            }
            grant = nextWindow();
        } finally {
            lock.unlock();
        }
        channel.update(grant);
    }

    @Override
    public StreamItem poll(long timeoutMillis) throws InterruptedException {
        StreamItem item;
        CapacityChannel grant = null;
        int granted = 0;
        lock.lock();
        try {
            long left = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (items.isEmpty()) {
                if (left <= 0) {
                    return null;
                }
                left = arrived.awaitNanos(left);
            }
            item = items.poll();
            if (item instanceof StreamItem.Event event) {
                queuedBytes -= event.json().length();
            }
            if (withheld != null && roomForMore()) {
                grant = withheld;
                granted = nextWindow();
                withheld = null;
                if (session != null) {
                    session.resume();
                }
            }
        } finally {
            lock.unlock();
        }
        if (grant != null) {
            try {
                grant.update(granted);
            } catch (IOException e) {
                fail(e);
            }
        }
        return item;
    }

    @Override
    public StreamItem peek() {
        lock.lock();
        try {
            return items.peek();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!endedNormally) {
            Future<?> future = exchange;
            if (future != null && !future.isDone()) {
                future.cancel(true);
            }
        }
        onClosed.accept(this);
    }

    @Override
    public long maxQueuedBytes() {
        lock.lock();
        try {
            return maxSeenBytes;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The input to grant now (lock held): the last window scaled to last {@link #WINDOW_NANOS} at the pace it was
     * taken, within {@link #MIN_WINDOW} and {@link #MAX_WINDOW}.
     */
    private int nextWindow() {
        long now = nanoTime.getAsLong();
        long took = Math.max(now - grantedNanos, 1);
        window = (int) Math.max(MIN_WINDOW, Math.min(MAX_WINDOW, window * WINDOW_NANOS / took));
        grantedNanos = now;
        return window;
    }

    private boolean roomForMore() {
        return items.size() < RESUME_EVENTS && queuedBytes < RESUME_BYTES;
    }

    private void terminate(StreamItem last) {
        lock.lock();
        try {
            if (terminated) {
                return;
            }
            terminated = true;
            endedNormally = last instanceof StreamItem.End;
            items.add(last);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        if (endedNormally) {
            onClosed.accept(this);
        }
    }
}
