package org.briefings.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.ParserIsolation;
import org.briefings.ingest.fork.ForkedExtractor;

/**
 * One parser child per setting of its JVM options, both alive at once and given the same files
 * pass by pass in turn (A's pass, then B's, and so on), so a shared machine's load falls on both
 * alike: the time to start and parse the first file, then each pass. The first passes show the
 * warm-up, the last the steady state a long-running server's children reach. Not part of the
 * harness's report.
 *
 * <pre>ChildSteadyState DATA_DIR ungdc|crs LIMIT PASSES "A options" "B options"</pre>
 */
public final class ChildSteadyState {

    public static void main(String[] args) throws Exception {
        List<Path> files = Corpora.files(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
        int passes = Integer.parseInt(args[3]);
        ExtractionLimits limits = ExtractionLimits.defaults();
        try (ForkedExtractor a = child(limits, args[4]);
                ForkedExtractor b = child(limits, args[5])) {
            System.out.printf(Locale.ROOT, "A %s: start and first file %.0f ms%n", args[4], first(a, files));
            System.out.printf(Locale.ROOT, "B %s: start and first file %.0f ms%n", args[5], first(b, files));
            for (int p = 1; p <= passes; p++) {
                double ma = pass(a, files);
                double mb = pass(b, files);
                System.out.printf(Locale.ROOT, "pass %d: A %.0f ms, B %.0f ms, B ÷ A %.2f%n", p, ma, mb, mb / ma);
            }
        }
    }

    private static ForkedExtractor child(ExtractionLimits limits, String options) {
        List<String> o = options.equals("-") ? List.of() : ParserIsolation.parseJvmOptions(options);
        return new ForkedExtractor(
                limits,
                ParserIsolation.forked(1, ParserIsolation.DEFAULT_HEAP_MB).withJvmOptions(o));
    }

    private static double first(ForkedExtractor x, List<Path> files) {
        long t = System.nanoTime();
        try {
            x.extract(files.get(0), files.get(0).toString(), null);
        } catch (IngestException e) {
            // an answer too: the child is up
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private static double pass(ForkedExtractor x, List<Path> files) {
        long t = System.nanoTime();
        for (Path f : files) {
            try {
                x.extract(f, f.toString(), null);
            } catch (IngestException e) {
                // counted like any file
            }
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private ChildSteadyState() {}
}
