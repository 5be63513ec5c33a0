package com.cometapi.camel.gemini;

import com.cometapi.camel.gemini.test.logscan.LogScan;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * The gemini component as the tests use it: pointed at a loopback server, with a test key and short retry delays.
 */
final class TestComponents {

    private TestComponents() {
    }

    static GeminiComponent testComponent(String baseUrl, String apiKey) {
        GeminiComponent component = new GeminiComponent();
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setApiKey(apiKey == null ? null : LogScan.watch(apiKey));
        component.getConfiguration().setRetryInitialDelay(10);
        return component;
    }

    /** TLS that trusts the certificates of a test key store (src/test/resources/tls), host names still verified. */
    static SSLContextParameters trusting(String resource, String type) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource(resource);
        store.setPassword("changeit");
        store.setType(type);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }
}
