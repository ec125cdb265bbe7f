package org.briefings.enrich.country;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * On-demand throughput check of {@link CountryTagger} on one core (not a unit test: timings on
 * shared CI machines are noise). Reads the UN General Debate speeches (real text, many countries
 * per speech) from ../shared/data/ungdc, tags them a few times and prints MB/s of UTF-16 chars
 * counted as bytes of text.
 *
 * <pre>java -cp target/classes:target/test-classes:... org.briefings.enrich.country.CountryTaggerThroughput [data root] [MB]</pre>
 */
public final class CountryTaggerThroughput {

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data").resolve("ungdc");
        long wantChars = (long) (args.length > 1 ? Double.parseDouble(args[1]) : 40) * 1_000_000L;
        if (!Files.isDirectory(root)) {
            System.out.println("skipped: " + root + " not found");
            return;
        }
        List<String> texts = new ArrayList<>();
        long chars = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String t = Files.readString(p, StandardCharsets.UTF_8);
                texts.add(t);
                chars += t.length();
                if (chars >= wantChars) {
                    break;
                }
            }
        }
        CountryTagger tagger = new CountryTagger();
        long sink = 0;
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            for (String t : texts) {
                sink += tagger.tag("", t).size();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %d docs, %.1f MB in %.2f s = %.1f MB/s%n",
                    round,
                    texts.size(),
                    chars / 1e6,
                    secs,
                    chars / 1e6 / secs);
        }
        System.out.println("(mentions: " + sink + ")");
    }

    private CountryTaggerThroughput() {}
}
