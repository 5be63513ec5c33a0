package com.cometapi.camel.gemini.examples.quickstart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a guide in docs/guides no longer matches the example sources its snippets come from (or
 * names a snippet that no longer exists): runs {@code docs/build/UpdateSnippets.java --check}. To fix, run
 * {@code java docs/build/UpdateSnippets.java .} from the repository root and commit the guides.
 */
class GuidesUpToDateTest {

    private static final String GENERATOR = "docs/build/UpdateSnippets.java";

    @Test
    void everyGuideSnippetMatchesItsSource() throws Exception {
        Path root = repositoryRoot();
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                root.resolve(GENERATOR).toString(), root.toString(), "--check")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the generator finished").isTrue();

        assertThat(process.exitValue()).as(output).isZero();
    }

    /** The module runs in examples/quickstart: the root is the first folder up that holds the generator. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(GENERATOR))) {
                return dir;
            }
        }
        throw new IllegalStateException("No " + GENERATOR + " above " + Path.of("").toAbsolutePath());
    }
}
