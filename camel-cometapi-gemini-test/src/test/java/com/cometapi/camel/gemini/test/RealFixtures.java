package com.cometapi.camel.gemini.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real Gemini traffic recorded by other public projects, read in place (never copied into this project) from the
 * folder named by the system property {@value #PROPERTY}. The build sets it to {@code ../shared/fixtures/gemini-real}
 * beside the checkout; {@code -Dgemini.fixtures.dir=...} points it elsewhere. Without the folder every test that asks
 * for a fixture is skipped with a message that says where it looked, so a clone on its own passes its build.
 *
 * <p>Tests that read fixtures carry {@link RequiresRealFixtures}, so they are skipped as a whole without the folder and
 * the build can run exactly them once more with the folder absent. Shared with the component's tests through this
 * module's test jar.
 */
public final class RealFixtures {

    public static final String PROPERTY = "gemini.fixtures.dir";
    public static final String TAG = "real-fixtures";

    private RealFixtures() {
    }

    /** The folder, when it exists. */
    public static Optional<Path> root() {
        String configured = System.getProperty(PROPERTY);
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured) : Path.of("..", "..", "shared", "fixtures", "gemini-real");
        return Files.isDirectory(dir) ? Optional.of(dir.toAbsolutePath().normalize()) : Optional.empty();
    }

    /** The folder; aborts (skips) the calling test, or the parameterized test asking for its arguments, without it. */
    public static Path dir() {
        return root().orElseGet(() -> abort(absentMessage()));
    }

    /** One fixture by its path under the folder; skips the calling test when the folder or the file is absent. */
    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        assumeTrue(Files.isRegularFile(file), () -> "Real Gemini fixture " + file + " is absent: skipping");
        return file;
    }

    /** Every file under the folder whose name ends with one of the suffixes, sorted; skips without the folder. */
    public static List<Path> files(String... suffixes) {
        try (Stream<Path> walk = Files.walk(dir())) {
            return walk.filter(Files::isRegularFile).filter(p -> endsWithAny(p.getFileName().toString(), suffixes))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture's path relative to the folder, for test names. */
    public static String name(Path file) {
        return dir().relativize(file).toString();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean endsWithAny(String name, String... suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    static String absentMessage() {
        String configured = System.getProperty(PROPERTY);
        return "Real Gemini fixtures not found at "
               + (configured != null && !configured.isBlank() ? configured : "../../shared/fixtures/gemini-real")
               + " (system property " + PROPERTY + "): skipping; they are other projects' recordings, read in place"
               + " from ../shared beside the checkout and never copied into this repository";
    }
}
