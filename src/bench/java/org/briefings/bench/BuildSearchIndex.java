package org.briefings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.LuceneIndex;

/**
 * Builds the search benchmark's four indexes of the same N briefings ({@link SearchCorpus}) in a
 * child JVM, and records how long each took: the engine's (through {@link
 * LuceneIndex#replaceFile}, so fields and facets are exactly what ingest writes), the bare
 * Lucene baseline, the baseline with plain sorted-set facets, and that one with the body's offsets
 * in the postings for highlighting ({@link BareLucene}). Indexes are
 * kept in {@code WORK/search/N/} and reused while {@link #VERSION} and N are unchanged.
 *
 * <p>With {@code corpus}, each briefing's text is also written as a file under {@code
 * WORK/search/N/corpus/} and the index records its real size and time, so that {@code serve} on
 * that corpus and index finds every file unchanged (the HTTP benchmark's start-up).
 *
 * <pre>BuildSearchIndex DATA_DIR WORK_DIR DOCS [corpus]</pre>
 */
public final class BuildSearchIndex {

    /** Bump when the corpus recipe or the schema changes, so cached indexes are rebuilt. */
    static final String VERSION = "4";

    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** What was built, kept beside the indexes as {@code build.json}. */
    public record Built(
            String version,
            int docs,
            boolean corpus,
            int distinct,
            double enrichMs,
            double engineMs,
            long engineBytes,
            double luceneMs,
            long luceneBytes,
            double facetsMs,
            long facetsBytes,
            double snippetsMs,
            long snippetsBytes,
            int threads) {}

    static Path dir(Path work, int docs) {
        return work.resolve("search").resolve(String.valueOf(docs));
    }

    /** The cached build, or null when the indexes must be (re)built (or a corpus is wanted and missing). */
    static Built cached(Path work, int docs, boolean corpus) throws IOException {
        Path marker = dir(work, docs).resolve("build.json");
        if (!Files.exists(marker)) {
            return null;
        }
        Built b = ChildJvm.JSON.readValue(marker.toFile(), Built.class);
        return VERSION.equals(b.version()) && b.docs() == docs && (b.corpus() || !corpus) ? b : null;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int docs = Integer.parseInt(args[2]);
        boolean writeCorpus = args.length > 3 && args[3].equals("corpus");
        Path dir = dir(work, docs);
        Corpora.deleteTree(dir);
        Files.createDirectories(dir);

        long t0 = System.nanoTime();
        SearchCorpus corpus = SearchCorpus.load(data, docs);
        double enrichMs = (System.nanoTime() - t0) / 1e6;
        System.err.printf("    %,d distinct passages enriched in %.1f s%n", corpus.distinct(), enrichMs / 1e3);

        long[] sizes = new long[docs];
        long[] mtimes = new long[docs];
        if (writeCorpus) {
            Path root = dir.resolve("corpus");
            parallel(docs, i -> {
                Briefing b = corpus.briefing(i);
                Path file = root.resolve(b.sourcePath());
                Files.createDirectories(file.getParent());
                Files.writeString(file, b.body());
                sizes[i] = Files.size(file);
                mtimes[i] = Files.getLastModifiedTime(file).toMillis();
            });
            System.err.printf("    corpus of %,d files written%n", docs);
        }

        long e0 = System.nanoTime();
        try (LuceneIndex index = LuceneIndex.open(dir.resolve("engine"))) {
            parallel(docs, i -> {
                Briefing b = corpus.briefing(i);
                index.replaceFile(
                        b.sourcePath(),
                        List.of(b),
                        new BriefingDocuments.FileInfo(
                                b.id(), b.sourcePath(), writeCorpus ? sizes[i] : b.sizeBytes(), mtimes[i]));
            });
            index.commit();
        }
        double engineMs = (System.nanoTime() - e0) / 1e6;
        System.err.printf("    engine index: %,d briefings in %.1f s%n", docs, engineMs / 1e3);

        double luceneMs = buildLucene(corpus, docs, dir.resolve("lucene"), false, false);
        System.err.printf("    lucene index: %.1f s%n", luceneMs / 1e3);
        double facetsMs = buildLucene(corpus, docs, dir.resolve("lucene-facets"), true, false);
        System.err.printf("    lucene+facets index: %.1f s%n", facetsMs / 1e3);
        double snippetsMs = buildLucene(corpus, docs, dir.resolve("lucene-snippets"), true, true);
        System.err.printf("    lucene+facets+snippets index: %.1f s%n", snippetsMs / 1e3);

        Built built = new Built(
                VERSION,
                docs,
                writeCorpus,
                corpus.distinct(),
                enrichMs,
                engineMs,
                Corpora.folderBytes(dir.resolve("engine")),
                luceneMs,
                Corpora.folderBytes(dir.resolve("lucene")),
                facetsMs,
                Corpora.folderBytes(dir.resolve("lucene-facets")),
                snippetsMs,
                Corpora.folderBytes(dir.resolve("lucene-snippets")),
                THREADS);
        ChildJvm.JSON.writeValue(dir.resolve("build.json").toFile(), built);
        ChildJvm.emit(built);
    }

    private static double buildLucene(SearchCorpus corpus, int docs, Path dir, boolean facets, boolean offsets)
            throws Exception {
        long t0 = System.nanoTime();
        try (IndexWriter writer = BareLucene.openWriter(dir)) {
            parallel(docs, i -> {
                Briefing b = corpus.briefing(i);
                Set<String> countries = new LinkedHashSet<>();
                Set<String> about = new LinkedHashSet<>();
                for (CountryMention c : b.countries()) {
                    countries.add(c.code());
                    if (c.about()) {
                        about.add(c.code());
                    }
                }
                Set<String> people = new LinkedHashSet<>();
                b.people().stream()
                        .map(e -> e.name())
                        .filter(n -> n != null && !n.isBlank())
                        .forEach(people::add);
                Set<String> organisations = new LinkedHashSet<>();
                b.organisations().stream()
                        .map(e -> e.name())
                        .filter(n -> n != null && !n.isBlank())
                        .forEach(organisations::add);
                writer.addDocument(BareLucene.searchDocument(
                        b.title(),
                        b.body(),
                        countries,
                        about,
                        people,
                        organisations,
                        b.language(),
                        b.format(),
                        b.published().date(),
                        facets,
                        offsets));
            });
            writer.commit();
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    interface Task {
        void run(int i) throws IOException;
    }

    /** Runs {@code task(0..n-1)} on {@link #THREADS} threads, each taking the next number. */
    static void parallel(int n, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Object>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        task.run(i);
                        if (i > 0 && i % 20_000 == 0) {
                            System.err.printf("      %,d%n", i);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Object> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private BuildSearchIndex() {}
}
