package org.briefings.ingest.fork;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.briefings.ingest.DocumentExtractor;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.LanguageGuesser;
import org.briefings.ingest.ParserIsolation;

/**
 * Measures what parsing in a child process costs over parsing in-process, for docs/isolation.md:
 * the child's start-up, and the per-document overhead (request, JSON answer, copying the text)
 * once both sides are warm. One child, one document at a time, so the numbers are the overhead
 * itself and not parallelism.
 *
 * <pre>{@code
 * ./mvnw -q test-compile && java -cp "target/test-classes:target/classes:$(cat cp.txt)" \
 *     org.briefings.ingest.fork.IsolationOverhead corpus 5
 * }</pre>
 */
public final class IsolationOverhead {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "corpus");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        ExtractionLimits limits = ExtractionLimits.defaults();
        long t = System.nanoTime();
        ForkedExtractor forked =
                new ForkedExtractor(limits, ParserIsolation.forked(1, ParserIsolation.DEFAULT_HEAP_MB));
        try {
            forked.extract(files.get(0), files.get(0).toString(), null);
        } catch (IngestException e) {
            // a failure is an answer too: the child is up
        }
        double startMs = (System.nanoTime() - t) / 1e6;
        try (forked;
                Extractor local = new Extractor(limits, new LanguageGuesser())) {
            run(local, files, 2);
            run(forked, files, 2); // warm both JITs
            double localMs = run(local, files, passes);
            double forkedMs = run(forked, files, passes);
            long rss = ProcessHandle.of(forked.pids().get(0))
                    .map(IsolationOverhead::rssKb)
                    .orElse(-1L);
            System.out.printf(Locale.ROOT, "%d files, %d passes%n", files.size(), passes);
            System.out.printf(Locale.ROOT, "child start + first document: %.0f ms%n", startMs);
            System.out.printf(Locale.ROOT, "in-process:    %.2f ms per document%n", localMs);
            System.out.printf(Locale.ROOT, "child process: %.2f ms per document%n", forkedMs);
            System.out.printf(
                    Locale.ROOT,
                    "overhead:      %.2f ms per document (%.0f%%)%n",
                    forkedMs - localMs,
                    100 * (forkedMs - localMs) / localMs);
            System.out.printf(Locale.ROOT, "child resident memory after the runs: %d MB%n", rss / 1024);
        }
    }

    private static double run(DocumentExtractor x, List<Path> files, int passes) {
        long t = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (Path f : files) {
                try {
                    x.extract(f, f.toString(), null);
                } catch (IngestException e) {
                    // counted like any document
                }
            }
        }
        return (System.nanoTime() - t) / 1e6 / (passes * (double) files.size());
    }

    private static long rssKb(ProcessHandle p) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }

    private IsolationOverhead() {}
}
