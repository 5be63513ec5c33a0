package com.cometapi.camel.gemini;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;

import org.apache.camel.spi.ReactiveExecutor;

/**
 * Option {@code synchronous}: the completions of one exchange's calls, run by the thread that sent the exchange
 * while it waits, so the answer goes from the HTTP client's I/O thread straight to that thread (no pool thread in
 * between) and the I/O thread only queues a task. A completion handed over after the wait has ended (none is
 * expected) runs where it is handed over, so none is lost.
 */
final class CallerThreadCompletions implements Executor {

    private static final Runnable WAKE_UP = () -> {
    };

    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private volatile boolean waitEnded;

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        if (waitEnded && tasks.remove(task)) {
            task.run();
        }
    }

    /**
     * Runs the completions handed over until {@code work} is done, including the steps of work that completes on
     * another thread. Between them it runs the work Camel queued for this thread (a tool route started here is such
     * work: Camel's routing engine queues it behind the step this thread is in), as Camel's own await does. Waits
     * without giving up on an interrupt (which it keeps for the caller): every call is bounded by
     * {@code requestTimeout}, and stopping the component ends them all.
     */
    void runUntilDone(CompletableFuture<?> work, ReactiveExecutor camelWork) {
        work.whenComplete((ignored, failure) -> tasks.add(WAKE_UP));
        boolean interrupted = false;
        while (!work.isDone()) {
            if (camelWork.executeFromQueue()) {
                continue;
            }
            try {
                tasks.take().run();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        waitEnded = true;
        for (Runnable left = tasks.poll(); left != null; left = tasks.poll()) {
            left.run();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
