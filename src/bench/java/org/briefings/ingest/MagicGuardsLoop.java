package org.briefings.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;

/**
 * Times the plain-text type check three ways over the first 64 KB of every file under a folder,
 * in one JVM, round after round: the guards' word search alone, {@link MagicGuards#detect}, and
 * Tika's whole table ({@link MimeTypes#detect}). Not part of {@code scripts/bench.sh}; see
 * docs/benchmarks.md, "Magic guards".
 *
 * <pre>java -cp ... org.briefings.ingest.MagicGuardsLoop ../shared/data/ungdc/TXT 4</pre>
 */
public final class MagicGuardsLoop {

    private MagicGuardsLoop() {}

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<byte[]> prefixes = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                prefixes.add(in.readNBytes(PlainTextReader.PREFIX_BYTES));
            }
        }
        MagicGuards guards = MagicGuards.load();
        MimeTypes tika = MimeTypes.getDefaultMimeTypes();
        System.out.printf(
                "%d files; %d magics guarded by %d words%n",
                files.size(), guards.removedMagics(), guards.words().size());
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            int cheap = 0;
            for (byte[] p : prefixes) {
                if (!guards.mayMatchRemoved(p)) {
                    cheap++;
                }
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < prefixes.size(); i++) {
                guards.detect(prefixes.get(i), named(files.get(i)));
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < prefixes.size(); i++) {
                tika.detect(new ByteArrayInputStream(prefixes.get(i)), named(files.get(i)));
            }
            long t3 = System.nanoTime();
            System.out.printf(
                    "round %d: %d files from the second table; words %.1f ms, guarded check %.1f ms, Tika's table %.1f ms%n",
                    round, cheap, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        }
    }

    private static Metadata named(Path file) {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        return m;
    }
}
