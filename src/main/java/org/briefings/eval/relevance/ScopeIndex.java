package org.briefings.eval.relevance;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineBuilder;
import org.briefings.engine.EngineConfig;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.ParserIsolation;

/**
 * A temporary corpus and index holding the collection's scope, built by the engine as
 * {@code briefings index} would (in-process parsing: the documents are trusted). Documents get the
 * ids the judgments use: their path in this corpus, {@code corpus/<sample corpus path>},
 * {@code crs/<path under crs-reports/pdf>}, {@code ungdc/<Session folder>/<file>}.
 */
public final class ScopeIndex implements Closeable {

    /** UN General Debate sessions in scope (2023 and 2024). */
    static final List<String> UN_SESSIONS = List.of("Session 78 - 2023", "Session 79 - 2024");

    private final Path dir;
    private final BriefingEngine engine;
    private final boolean kept;

    private ScopeIndex(Path dir, BriefingEngine engine, boolean kept) {
        this.dir = dir;
        this.engine = engine;
        this.kept = kept;
    }

    /** Copies the scope from {@code sampleCorpus} and {@code dataRoot} and indexes it. */
    public static ScopeIndex build(Path sampleCorpus, Path dataRoot) throws IOException {
        return build(sampleCorpus, dataRoot, false);
    }

    /**
     * As {@link #build(Path, Path)}; with {@code semantic}, also embeds every briefing (and waits for
     * the vectors), so hybrid search can be scored.
     */
    public static ScopeIndex build(Path sampleCorpus, Path dataRoot, boolean semantic) throws IOException {
        return build(sampleCorpus, dataRoot, semantic, null);
    }

    /**
     * As {@link #build(Path, Path, boolean)}, indexed by {@code index} (a SolrCloud collection) rather
     * than in an embedded index of its own when not null.
     */
    public static ScopeIndex build(Path sampleCorpus, Path dataRoot, boolean semantic, EngineBuilder.IndexOpener index)
            throws IOException {
        return build(sampleCorpus, dataRoot, semantic, index, null);
    }

    /**
     * As {@link #build(Path, Path, boolean, EngineBuilder.IndexOpener)}, in {@code keep} when not null:
     * the copied scope and its index stay there after {@link #close()}, and a later build in the same
     * folder only reconciles (unchanged files are not indexed again), so an evaluation run after a
     * ranking change takes seconds instead of the minutes indexing the scope takes. A change to
     * indexing (analysis, fields, enrichment) needs a fresh folder.
     */
    public static ScopeIndex build(
            Path sampleCorpus, Path dataRoot, boolean semantic, EngineBuilder.IndexOpener index, Path keep)
            throws IOException {
        Path dir = keep == null ? Files.createTempDirectory("briefings-relevance") : Files.createDirectories(keep);
        Path corpus = dir.resolve("corpus");
        copyTree(sampleCorpus, corpus.resolve("corpus"));
        copyTree(dataRoot.resolve("crs-reports/pdf"), corpus.resolve("crs"));
        for (String session : UN_SESSIONS) {
            copyTree(
                    dataRoot.resolve("ungdc/TXT").resolve(session),
                    corpus.resolve("ungdc").resolve(session));
        }
        EngineConfig config = new EngineConfig(
                corpus,
                dir.resolve("index"),
                ExtractionLimits.defaults(),
                Math.max(1, Runtime.getRuntime().availableProcessors()),
                ParserIsolation.inProcess());
        EngineBuilder builder = EngineBuilder.of(config).semantic(semantic);
        BriefingEngine engine = (index == null ? builder : builder.index(index)).open();
        engine.reconcile();
        engine.commit();
        engine.startVectors();
        try {
            engine.awaitVectors(java.time.Duration.ofHours(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while embedding the scope");
        }
        return new ScopeIndex(dir, engine, keep != null);
    }

    public BriefingEngine engine() {
        return engine;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.exists(target) && Files.mismatch(f, target) == -1) {
                    continue; // a kept scope: the same file is already there
                }
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Override
    public void close() throws IOException {
        engine.close();
        if (kept) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
