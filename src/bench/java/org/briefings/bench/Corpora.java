package org.briefings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real corpora in ../shared/data the benchmarks read; never copied into the repository. */
final class Corpora {

    /** UN General Debate speeches, plain UTF-8 text. */
    static final String UNGDC = "ungdc";
    /** Congressional Research Service reports, PDF. */
    static final String CRS = "crs";

    private Corpora() {}

    /** The folder whose files are ingested, as the engine's corpus root. */
    static Path root(Path data, String corpus) {
        return switch (corpus) {
            case UNGDC -> data.resolve("ungdc/TXT");
            case CRS -> data.resolve("crs-reports/pdf");
            default -> throw new IllegalArgumentException("unknown corpus " + corpus);
        };
    }

    /** The corpus's files in a fixed order, at most {@code limit} of them (0 = all). */
    static List<Path> files(Path data, String corpus, int limit) throws IOException {
        String ext = corpus.equals(UNGDC) ? ".txt" : ".pdf";
        try (Stream<Path> s = Files.walk(root(data, corpus))) {
            Stream<Path> sorted = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(ext))
                    .sorted();
            return (limit > 0 ? sorted.limit(limit) : sorted).toList();
        }
    }

    static long bytes(List<Path> files) throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        return total;
    }

    /** Bytes of a folder's files (an index on disk). */
    static long folderBytes(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
