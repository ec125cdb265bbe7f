package org.briefings.ingest.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefings.ExtractedText;
import org.briefings.ingest.DocumentExtractor;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.LanguageGuesser;

/**
 * A parser child that does, on request, what a hostile document can make Tika do: loop for ever,
 * run out of memory, die, print on stdout, time out, or leave temporary files and loop ({@code x.spill}). The request's source name says which
 * ({@code x.loop}, {@code x.oom}, ...). Anything else goes to the real extractor, created only when
 * first needed so that restarts in these tests are quick.
 */
public final class MisbehavingWorker {

    public static void main(String[] args) throws Exception {
        ExtractionWorker.run(args, limits -> new Hostile(limits));
    }

    static final class Hostile implements DocumentExtractor {
        private final ExtractionLimits limits;
        private Extractor real;

        Hostile(ExtractionLimits limits) {
            this.limits = limits;
        }

        @Override
        @SuppressWarnings({"InfiniteLoopStatement", "MismatchedQueryAndUpdateOfCollection"})
        public Extraction extract(Path file, String sourcePath, String fileId) throws IngestException {
            String kind = sourcePath.substring(sourcePath.lastIndexOf('.') + 1);
            switch (kind) {
                case "loop" -> {
                    long x = 0;
                    while (true) {
                        x++; // a parser stuck on a cyclic structure, deaf to interrupts
                        if (x == Long.MIN_VALUE) {
                            break;
                        }
                    }
                    throw new IllegalStateException("unreachable");
                }
                case "spill" -> {
                    spill();
                    long x = 0;
                    while (true) {
                        x++; // then stuck, so the parent kills it at the time limit
                        if (x == Long.MIN_VALUE) {
                            break;
                        }
                    }
                    throw new IllegalStateException("unreachable");
                }
                case "oom" -> {
                    List<long[]> hog = new ArrayList<>();
                    while (true) {
                        hog.add(new long[1 << 20]); // a decompression bomb held in memory
                    }
                }
                case "exit" -> {
                    Runtime.getRuntime().halt(7);
                    throw new IllegalStateException("unreachable");
                }
                case "timeout" ->
                    throw new IngestException(IngestException.Reason.TIMEOUT, "parsing took longer than 1 s");
                case "noisy" -> {
                    System.out.println("a parser that prints on stdout {\"ok\":true}");
                    return echo(file, sourcePath);
                }
                case "echo" -> {
                    return echo(file, sourcePath);
                }
                default -> {
                    if (real == null) {
                        real = Extractor.tikaOnly(limits, new LanguageGuesser());
                    }
                    return real.extract(file, sourcePath, fileId);
                }
            }
        }

        /** Writes what Tika leaves when it is killed mid-parse: a spooled attachment, a rendered page. */
        private static void spill() {
            try {
                Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
                Files.writeString(Files.createTempFile(tmp, "apache-tika-", ".tmp"), "spooled");
                Files.writeString(tmp.resolve("page-1.png"), "rendered");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Answers without Tika: proves the child is alive and the protocol in step; its metadata holds
         * the child's pid and JVM options ({@code jvm}).
         */
        private static Extraction echo(Path file, String sourcePath) {
            String pid = String.valueOf(ProcessHandle.current().pid());
            return new Extraction(
                    "f".repeat(64),
                    List.of(new ExtractedText(
                            "e".repeat(64),
                            sourcePath,
                            null,
                            "text/plain",
                            pid,
                            "echo from " + pid,
                            "en",
                            Map.of(
                                    "pid",
                                    List.of(pid),
                                    "jvm",
                                    java.lang.management.ManagementFactory.getRuntimeMXBean()
                                            .getInputArguments()),
                            1)),
                    List.of());
        }

        @Override
        public ExtractionLimits limits() {
            return limits;
        }

        @Override
        public Map<String, Object> describe() {
            return Map.of("mode", "misbehaving");
        }

        @Override
        public void close() {
            if (real != null) {
                real.close();
            }
        }
    }

    private MisbehavingWorker() {}
}
