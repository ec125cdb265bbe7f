package org.briefings.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.briefings.Briefing;
import org.briefings.ExtractedText;
import org.briefings.enrich.Enricher;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.IngestException;

/**
 * Enrichment alone, in a loop, for profiling and for checking that a change leaves the output as
 * it was: extracts a corpus once (the CRS PDFs' texts are cached in {@code WORK/cache}, so Tika
 * runs once), then calls {@link Enricher#enrich} over every text, round after round for {@code
 * SECONDS}, and prints the rate (MB of UTF-8 text per second, one thread, by the wall clock and by
 * the thread's CPU time) and a SHA-256 digest of everything enrichment produced (title, summary,
 * publication date, countries, people, organisations, dates mentioned). Two versions whose digests
 * match enrich the corpus alike; {@code -Denrich.dump=FILE} also writes what was digested, one
 * text a line, so that two versions' files can be compared line by line to find a difference.
 *
 * <p>The CPU-time rate is the one to compare on a shared machine: other processes lengthen a
 * round's wall time, not the CPU time the enriching thread itself used (they still cost it some
 * through shared caches, so compare two versions in the same time window).
 *
 * <p>Run it under JFR to see where the time goes:
 *
 * <pre>java -XX:StartFlightRecording=filename=enrich.jfr ... org.briefings.bench.EnrichLoop ungdc DATA WORK 0 60</pre>
 *
 * <p>{@code ungdc:500} (any corpus and size) cuts every text of the corpus into pieces of about
 * 500 characters, each ending at a line end, each enriched as a text of its own: short briefings
 * made of long ones, the same bytes, for what enrichment costs per text rather than per byte.
 *
 * <pre>EnrichLoop ungdc|crs[:PIECE_CHARS] DATA_DIR WORK_DIR LIMIT SECONDS</pre>
 */
public final class EnrichLoop {

    public static void main(String[] args) throws Exception {
        String corpus = args[0];
        Path data = Path.of(args[1]);
        Path work = Path.of(args[2]);
        int limit = Integer.parseInt(args[3]);
        double seconds = Double.parseDouble(args[4]);
        List<ExtractedText> texts = texts(corpus, data, work, limit);
        long bytes = 0;
        for (ExtractedText t : texts) {
            bytes += t.text().getBytes(StandardCharsets.UTF_8).length;
        }
        Enricher enricher = new Enricher();
        Instant now = Instant.parse("2026-12-02T00:00:00Z");
        String digest = digest(enricher, texts, now);
        System.out.printf("%s: %d texts, %.1f MB, digest %s%n", corpus, texts.size(), bytes / 1e6, digest);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = System.nanoTime() + (long) (seconds * 1e9);
        int round = 0;
        while (System.nanoTime() < until) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (ExtractedText t : texts) {
                enricher.enrich(t, now);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf(
                    "round %d: %.2f s, %.2f MB/s; cpu %.2f s, %.2f MB/s per core%n",
                    ++round, s, bytes / 1e6 / s, cpu, bytes / 1e6 / cpu);
        }
    }

    /** SHA-256 over what enrichment found in every text, in order. */
    static String digest(Enricher enricher, List<ExtractedText> texts, Instant now) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        String dumpTo = System.getProperty("enrich.dump");
        StringBuilder dump = dumpTo == null ? null : new StringBuilder();
        for (ExtractedText t : texts) {
            Briefing b = enricher.enrich(t, now);
            String found = String.join(
                    "\u0000",
                    b.title(),
                    b.summary(),
                    String.valueOf(b.titleSource()),
                    String.valueOf(b.published()),
                    b.countries().toString(),
                    b.people().toString(),
                    b.organisations().toString(),
                    b.datesMentioned().toString());
            md.update(found.getBytes(StandardCharsets.UTF_8));
            if (dump != null) {
                dump.append(t.sourcePath())
                        .append('\t')
                        .append(found.replace("\\", "\\\\").replace("\n", "\\n"))
                        .append('\n');
            }
        }
        if (dump != null) {
            Files.writeString(Path.of(dumpTo), dump);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Each text cut into pieces of at least {@code size} characters, each running on to the next
     * line end (or the text's end), with the text's file, title and metadata.
     */
    static List<ExtractedText> pieces(List<ExtractedText> texts, int size) {
        List<ExtractedText> out = new ArrayList<>();
        for (ExtractedText t : texts) {
            String text = t.text();
            int from = 0;
            for (int k = 0; from < text.length(); k++) {
                int lineEnd = text.indexOf('\n', Math.min(text.length(), from + size));
                int to = lineEnd < 0 ? text.length() : lineEnd + 1;
                String piece = text.substring(from, to);
                out.add(new ExtractedText(
                        t.id() + "#" + k,
                        t.sourcePath(),
                        t.containerId(),
                        t.mediaType(),
                        t.title(),
                        piece,
                        t.language(),
                        t.metadata(),
                        piece.getBytes(StandardCharsets.UTF_8).length));
                from = to;
            }
        }
        return out;
    }

    static List<ExtractedText> texts(String corpus, Path data, Path work, int limit) throws Exception {
        int colon = corpus.indexOf(':');
        if (colon > 0) {
            return pieces(
                    texts(corpus.substring(0, colon), data, work, limit),
                    Integer.parseInt(corpus.substring(colon + 1)));
        }
        List<Path> files = Corpora.files(data, corpus, limit);
        Path cache = work.resolve("cache").resolve("enrich-" + corpus + "-" + files.size() + ".json");
        if (Files.exists(cache)) {
            return ChildJvm.JSON.readValue(cache.toFile(), new TypeReference<List<ExtractedText>>() {});
        }
        Path root = Corpora.root(data, corpus);
        List<ExtractedText> out = new ArrayList<>();
        try (Extractor extractor = new Extractor()) {
            for (Path f : files) {
                try {
                    out.addAll(extractor
                            .extract(f, root.relativize(f).toString().replace('\\', '/'), null)
                            .documents());
                } catch (IngestException e) {
                    System.err.println("skipped " + f + ": " + e.getMessage());
                }
            }
        }
        Files.createDirectories(cache.getParent());
        ChildJvm.JSON.writeValue(cache.toFile(), out);
        return out;
    }

    private EnrichLoop() {}
}
