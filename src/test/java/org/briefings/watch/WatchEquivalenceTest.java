package org.briefings.watch;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineBuilder;
import org.briefings.engine.EngineConfig;
import org.briefings.index.IndexListener;
import org.briefings.ingest.ParserIsolation;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;
import org.briefings.search.SortOrder;
import org.briefings.testing.SharedData;
import org.briefings.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watch matches exactly what {@code /api/search} with the same parameters finds: watches are
 * generated from a corpus's own terms and facet values, created on an empty engine, then the
 * corpus arrives (by reconciliation, and some files as uploads); every watch's matches must equal
 * the search's hits, for the engine's matching and for the two alternatives the benchmark measures.
 */
class WatchEquivalenceTest {

    @TempDir
    Path dir;

    @Test
    void generatedWatchesMatchExactlyWhatTheSearchFindsOnTheSampleCorpus() throws Exception {
        check(SharedData.projectDir().resolve("corpus"), 300, Integer.MAX_VALUE);
    }

    @Slow
    @Test
    void generatedWatchesMatchExactlyWhatTheSearchFindsOnUnSpeeches() throws Exception {
        Path ungdc = SharedData.folderOrSkip("ungdc/TXT");
        check(ungdc, 300, 400);
    }

    private void check(Path source, int watchCount, int maxFiles) throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.walk(source)) {
            files = all.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .limit(maxFiles)
                    .toList();
        }
        // 1. the corpus's own terms and facet values, from an engine that has indexed it
        Path first = dir.resolve("first");
        copy(source, files, first.resolve("corpus"));
        List<WatchSpec> specs;
        try (BriefingEngine e = open(first)) {
            e.reconcile();
            specs = new GeneratedWatches(e).generate(watchCount, 20261201L);
        }
        // 2. an empty engine with the watches, then the corpus arrives
        Path second = dir.resolve("second");
        Files.createDirectories(second.resolve("corpus"));
        try (BriefingEngine e = open(second)) {
            Watches memory = new Watches(second.resolve("alt-memory"), e.index(), MatchStrategy.MEMORY, webhooks());
            Watches everyWatch = new Watches(second.resolve("alt-index"), e.index(), MatchStrategy.INDEX, webhooks());
            e.index().setListener(fanOut(e.watches(), memory, everyWatch));
            Map<String, Map<Watches, String>> ids = new LinkedHashMap<>();
            for (WatchSpec spec : specs) {
                try {
                    Map<Watches, String> byInstance = new LinkedHashMap<>();
                    for (Watches w : List.of(e.watches(), memory, everyWatch)) {
                        byInstance.put(w, w.create(spec).id());
                    }
                    ids.put(spec.name(), byInstance);
                } catch (InvalidRequestException bad) {
                    // a generated query can be invalid (a prefix that expands too far): the search refuses it too
                }
            }
            assertTrue(ids.size() > watchCount * 0.9, "most generated watches are valid: " + ids.size());
            int uploads = 0;
            Path target = second.resolve("corpus");
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                if (i % 4 == 0) {
                    try (InputStream in = Files.newInputStream(f)) {
                        e.add(f.getFileName().toString(), in, 50_000_000);
                        uploads++;
                    } catch (org.briefings.ingest.IngestException notExtractable) {
                        // refused as an upload would be; nothing indexed
                    }
                } else {
                    Path t = target.resolve(source.relativize(f).toString());
                    Files.createDirectories(t.getParent());
                    Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            e.reconcile();
            assertTrue(uploads > 0);

            int nonEmpty = 0;
            int i = 0;
            for (WatchSpec spec : specs) {
                Map<Watches, String> byInstance = ids.get(spec.name());
                if (byInstance == null) {
                    continue;
                }
                Watch w = e.watches().get(byInstance.get(e.watches())).orElseThrow();
                Set<String> searched = searchAll(e, w.request());
                nonEmpty += searched.isEmpty() ? 0 : 1;
                String label = "watch " + spec.name() + " q=" + spec.q() + " filters=" + spec.filters() + " from="
                        + spec.from() + " to=" + spec.to();
                assertEquals(searched, e.watches().matchedIds(byInstance.get(e.watches())), "engine: " + label);
                assertEquals(searched, everyWatch.matchedIds(byInstance.get(everyWatch)), "index: " + label);
                assertEquals(searched, memory.matchedIds(byInstance.get(memory)), "memory: " + label);
                i++;
            }
            System.out.printf(
                    "watch equivalence: %d watches over %d files (%d uploaded), %d with matches%n",
                    i, files.size(), uploads, nonEmpty);
            assertTrue(nonEmpty > i / 4, "a good share of the watches match something: " + nonEmpty + " of " + i);
            memory.close();
            everyWatch.close();
        }
    }

    private static Set<String> searchAll(BriefingEngine e, SearchRequest watchRequest) throws IOException {
        Set<String> ids = new TreeSet<>();
        String cursor = null;
        do {
            SearchRequest.Builder b = SearchRequest.builder()
                    .query(watchRequest.query())
                    .from(watchRequest.from())
                    .to(watchRequest.to())
                    .sort(SortOrder.NEWEST)
                    .size(SearchRequest.MAX_SIZE)
                    .cursor(cursor);
            watchRequest.filters().forEach((d, vs) -> vs.forEach(v -> b.filter(d, v)));
            SearchResponse r = e.search(b.build());
            r.hits().forEach(h -> ids.add(h.id()));
            cursor = r.nextCursor();
        } while (cursor != null);
        return ids;
    }

    private static BriefingEngine open(Path root) throws IOException {
        return EngineBuilder.of(EngineConfig.of(root.resolve("corpus"), root.resolve("index"))
                        .withIsolation(ParserIsolation.inProcess()))
                .open();
    }

    private static Webhooks webhooks() {
        return new Webhooks(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1));
    }

    private static IndexListener fanOut(IndexListener... listeners) {
        return new IndexListener() {
            @Override
            public void searchable(List<Indexed> briefings, IndexSearcher searcher) throws IOException {
                for (IndexListener l : listeners) {
                    l.searchable(briefings, searcher);
                }
            }

            @Override
            public void beforeCommit() throws IOException {
                for (IndexListener l : listeners) {
                    l.beforeCommit();
                }
            }
        };
    }

    private static void copy(Path source, List<Path> files, Path to) throws IOException {
        List<Path> copied = new ArrayList<>();
        for (Path f : files) {
            Path t = to.resolve(source.relativize(f).toString());
            Files.createDirectories(t.getParent());
            Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
            copied.add(t);
        }
    }
}
