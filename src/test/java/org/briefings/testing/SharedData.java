package org.briefings.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates ../shared/data for tests, evaluations and benchmarks. Where it is absent (a user's fresh
 * clone) the calling test is skipped with "skipped: ../shared/data not found" instead of failing.
 */
public final class SharedData {

    /** The project's root folder (where pom.xml is). */
    public static Path projectDir() {
        String dir = System.getProperty("briefings.project.dir");
        return dir == null ? Path.of("").toAbsolutePath() : Path.of(dir);
    }

    /** The shared data root, or skips the test. */
    public static Path rootOrSkip() {
        String prop = System.getProperty("briefings.shared.data");
        Path root = prop != null ? Path.of(prop) : projectDir().resolve("../shared/data");
        root = root.toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root), "skipped: ../shared/data not found (" + root + ")");
        return root;
    }

    /** A folder under the shared data root, or skips the test. */
    public static Path folderOrSkip(String relative) {
        Path folder = rootOrSkip().resolve(relative);
        assumeTrue(Files.isDirectory(folder), "skipped: ../shared/data/" + relative + " not found");
        return folder;
    }

    /** Every regular file under {@code folder}, at any depth, in path order. */
    public static List<Path> regularFiles(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SharedData() {}
}
