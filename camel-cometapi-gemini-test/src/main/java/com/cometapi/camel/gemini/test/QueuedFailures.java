package com.cometapi.camel.gemini.test;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/** HTTP failures a test queued for one family of endpoints: each answers one request, in order. */
final class QueuedFailures {

    private final ConcurrentLinkedQueue<MockReply> queue = new ConcurrentLinkedQueue<>();

    /** Queues an error or raw reply; other kinds would answer with a {@code GenerateContentResponse}. */
    void add(MockReply reply, String method) {
        Objects.requireNonNull(reply, "reply");
        if (reply.kind != MockReply.Kind.ERROR && reply.kind != MockReply.Kind.RAW) {
            throw new IllegalArgumentException(method + " takes MockReply.error(...) or MockReply.raw(...), not a "
                    + reply.kind.label + " reply");
        }
        queue.add(reply);
    }

    /** The next queued failure rendered for this request, or null when none is queued. */
    Rendered next(RecordedRequest request) {
        MockReply reply = queue.poll();
        return reply == null ? null : ReplyRenderer.render(reply, request);
    }

    void clear() {
        queue.clear();
    }
}
