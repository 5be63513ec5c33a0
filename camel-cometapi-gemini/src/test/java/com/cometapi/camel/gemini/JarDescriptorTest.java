package com.cometapi.camel.gemini;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the jar tells tools about itself, read from the classes the jar is packed from: Camel's component list
 * (tooling such as the Camel catalog and JBang list a jar's components from it) and the licence files.
 */
class JarDescriptorTest {

    @Test
    void componentPropertiesListsBothComponentsWithThisBuildsCoordinates() throws Exception {
        Properties descriptor = new Properties();
        Path file = classes().resolve("META-INF/services/org/apache/camel/component.properties");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            descriptor.load(in);
        }

        assertThat(descriptor.getProperty("components").split(" ")).containsExactly("gemini", "gemini-tool");
        assertThat(descriptor)
                .containsEntry("groupId", "com.cometapi.camel")
                .containsEntry("artifactId", "camel-cometapi-gemini")
                .containsEntry("version", System.getProperty("gemini.project.version"))
                .containsKeys("projectName", "projectDescription");
        try (CamelContext camel = new DefaultCamelContext()) {
            for (String name : descriptor.getProperty("components").split(" ")) {
                assertThat(camel.getComponent(name)).as("component %s resolves by its name", name).isNotNull();
            }
        }
    }

    @Test
    void licenceAndNoticeAreInMetaInf() throws Exception {
        assertThat(Files.readString(classes().resolve("META-INF/LICENSE")))
                .contains("Apache License", "Version 2.0, January 2004");
        assertThat(Files.readString(classes().resolve("META-INF/NOTICE"))).contains("CometAPI");
    }

    private static Path classes() throws URISyntaxException, IOException {
        Path classes = Path.of(GeminiComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).as("the component's own classes folder").isDirectory();
        return classes;
    }
}
