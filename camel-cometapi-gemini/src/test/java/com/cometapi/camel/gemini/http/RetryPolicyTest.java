package com.cometapi.camel.gemini.http;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delay before the next attempt, over many samples (the jitter is random): a server-given delay is a floor,
 * jitter only adds to it, and retryMaxDelay caps the total, the server's delay included.
 */
class RetryPolicyTest {

    private static final int SAMPLES = 2_000;

    private static ApiErrorException rateLimited(Duration serverDelay) {
        return new ApiErrorException("http://127.0.0.1/v1beta/models/gemini-2.5-flash:generateContent", 429, null,
                Map.of(), "{}", "RESOURCE_EXHAUSTED", "Quota exceeded", List.of(), true, serverDelay);
    }

    @Test
    void serverDelayBelowTheCapIsAFloorAndJitterOnlyAddsToIt() {
        RetryPolicy policy = new RetryPolicy(5, 100, 60_000);
        ApiErrorException failure = rateLimited(Duration.ofMillis(3_000));

        for (int attempt = 1; attempt <= 5; attempt++) {
            long backoff = 100L << (attempt - 1);
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < SAMPLES; i++) {
                long delay = policy.delayMillis(attempt, failure);
                assertThat(delay).as("attempt %d", attempt).isBetween(3_000L, 3_000L + backoff / 2);
                seen.add(delay);
            }
            assertThat(seen).as("jitter on attempt %d", attempt).hasSizeGreaterThan(1);
        }
    }

    @Test
    void serverDelayBelowTheBackoffLeavesTheBackoffAsTheFloor() {
        RetryPolicy policy = new RetryPolicy(3, 1_000, 60_000);
        ApiErrorException failure = rateLimited(Duration.ofMillis(200));

        for (int i = 0; i < SAMPLES; i++) {
            assertThat(policy.delayMillis(1, failure)).isBetween(1_000L, 1_500L);
            assertThat(policy.delayMillis(3, failure)).isBetween(4_000L, 6_000L);
        }
    }

    @Test
    void backoffWithoutServerDelayDoublesAndStaysBetweenTheBaseAndTheCap() {
        long cap = 1_000;
        RetryPolicy policy = new RetryPolicy(30, 100, cap);
        IOException reset = new IOException("Connection reset");

        for (int attempt = 1; attempt <= 30; attempt++) {
            long base = Math.min(100L << Math.min(attempt - 1, 20), cap);
            long upper = Math.min(base + base / 2, cap);
            for (int i = 0; i < SAMPLES; i++) {
                assertThat(policy.delayMillis(attempt, reset)).as("attempt %d", attempt).isBetween(base, upper);
            }
        }
        assertThat(policy.delayMillis(5, reset)).as("base 1600 ms is over the cap").isEqualTo(cap);
    }

    @Test
    void serverDelayAboveRetryMaxDelayIsCappedAtRetryMaxDelayAndStillRetried() {
        RetryPolicy policy = new RetryPolicy(2, 100, 5_000);
        ApiErrorException failure = rateLimited(Duration.ofSeconds(120));

        for (int i = 0; i < SAMPLES; i++) {
            assertThat(policy.delayMillis(1, failure)).isEqualTo(5_000L);
            assertThat(policy.delayMillis(2, failure)).isEqualTo(5_000L);
        }
        assertThat(policy.delayMillis(3, failure)).as("retries spent").isEqualTo(-1L);
    }

    @Test
    void neverExceedsRetryMaxDelayAndHonoursTheServerDelayBelowIt() {
        Random parameters = new Random(20_260_513L);
        for (int i = 0; i < 20 * SAMPLES; i++) {
            long initial = 1 + parameters.nextInt(5_000);
            long cap = 1 + parameters.nextInt(30_000);
            int maxRetries = 1 + parameters.nextInt(25);
            int attempt = 1 + parameters.nextInt(maxRetries);
            Duration server = parameters.nextBoolean() ? null : Duration.ofMillis(parameters.nextInt(60_000));
            RetryPolicy policy = new RetryPolicy(maxRetries, initial, cap);

            long delay = policy.delayMillis(attempt, rateLimited(server));

            String sample = "initial=" + initial + " cap=" + cap + " attempt=" + attempt + " server=" + server;
            assertThat(delay).as(sample).isBetween(0L, cap);
            if (server != null && server.toMillis() <= cap) {
                assertThat(delay).as(sample).isGreaterThanOrEqualTo(server.toMillis());
            }
            if (server != null && server.toMillis() >= cap) {
                assertThat(delay).as(sample).isEqualTo(cap);
            }
            long base = Math.min(initial << Math.min(attempt - 1, 20), cap);
            assertThat(delay).as(sample).isGreaterThanOrEqualTo(base);
        }
    }
}
