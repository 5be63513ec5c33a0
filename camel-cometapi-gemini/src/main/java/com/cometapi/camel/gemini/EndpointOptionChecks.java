package com.cometapi.camel.gemini;


import com.cometapi.camel.gemini.request.OptionChecks;

/**
 * The checks of an endpoint's transport and loop options, when it is created: a bad value fails the route's start
 * with a message that says what to use instead. (Generation options are checked by {@code RequestDefaults}, the key
 * and base URL by {@link ApiAccess}.)
 */
final class EndpointOptionChecks {

    private EndpointOptionChecks() {
    }

    static void check(GeminiConfiguration config) {
        if (config.getApiVersion() == null || config.getApiVersion().isBlank()) {
            throw new IllegalArgumentException("apiVersion must not be blank; use v1beta");
        }
        OptionChecks.atLeast("connectTimeout", config.getConnectTimeout(), 1);
        OptionChecks.atLeast("requestTimeout", config.getRequestTimeout(), 1);
        OptionChecks.atLeast("streamIdleTimeout", config.getStreamIdleTimeout(), 1);
        OptionChecks.atLeast("maxRetries", config.getMaxRetries(), 0);
        OptionChecks.atLeast("retryInitialDelay", config.getRetryInitialDelay(), 0);
        OptionChecks.atLeast("retryMaxDelay", config.getRetryMaxDelay(), 0);
        OptionChecks.atLeast("maxConnections", config.getMaxConnections(), 1);
        if (config.getProxyHost() != null && config.getProxyPort() == null) {
            throw new IllegalArgumentException("proxyHost is set without proxyPort; set both");
        }
        OptionChecks.atLeast("maxToolIterations", config.getMaxToolIterations(), 1);
    }
}
