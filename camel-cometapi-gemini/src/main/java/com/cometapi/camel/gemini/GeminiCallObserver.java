package com.cometapi.camel.gemini;

/**
 * Told of every model request the component makes, for metrics, tracing or auditing. Set one on the component
 * (option {@code callObserver}; a single bean of this type in the registry is picked up by itself). Called on the
 * component's threads: keep it quick and never throw.
 */
public interface GeminiCallObserver {

    /** A model request ended: with an answer, with a failure, or (a stream) when the route stopped reading it. */
    void requestCompleted(GeminiCallEvent event);

    /** A failed attempt will be retried; the event's failure says why. */
    default void retryScheduled(GeminiCallEvent event) {
    }
}
