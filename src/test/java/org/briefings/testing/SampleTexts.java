package org.briefings.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real texts of several kinds for tests that compare a faster way of doing something with the
 * straightforward one: the sample corpus's text, Markdown, HTML and e-mail files as they are
 * written, and, where ../shared/data is present, the first hundred and fifty UN General Debate
 * speeches in path order. Nothing is skipped when the shared data is absent; there are just fewer
 * texts.
 */
public final class SampleTexts {

    private static final int SPEECHES = 150;

    /** The texts, then {@code more}: real texts and one written for a test's edge cases. */
    public static List<String> with(String... more) {
        List<String> out = all();
        out.addAll(List.of(more));
        return out;
    }

    /** The texts, in a fixed order. */
    public static List<String> all() {
        List<String> out = new ArrayList<>();
        try {
            out.addAll(read(SharedData.projectDir().resolve("corpus"), ".txt", ".md", ".html", ".eml"));
            Path data = SharedData.projectDir().resolve("../shared/data").normalize();
            String prop = System.getProperty("briefings.shared.data");
            if (prop != null) {
                data = Path.of(prop);
            }
            Path speeches = data.resolve("ungdc/TXT");
            if (Files.isDirectory(speeches)) {
                out.addAll(read(speeches, ".txt").stream().limit(SPEECHES).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> read(Path dir, String... extensions) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                for (String ext : extensions) {
                    if (name.endsWith(ext)) {
                        out.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private SampleTexts() {}
}
