package org.briefings.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.briefings.Briefing;
import org.briefings.EntityMention;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.LuceneIndex;
import org.briefings.search.BatchSearcher;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.SearchRequest;

/**
 * Batch search in a child JVM on the engine index {@link BuildSearchIndex} built: 10,000 names (the
 * people and organisations the taggers found in the index's briefings, in the order they first
 * occur, topped up with their surnames and then with names that match nothing) run as one batch ({@link BatchSearcher}: total
 * and top 3 per name, no facets), against the baseline of the same names searched one by one
 * through {@link BriefingSearcher#search} (facets, highlights: what a client looping over {@code
 * /api/search} makes the engine do). Each name's total is checked to be the same both ways before
 * the speeds are compared. One thread; {@code rounds} rounds, alternating which goes first.
 *
 * <pre>BatchRun WORK_DIR DOCS ROUNDS</pre>
 */
public final class BatchRun {

    static final int NAMES = 10_000;

    public record Round(int round, double batchPerSec, double searchesPerSec) {}

    public record Result(
            int docs, int names, int namesFound, int failed, List<String> mismatches, List<Round> rounds) {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int docs = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path dir = BuildSearchIndex.dir(work, docs).resolve("engine");
        List<String> names = names(dir);
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            BriefingSearcher searcher = new BriefingSearcher(index, new GazetteerCountryCodes(Gazetteer.load()));
            BatchSearcher batch = new BatchSearcher(searcher);
            SearchRequest template = SearchRequest.builder().build();

            long[] batchTotals = new long[names.size()];
            boolean[] batchExact = new boolean[names.size()];
            int[] failed = {0};
            runBatch(batch, template, names, batchTotals, batchExact, failed); // and warm-up
            List<String> mismatches = new ArrayList<>();
            int found = 0;
            for (int i = 0; i < names.size(); i++) {
                long own = search(searcher, names.get(i));
                found += own > 0 ? 1 : 0;
                // a batch counts exactly up to BriefingSearcher.EXACT_TOTAL_BOUND; above it, its total
                // is a lower bound, and only a search finding fewer than that bound is a difference
                if (batchExact[i] ? own != batchTotals[i] : own < batchTotals[i]) {
                    mismatches.add(names.get(i) + ": batch " + batchTotals[i] + ", search " + own);
                }
            }
            System.err.printf("    %,d names, %,d found, %d mismatches%n", names.size(), found, mismatches.size());

            List<Round> out = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                double b = 0;
                double s = 0;
                for (int k = 0; k < 2; k++) {
                    if ((k + r) % 2 == 0) {
                        long t0 = System.nanoTime();
                        runBatch(batch, template, names, new long[names.size()], new boolean[names.size()], new int[1]);
                        b = names.size() / ((System.nanoTime() - t0) / 1e9);
                    } else {
                        long t0 = System.nanoTime();
                        for (String n : names) {
                            search(searcher, n);
                        }
                        s = names.size() / ((System.nanoTime() - t0) / 1e9);
                    }
                }
                out.add(new Round(r, b, s));
                System.err.printf("    round %d: batch %.0f queries/s, one search each %.0f queries/s%n", r, b, s);
            }
            ChildJvm.emit(new Result(
                    docs,
                    names.size(),
                    found,
                    failed[0],
                    mismatches.stream().limit(20).toList(),
                    out));
        }
    }

    private static void runBatch(
            BatchSearcher batch,
            SearchRequest template,
            List<String> names,
            long[] totals,
            boolean[] exact,
            int[] failed)
            throws IOException {
        batch.run(template, names, 3, new BatchSearcher.Sink() {
            @Override
            public void answer(int position, BatchSearcher.Answer a) {
                totals[position] = a.total();
                exact[position] = a.totalExact();
            }

            @Override
            public void failed(int position, InvalidRequestException error) {
                totals[position] = -1;
                exact[position] = true;
                failed[0]++;
            }
        });
    }

    private static long search(BriefingSearcher searcher, String name) throws IOException {
        try {
            return searcher.search(SearchRequest.builder().query(name).size(3).build())
                    .total();
        } catch (InvalidRequestException e) {
            return -1;
        }
    }

    /** People and organisations of the index's briefings, first seen first, topped up with misses. */
    static List<String> names(Path dir) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            StoredFields stored = reader.storedFields();
            for (int d = 0; d < reader.maxDoc() && names.size() < NAMES; d++) {
                Briefing b = BriefingDocuments.fromDocument(stored.document(d));
                for (EntityMention m : b.people()) {
                    names.add(m.name());
                }
                for (EntityMention m : b.organisations()) {
                    names.add(m.name());
                }
            }
        }
        // fewer distinct names than wanted: add their surnames (a word of several names), then misses
        for (String n : List.copyOf(names)) {
            if (names.size() >= NAMES) {
                break;
            }
            String[] words = n.split(" ");
            if (words.length > 1) {
                names.add(words[words.length - 1]);
            }
        }
        List<String> out = new ArrayList<>(names);
        for (int i = 0; out.size() < NAMES; i++) {
            out.add("Nonexistent Person" + i);
        }
        return out.subList(0, NAMES);
    }

    private BatchRun() {}
}
