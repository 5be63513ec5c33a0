package com.cometapi.camel.gemini.test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A response ready to send: status, headers and body frames. A streamed response is sent chunked, one flushed write
 * per frame (one SSE event), with {@code eventDelay} and gates between frames; otherwise the one frame is sent with a
 * {@code Content-Length}.
 */
record Rendered(int status, String contentType, List<Map.Entry<String, String>> headers, List<byte[]> frames,
                boolean streamed, Duration delay, Duration eventDelay, Map<Integer, CountDownLatch> eventGates) {
}
