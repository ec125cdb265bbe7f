package org.briefings.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.briefings.Briefing;
import org.briefings.DatePrecision;
import org.briefings.ExtractedText;
import org.briefings.PublicationDate;
import org.briefings.enrich.Enricher;
import org.briefings.ingest.ContentHash;

/**
 * The briefings the search benchmark indexes: real text, made briefing-sized and repeated.
 *
 * <p>Each UN General Debate speech is cut at paragraph ends into passages of about
 * {@value #PASSAGE_CHARS} characters or more (the size of a real briefing: the seed briefing is
 * 3.5 KB), which gives about 12,000 distinct passages. Each is enriched once by the real {@link
 * Enricher} (structure, title, countries, people, organisations, dates mentioned), so facet values
 * are what the engine would find. To
 * reach N briefings the passages are taken in a seeded shuffled order and repeated; copy k of a
 * passage gets its own id and path, a publication date k years before the speech's year (a seeded
 * day within that year), and that year in its title. So a 10k index has no repeats and a 100k index
 * holds every passage about eight times, with dates spread over 2002-2024.
 */
final class SearchCorpus {

    static final int PASSAGE_CHARS = 3000;
    private static final long SEED = 20261129L;

    /** One passage of a speech, before enrichment. */
    record Passage(String key, String text, int year) {}

    private final List<Passage> passages;
    private final List<Briefing> enriched;

    private SearchCorpus(List<Passage> passages, List<Briefing> enriched) {
        this.passages = passages;
        this.enriched = enriched;
    }

    /** Reads and enriches as many passages as {@code docs} needs (all of them for docs over their count). */
    static SearchCorpus load(Path data, int docs) throws IOException {
        List<Passage> all = passages(Corpora.files(data, Corpora.UNGDC, 0));
        Collections.shuffle(all, new Random(SEED));
        List<Passage> used = all.subList(0, Math.min(docs, all.size()));
        Enricher enricher = new Enricher();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        List<Briefing> enriched = new ArrayList<>(used.size());
        for (Passage p : used) {
            String path = "bench/" + p.key() + ".txt";
            enriched.add(enricher.enrich(ExtractedText.ofPlainText(ContentHash.of(path), path, null, p.text()), now));
        }
        return new SearchCorpus(List.copyOf(used), enriched);
    }

    int distinct() {
        return passages.size();
    }

    /** Briefing number {@code i} (0-based) of the benchmark corpus. */
    Briefing briefing(int i) {
        int n = passages.size();
        Passage p = passages.get(i % n);
        Briefing b = enriched.get(i % n);
        int copy = i / n;
        Random r = new Random(SEED * 31 + i);
        LocalDate date = LocalDate.of(p.year() - (copy % 15), 1, 1).plusDays(r.nextInt(365));
        String path = "bench/" + copy + "/" + p.key() + ".txt";
        String title = (b.title().isBlank() ? p.key() : b.title()) + " (" + date.getYear() + ")";
        return new Briefing(
                ContentHash.of(path),
                path,
                null,
                b.mediaType(),
                b.format(),
                title,
                b.summary(),
                b.body(),
                b.language(),
                new PublicationDate(date, DatePrecision.DAY, "benchmark"),
                b.countries(),
                b.people(),
                b.organisations(),
                b.datesMentioned(),
                b.metadata(),
                b.sizeBytes(),
                b.ingestedAt());
    }

    /** Cuts speeches into passages at paragraph (line) ends. File names are ISO3_SESSION_YEAR.txt. */
    static List<Passage> passages(List<Path> files) throws IOException {
        List<Passage> out = new ArrayList<>();
        for (Path f : files) {
            String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
            String[] parts = stem.split("_");
            int year = Integer.parseInt(parts[parts.length - 1]);
            StringBuilder current = new StringBuilder();
            int part = 0;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                current.append(line.strip()).append("\n\n");
                if (current.length() >= PASSAGE_CHARS) {
                    out.add(new Passage(stem + "_p" + part++, current.toString().strip(), year));
                    current.setLength(0);
                }
            }
            if (current.length() >= PASSAGE_CHARS / 3) {
                out.add(new Passage(stem + "_p" + part, current.toString().strip(), year));
            }
        }
        return out;
    }
}
