package com.cometapi.camel.gemini;


import com.cometapi.camel.gemini.model.EmbeddingTaskType;
import com.cometapi.camel.gemini.request.OptionChecks;

/**
 * The checks of an endpoint's transport and loop options, when it is created: a bad value fails the route's start
 * with a message that says what to use instead. (Generation options are checked by {@code RequestDefaults}, the key
 * and base URL by {@link ApiAccess}.)
 */
final class EndpointOptionChecks {

    private EndpointOptionChecks() {
    }

    static void check(GeminiConfiguration config, GeminiOperation operation) {
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
        OptionChecks.atLeast("fileProcessingTimeout", config.getFileProcessingTimeout(), 1);
        if (config.getCacheTtl() < 1000) {
            throw new IllegalArgumentException("cacheTtl must be at least 1s, was " + config.getCacheTtl() + "ms");
        }
        if (operation == GeminiOperation.EMBED) {
            checkEmbeddings(config);
        }
    }

    private static void checkEmbeddings(GeminiConfiguration config) {
        if (config.getEmbeddingModel() == null || config.getEmbeddingModel().isBlank()) {
            throw new IllegalArgumentException("embeddingModel must not be blank; use e.g. gemini-embedding-001");
        }
        OptionChecks.atLeast("outputDimensionality", config.getOutputDimensionality(), 1);
        if (config.getTitle() != null && !config.getTitle().isBlank()
            && config.getTaskType() != EmbeddingTaskType.RETRIEVAL_DOCUMENT) {
            throw new IllegalArgumentException("title is for documents: set taskType=RETRIEVAL_DOCUMENT with it, or"
                                               + " leave title out");
        }
    }
}
