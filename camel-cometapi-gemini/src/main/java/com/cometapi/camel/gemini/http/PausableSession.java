package com.cometapi.camel.gemini.http;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.util.concurrent.locks.Lock;

import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.Command;
import org.apache.hc.core5.reactor.IOEventHandler;
import org.apache.hc.core5.reactor.IOSession;
import org.apache.hc.core5.util.Timeout;

/**
 * A connection whose reads can be paused, so a stream's flow control holds on plain HTTP/1.1. When a response
 * consumer withholds input capacity, HttpCore stops selecting the socket for reading, but the read cycle already
 * under way goes on while the socket has data: against a fast sender it would never end. Paused, this session's reads
 * return nothing, the cycle ends, and the socket is left to TCP's own flow control until the consumer resumes it.
 * <p>
 * A consumer finds its session through {@link #current()}: the session whose input the calling I/O thread is
 * handling. Over TLS the read cycle is bounded by the TLS layer and {@code current()} is null.
 */
final class PausableSession implements IOSession {

    private static final ThreadLocal<PausableSession> CURRENT = new ThreadLocal<>();

    private final IOSession delegate;
    private volatile boolean paused;
    private IOEventHandler wrapped;
    private IOEventHandler wrapper;

    PausableSession(IOSession delegate) {
        this.delegate = delegate;
    }

    /** The session whose input this I/O thread is handling now, or null. */
    static PausableSession current() {
        return CURRENT.get();
    }

    /** Reads return nothing until {@link #resume()}. */
    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return paused ? 0 : delegate.read(dst);
    }

    @Override
    public IOEventHandler getHandler() {
        IOEventHandler handler = delegate.getHandler();
        if (handler == null) {
            return null;
        }
        if (handler != wrapped) {
            wrapped = handler;
            wrapper = new MarkingHandler(handler);
        }
        return wrapper;
    }

    /** Marks this session as the current one while its input is handled. */
    private final class MarkingHandler implements IOEventHandler {

        private final IOEventHandler handler;

        MarkingHandler(IOEventHandler handler) {
            this.handler = handler;
        }

        @Override
        public void inputReady(IOSession session, ByteBuffer src) throws IOException {
            PausableSession previous = CURRENT.get();
            CURRENT.set(PausableSession.this);
            try {
                handler.inputReady(session, src);
            } finally {
                CURRENT.set(previous);
            }
        }

        @Override
        public void connected(IOSession session) throws IOException {
            handler.connected(session);
        }

        @Override
        public void outputReady(IOSession session) throws IOException {
            handler.outputReady(session);
        }

        @Override
        public void timeout(IOSession session, Timeout timeout) throws IOException {
            handler.timeout(session, timeout);
        }

        @Override
        public void exception(IOSession session, Exception cause) {
            handler.exception(session, cause);
        }

        @Override
        public void disconnected(IOSession session) {
            handler.disconnected(session);
        }
    }

    @Override
    public void upgrade(IOEventHandler handler) {
        delegate.upgrade(handler);
    }

    @Override
    public Lock getLock() {
        return delegate.getLock();
    }

    @Override
    public void enqueue(Command command, Command.Priority priority) {
        delegate.enqueue(command, priority);
    }

    @Override
    public boolean hasCommands() {
        return delegate.hasCommands();
    }

    @Override
    public Command poll() {
        return delegate.poll();
    }

    @Override
    public ByteChannel channel() {
        return delegate.channel();
    }

    @Override
    public SocketAddress getRemoteAddress() {
        return delegate.getRemoteAddress();
    }

    @Override
    public SocketAddress getLocalAddress() {
        return delegate.getLocalAddress();
    }

    @Override
    public int getEventMask() {
        return delegate.getEventMask();
    }

    @Override
    public void setEventMask(int ops) {
        delegate.setEventMask(ops);
    }

    @Override
    public void setEvent(int op) {
        delegate.setEvent(op);
    }

    @Override
    public void clearEvent(int op) {
        delegate.clearEvent(op);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public void close(CloseMode closeMode) {
        delegate.close(closeMode);
    }

    @Override
    public Status getStatus() {
        return delegate.getStatus();
    }

    @Override
    public Timeout getSocketTimeout() {
        return delegate.getSocketTimeout();
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        delegate.setSocketTimeout(timeout);
    }

    @Override
    public long getLastReadTime() {
        return delegate.getLastReadTime();
    }

    @Override
    public long getLastWriteTime() {
        return delegate.getLastWriteTime();
    }

    @Override
    public long getLastEventTime() {
        return delegate.getLastEventTime();
    }

    @Override
    public void updateReadTime() {
        delegate.updateReadTime();
    }

    @Override
    public void updateWriteTime() {
        delegate.updateWriteTime();
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return delegate.write(src);
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public String getId() {
        return delegate.getId();
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
