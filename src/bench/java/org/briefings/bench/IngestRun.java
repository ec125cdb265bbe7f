package org.briefings.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.briefings.Briefing;
import org.briefings.ExtractedText;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineBuilder;
import org.briefings.engine.EngineConfig;
import org.briefings.engine.ReconcileReport;
import org.briefings.enrich.Enricher;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.LuceneIndex;
import org.briefings.ingest.ContentHash;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.LanguageGuesser;
import org.briefings.ingest.ParserIsolation;
import org.briefings.pipeline.IngestChunks;

/**
 * One ingest measurement in a fresh JVM (started by {@link BenchMain}): indexes a corpus
 * {@code passes} times, each pass into a new, empty index. Pass 1 is <em>cold</em> (nothing loaded
 * or compiled yet); later passes are <em>warm</em>.
 *
 * <p>System {@code engine} calls the engine's stages one after the other on one thread, timing
 * each: {@link Extractor#extract} (Tika detection and extraction; it also hashes the file and
 * detects the language), {@link Enricher#enrich} (structure and countries), {@link
 * LuceneIndex#replaceFile} (Lucene document building, analysis and adding) and {@link
 * LuceneIndex#commit}. These are the calls {@code BriefingEngine.reconcile} makes per file, in the
 * same groups of files ({@link IngestChunks}: each stage over a group's files in a row, then the
 * next stage), without its thread pool, so the stage times add up to the whole and nothing is timed
 * twice.
 *
 * <p>After its passes the engine JVM also times {@link BriefingEngine#reconcile} on the same files:
 * the whole product path with its thread pool, to show what the one-thread stage figures become.
 *
 * <p>System {@code lucene} is {@link BareLucene}: read the text (for PDFs, the text Tika gave,
 * read from a cache the engine run wrote, so Tika is not timed), add title and body, commit.
 *
 * <pre>IngestRun engine|lucene ungdc|crs DATA_DIR WORK_DIR LIMIT PASSES</pre>
 */
public final class IngestRun {

    /**
     * Times of one pass, in milliseconds; {@code hashMs} and {@code languageMs} only on the engine's
     * last pass. {@code tikaBeforeMs} and {@code tikaAfterMs}: a loop of Tika alone over the same files
     * timed just before and just after this pass (see {@link #tikaLoop}), on the engine's warm passes
     * only, -1 elsewhere.
     */
    public record Pass(
            double totalMs,
            double extractMs,
            double enrichMs,
            double indexMs,
            double commitMs,
            long indexBytes,
            double hashMs,
            double languageMs,
            double tikaBeforeMs,
            double tikaAfterMs) {
        /**
         * Tika alone as warm as this pass: the mean of the loops just before and just after it, so
         * neither side has seen more passes over the files than the other (-1 if not measured).
         */
        public double tikaAloneMs() {
            return tikaBeforeMs < 0 || tikaAfterMs < 0 ? -1 : (tikaBeforeMs + tikaAfterMs) / 2;
        }
    }

    /**
     * Everything one child JVM measured. {@code reconcileMs}: the engine's own batch path, {@link
     * BriefingEngine#reconcile} with one extraction thread per core, run once after the passes
     * (so warm) into a new index; -1 for the baseline.
     */
    public record Result(
            String system,
            String corpus,
            int files,
            int docs,
            int failed,
            long inputBytes,
            long textBytes,
            double setupMs,
            List<Pass> passes,
            double reconcileMs,
            int reconcileThreads,
            int reconcileBriefings,
            double reconcileOneThreadMs,
            double reconcileInProcessMs,
            int shortTexts,
            double shortEnrichMs) {}

    /** The size of the pieces the texts are cut into for enrichment on short briefings ({@link #shortEnrichMs}). */
    static final int SHORT_TEXT_CHARS = 500;

    /** Extracted text kept for the baseline, so the baseline indexes exactly what Tika gave. */
    public record CachedText(String title, String text) {}

    public static void main(String[] args) throws Exception {
        String system = args[0];
        String corpus = args[1];
        Path data = Path.of(args[2]);
        Path work = Path.of(args[3]);
        int limit = Integer.parseInt(args[4]);
        int passes = Integer.parseInt(args[5]);
        List<Path> files = Corpora.files(data, corpus, limit);
        Result result = system.equals("engine")
                ? engine(corpus, data, work, files, passes)
                : lucene(corpus, work, files, passes);
        ChildJvm.emit(result);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    static Path textCache(Path work, String corpus, int files) {
        return work.resolve("cache").resolve(corpus + "-text-" + files + ".json");
    }

    private static Result engine(String corpus, Path data, Path work, List<Path> files, int passes) throws IOException {
        long setupStart = System.nanoTime();
        Extractor extractor = new Extractor();
        Enricher enricher = new Enricher();
        double setupMs = (System.nanoTime() - setupStart) / 1e6;
        Path root = Corpora.root(data, corpus);
        List<Pass> results = new ArrayList<>();
        int docs = 0;
        int failed = 0;
        long textBytes = 0;
        List<ExtractedText> shortPieces = List.of();
        double shortEnrichMs = -1;
        for (int pass = 1; pass <= passes; pass++) {
            Path dir = work.resolve("ingest")
                    .resolve("engine-" + corpus + "-" + ProcessHandle.current().pid() + "-" + pass);
            Corpora.deleteTree(dir);
            long extract = 0;
            long enrich = 0;
            long add = 0;
            docs = 0;
            failed = 0;
            textBytes = 0;
            List<CachedText> texts = new ArrayList<>();
            List<String> allTexts = new ArrayList<>();
            List<ExtractedText> allDocs = new ArrayList<>();
            if (pass == 2) {
                tikaLoop(files); // Tika's own cold loop, untimed, as the engine's pass 1 is not warm
            }
            double tikaBefore = pass > 1 ? tikaLoop(files) : -1;
            long started = System.nanoTime();
            try (LuceneIndex index = LuceneIndex.open(dir)) {
                // in groups, each stage over the group's files in a row, as the engine's reconcile does
                for (List<Path> chunk : IngestChunks.of(files)) {
                    List<Path> read = new ArrayList<>();
                    List<Extraction> extractions = new ArrayList<>();
                    long t0 = System.nanoTime();
                    for (Path file : chunk) {
                        try {
                            extractions.add(extractor.extract(file, relative(root, file), null));
                            read.add(file);
                        } catch (IngestException e) {
                            failed++;
                        }
                    }
                    long t1 = System.nanoTime();
                    List<List<Briefing>> enriched = new ArrayList<>();
                    for (Extraction extraction : extractions) {
                        Instant now = Instant.now();
                        List<Briefing> briefings = new ArrayList<>();
                        for (ExtractedText doc : extraction.documents()) {
                            briefings.add(enricher.enrich(doc, now));
                        }
                        enriched.add(briefings);
                    }
                    long t2 = System.nanoTime();
                    for (int i = 0; i < read.size(); i++) {
                        Path file = read.get(i);
                        String rel = relative(root, file);
                        index.replaceFile(
                                rel,
                                enriched.get(i),
                                new BriefingDocuments.FileInfo(
                                        extractions.get(i).fileId(),
                                        rel,
                                        Files.size(file),
                                        Files.getLastModifiedTime(file).toMillis()));
                    }
                    long t3 = System.nanoTime();
                    extract += t1 - t0;
                    enrich += t2 - t1;
                    add += t3 - t2;
                    for (int i = 0; i < read.size(); i++) {
                        docs += enriched.get(i).size();
                        for (ExtractedText doc : extractions.get(i).documents()) {
                            textBytes += doc.text().getBytes(StandardCharsets.UTF_8).length;
                            texts.add(new CachedText(doc.title(), doc.text()));
                            allTexts.add(doc.text());
                            allDocs.add(doc);
                        }
                    }
                }
                long t4 = System.nanoTime();
                index.commit();
                long t5 = System.nanoTime();
                double hashMs = -1;
                double languageMs = -1;
                if (pass == passes) {
                    // What the extraction time includes besides Tika, measured on the same files and texts.
                    long h0 = System.nanoTime();
                    for (Path file : files) {
                        ContentHash.of(file);
                    }
                    hashMs = (System.nanoTime() - h0) / 1e6;
                    LanguageGuesser languages = new LanguageGuesser();
                    long l0 = System.nanoTime();
                    for (String t : allTexts) {
                        languages.detect(t);
                    }
                    languageMs = (System.nanoTime() - l0) / 1e6;
                    shortPieces = EnrichLoop.pieces(allDocs, SHORT_TEXT_CHARS);
                    shortEnrichMs = shortEnrichMs(enricher, shortPieces);
                }
                results.add(new Pass(
                        (t5 - started) / 1e6,
                        extract / 1e6,
                        enrich / 1e6,
                        add / 1e6,
                        (t5 - t4) / 1e6,
                        0,
                        hashMs,
                        languageMs,
                        tikaBefore,
                        -1));
            }
            double tikaAfter = pass > 1 ? tikaLoop(files) : -1;
            long size = Corpora.folderBytes(dir);
            Pass p = results.removeLast();
            results.add(new Pass(
                    p.totalMs(),
                    p.extractMs(),
                    p.enrichMs(),
                    p.indexMs(),
                    p.commitMs(),
                    size,
                    p.hashMs(),
                    p.languageMs(),
                    p.tikaBeforeMs(),
                    tikaAfter));
            Corpora.deleteTree(dir);
            Path cache = textCache(work, corpus, files.size());
            if (!corpus.equals(Corpora.UNGDC) && !Files.exists(cache)) {
                Files.createDirectories(cache.getParent());
                ChildJvm.JSON.writeValue(cache.toFile(), texts);
            }
            System.err.printf(
                    "    engine %s pass %d: %d docs in %.1f s%n",
                    corpus, pass, docs, results.getLast().totalMs() / 1e3);
        }
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        // Untimed, the whole corpus: the passes never used the reconcile path, so the first timed reconcile
        // (always the one with a thread per core) paid for warming it, lowering the parallel speed-up. A
        // 200-file warm-up was not enough: the first full reconcile in a JVM still ran at about half the
        // speed of the second (2026-12-03), so the warm-up became a full one. One was not enough either:
        // in one JVM the second full 2-thread reconcile of the speeches took 8.4 s, the third and fourth
        // 7.9 s (2026-12-04), so the timed one is now the third.
        reconcile(corpus, work, files, cores, ParserIsolation.defaults());
        reconcile(corpus, work, files, cores, ParserIsolation.defaults());
        Reconciled r = reconcile(corpus, work, files, cores, ParserIsolation.defaults());
        Reconciled one = reconcile(corpus, work, files, 1, ParserIsolation.forked(1, ParserIsolation.DEFAULT_HEAP_MB));
        Reconciled inProcess = reconcile(corpus, work, files, cores, ParserIsolation.inProcess());
        return new Result(
                "engine",
                corpus,
                files.size(),
                docs,
                failed,
                Corpora.bytes(files),
                textBytes,
                setupMs,
                results,
                r.ms(),
                r.threads(),
                r.briefings(),
                one.ms(),
                inProcess.ms(),
                shortPieces.size(), // the last pass's texts cut up: textBytes in all
                shortEnrichMs);
    }

    /**
     * Enrichment on short briefings: the last pass's texts cut into pieces of about {@link
     * #SHORT_TEXT_CHARS} characters ({@link EnrichLoop#pieces}: the same bytes, each piece a text of
     * its own), enriched on this thread once untimed (the pieces' heads take paths the whole texts
     * rarely do) and twice timed; the mean of the two, in ms. The whole texts' rate says what
     * enrichment costs per byte, this one what it costs per text as well, as cables and news briefs
     * pay it.
     */
    static double shortEnrichMs(Enricher enricher, List<ExtractedText> pieces) {
        Instant now = Instant.now();
        double total = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (ExtractedText piece : pieces) {
                enricher.enrich(piece, now);
            }
            total += round == 0 ? 0 : (System.nanoTime() - t0) / 1e6;
        }
        return total / 2;
    }

    /**
     * One loop of Tika alone over the files, in ms: what PDFBox and the other parsers cost without
     * the engine, each file through a plain {@link AutoDetectParser} into a body handler without a
     * length limit, on this thread. The engine times one such loop just before and one just after
     * each warm pass, and one untimed before the first of them: until 2026-12-04 Tika alone was timed
     * once, last, after the passes and the reconciles had parsed the files some six times, while the
     * engine's warm pass was its second, which made the engine look up to 0.2× Tika slower than it
     * is when both are equally warm.
     */
    static double tikaLoop(List<Path> files) {
        AutoDetectParser parser = new AutoDetectParser();
        long t0 = System.nanoTime();
        for (Path file : files) {
            Metadata metadata = new Metadata();
            try (InputStream in = TikaInputStream.get(file, metadata)) {
                parser.parse(in, new BodyContentHandler(-1), metadata, new ParseContext());
            } catch (Exception e) {
                // what fails here fails in the engine too; the time spent is kept
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * {@code ms}: the reconcile as it reports itself; {@code withOpenMs}: from opening the engine to
     * its close returning (index, gazetteer, the children's exit), as {@code briefings index} pays.
     */
    record Reconciled(double ms, int threads, int briefings, double withOpenMs) {}

    /**
     * The product's path: a corpus folder of the same files (hard links, made before the clock
     * starts) reconciled into an empty index by a {@link BriefingEngine}, as {@code briefings index}
     * does, with its thread pool.
     */
    static Reconciled reconcile(String corpus, Path work, List<Path> files, int threads, ParserIsolation isolation)
            throws IOException {
        return reconcile(corpus, work, files, threads, isolation, false);
    }

    /**
     * As above; {@code searchableAsItGoes} true as {@code serve} reconciles (refreshes on the way),
     * false as {@code briefings index} does and the harness measures.
     */
    static Reconciled reconcile(
            String corpus,
            Path work,
            List<Path> files,
            int threads,
            ParserIsolation isolation,
            boolean searchableAsItGoes)
            throws IOException {
        Path base = work.resolve("ingest")
                .resolve("reconcile-" + corpus + "-" + ProcessHandle.current().pid());
        Corpora.deleteTree(base);
        Path corpusDir = base.resolve("corpus");
        for (int i = 0; i < files.size(); i++) {
            Path link =
                    corpusDir.resolve(String.format("%05d-", i) + files.get(i).getFileName());
            Files.createDirectories(link.getParent());
            try {
                Files.createLink(link, files.get(i));
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(files.get(i), link);
            }
        }
        EngineConfig config =
                new EngineConfig(corpusDir, base.resolve("index"), ExtractionLimits.defaults(), threads, isolation);
        ReconcileReport report;
        long opened = System.nanoTime();
        try (BriefingEngine engine = EngineBuilder.of(config)
                .searchableWhileReconciling(searchableAsItGoes)
                .open()) {
            report = engine.reconcile();
        }
        double withOpenMs = (System.nanoTime() - opened) / 1e6;
        Corpora.deleteTree(base);
        System.err.printf(
                "    engine %s reconcile (%d threads, %s): %d briefings in %.1f s%n",
                corpus,
                config.threads(),
                isolation.forked() ? "forked" : "in-process",
                report.briefings(),
                report.elapsed().toMillis() / 1e3);
        return new Reconciled(report.elapsed().toNanos() / 1e6, config.threads(), report.briefings(), withOpenMs);
    }

    private static Result lucene(String corpus, Path work, List<Path> files, int passes) throws IOException {
        List<CachedText> cached = null;
        if (!corpus.equals(Corpora.UNGDC)) {
            Path cache = textCache(work, corpus, files.size());
            cached = ChildJvm.JSON.readValue(cache.toFile(), new TypeReference<List<CachedText>>() {});
        }
        List<Pass> results = new ArrayList<>();
        int docs = 0;
        long textBytes = 0;
        for (int pass = 1; pass <= passes; pass++) {
            Path dir = work.resolve("ingest")
                    .resolve("lucene-" + corpus + "-" + ProcessHandle.current().pid() + "-" + pass);
            Corpora.deleteTree(dir);
            docs = 0;
            long started = System.nanoTime();
            long commitStart;
            long end;
            try (IndexWriter writer = BareLucene.openWriter(dir)) {
                if (cached == null) {
                    for (Path file : files) {
                        String text = Files.readString(file, StandardCharsets.UTF_8);
                        writer.addDocument(BareLucene.textDocument(firstLine(text), text));
                        docs++;
                    }
                } else {
                    for (CachedText t : cached) {
                        writer.addDocument(BareLucene.textDocument(t.title(), t.text()));
                        docs++;
                    }
                }
                commitStart = System.nanoTime();
                writer.commit();
                end = System.nanoTime();
            }
            textBytes = cached == null ? Corpora.bytes(files) : cachedBytes(cached); // outside the timed region
            long size = Corpora.folderBytes(dir);
            results.add(new Pass(
                    (end - started) / 1e6,
                    0,
                    0,
                    (commitStart - started) / 1e6,
                    (end - commitStart) / 1e6,
                    size,
                    -1,
                    -1,
                    -1,
                    -1));
            Corpora.deleteTree(dir);
            System.err.printf("    lucene %s pass %d: %d docs in %.1f s%n", corpus, pass, docs, (end - started) / 1e9);
        }
        return new Result(
                "lucene",
                corpus,
                files.size(),
                docs,
                0,
                Corpora.bytes(files),
                textBytes,
                0,
                results,
                -1,
                0,
                0,
                -1,
                -1,
                0,
                -1);
    }

    private static long cachedBytes(List<CachedText> texts) {
        long total = 0;
        for (CachedText t : texts) {
            total += t.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return total;
    }

    /** The baseline's title: the first line, as a plain-text title would be taken. */
    static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    private IngestRun() {}
}
