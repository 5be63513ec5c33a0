package com.cometapi.camel.gemini;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.cometapi.camel.gemini.TestComponents.testComponent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS through Camel's SSLContextParameters (endpoint, component, global) with hostname verification on, and the
 * HTTP proxy.
 */
class GeminiTransportTest extends CamelTestSupport {

    private static final String ANSWER = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"secure\"}]}}]}";

    @RegisterExtension
    static WireMockExtension https = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicHttpsPort().httpDisabled(true).bindAddress("127.0.0.1")
                    .keystorePath("src/test/resources/tls/server.p12").keystorePassword("changeit")
                    .keyManagerPassword("changeit").keystoreType("PKCS12"))
            .build();

    @RegisterExtension
    static WireMockExtension proxy = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").enableBrowserProxying(true))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("gemini", testComponent("https://localhost:" + https.getHttpsPort(), "transport-test-key"));
        context.getRegistry().bind("trustLocalhost", TestComponents.trusting("classpath:tls/truststore.p12", "PKCS12"));
        return context;
    }

    private static void answer() {
        https.stubFor(post(urlPathMatching("/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(ANSWER)));
    }

    @Test
    void endpointSslContextParametersTrustTheServer() {
        answer();

        assertThat(template.requestBody("gemini:generate?sslContextParameters=#trustLocalhost", "Hi")).isEqualTo("secure");
    }

    @Test
    void speaksHttp11OverTlsToAServerThatOffersHttp2() {
        answer();

        template.requestBody("gemini:generate?sslContextParameters=#trustLocalhost", "Hi");

        // WireMock's Jetty offers h2 by ALPN; over HTTP/2 HttpClient's header log would print the key (reliability.md)
        assertThat(https.getAllServeEvents()).singleElement()
                .satisfies(event -> assertThat(event.getRequest().getProtocol()).isEqualTo("HTTP/1.1"));
    }

    @Test
    void globalSslContextParametersAreUsedWhenTheComponentSaysSo() {
        answer();
        context.setSSLContextParameters(context.getRegistry().lookupByNameAndType("trustLocalhost",
                SSLContextParameters.class));
        GeminiComponent global = testComponent("https://localhost:" + https.getHttpsPort(), "transport-test-key");
        global.setUseGlobalSslContextParameters(true);
        context.addComponent("geminiGlobal", global);

        assertThat(template.requestBody("geminiGlobal:generate", "Hi")).isEqualTo("secure");
    }

    @Test
    void untrustedServerFailsWithoutRetry() {
        answer();

        Exchange reply = template.request("gemini:generate?maxRetries=3", e -> e.getMessage().setBody("Hi"));

        assertThat(reply.getException()).isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
        assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).isEqualTo(1);
    }

    @Test
    void hostnameVerificationStaysOnForATrustedCertificateOfAnotherName() {
        // the trusted certificate names localhost and 127.0.0.1; this server answers on 127.0.0.2 (loopback too)
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicHttpsPort().httpDisabled(true)
                .bindAddress("127.0.0.2").keystorePath("src/test/resources/tls/server.p12").keystorePassword("changeit")
                .keyManagerPassword("changeit").keystoreType("PKCS12"));
        server.start();
        try {
            Exchange reply = template.request("gemini:generate?maxRetries=2&sslContextParameters=#trustLocalhost"
                                              + "&baseUrl=https://127.0.0.2:" + server.httpsPort(),
                    e -> e.getMessage().setBody("Hi"));

            assertThat(reply.getException()).isInstanceOf(javax.net.ssl.SSLException.class);
            assertThat(reply.getMessage().getHeader(GeminiConstants.ATTEMPTS)).as("not retried").isEqualTo(1);
            assertThat(server.getAllServeEvents()).isEmpty();
        } finally {
            server.stop();
        }
    }

    @Test
    void requestsGoThroughTheProxy() {
        proxy.stubFor(post(urlPathMatching("/v1beta/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(ANSWER)));

        Object body = template.requestBody("gemini:generate?baseUrl=http://gemini.example.invalid&proxyHost=127.0.0.1"
                                           + "&proxyPort=" + proxy.getPort(), "Hi");

        assertThat(body).isEqualTo("secure");
        proxy.verify(postRequestedFor(urlPathMatching("/v1beta/models/gemini-2.5-flash:generateContent"))
                .withHeader("Host", equalTo("gemini.example.invalid")));
        https.verify(0, anyRequestedFor(anyUrl()));
    }
}
