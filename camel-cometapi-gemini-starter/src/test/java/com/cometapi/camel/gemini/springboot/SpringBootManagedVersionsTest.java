package com.cometapi.camel.gemini.springboot;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.apache.hc.client5.http.async.HttpAsyncClient;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter is tested as a Spring Boot app runs it: on the Jackson and HttpClient versions that Spring Boot's BOM
 * manages, not on the newer ones the component is built with. The expected versions come from the parent POM
 * ({@code spring-boot.*.version}); a Boot upgrade that changes them fails here until the POM and docs/spring-boot.md
 * say the new ones.
 */
class SpringBootManagedVersionsTest {

    @Test
    void jacksonIsTheOneSpringBootManages() {
        assertThat(PackageVersion.VERSION.toString()).isEqualTo(expected("spring-boot.jackson2.version"));
    }

    @Test
    void httpClientAndHttpCoreAreTheOnesSpringBootManages() {
        assertThat(HttpAsyncClient.class.getPackage().getImplementationVersion())
                .isEqualTo(expected("spring-boot.httpclient5.version"));
        assertThat(HttpHost.class.getPackage().getImplementationVersion())
                .isEqualTo(expected("spring-boot.httpcore5.version"));
    }

    private static String expected(String property) {
        String version = System.getProperty(property);
        assertThat(version).as("system property %s (set by the starter's POM)", property).isNotBlank();
        return version;
    }
}
