package com.cometapi.camel.gemini;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * The real Gemini traffic recorded by other public projects, read in place from the shared fixtures folder (never
 * copied into this project). Tests that use it are skipped when the folder is absent.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The fixtures folder; skips the calling test when it is absent. */
    public static Path dir() {
        String configured = System.getProperty("gemini.fixtures.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "fixtures", "gemini-real");
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "Real Gemini fixtures not found at " + dir.toAbsolutePath()
                                                       + "; set -Dgemini.fixtures.dir to run the fixture tests");
        return dir;
    }

    /** Whether the fixtures folder exists, for @MethodSource providers that must not throw. */
    public static boolean present() {
        String configured = System.getProperty("gemini.fixtures.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "fixtures", "gemini-real");
        return Files.isDirectory(dir);
    }

    /** Every file under the folder whose name ends with the suffix, sorted. */
    public static List<Path> files(String suffix) {
        if (!present()) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir())) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
