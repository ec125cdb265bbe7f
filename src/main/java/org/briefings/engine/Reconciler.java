package org.briefings.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.briefings.ExtractedText;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingIndex;
import org.briefings.ingest.ContentHash;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.IngestException;
import org.briefings.pipeline.FileFailure;
import org.briefings.pipeline.FileOutcome;
import org.briefings.pipeline.IngestChunks;
import org.briefings.pipeline.IngestPipeline;
import org.briefings.pipeline.IngestTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the index match the corpus: new and changed files are extracted and indexed, unchanged
 * ones skipped (by size and modification time, else by content hash), files gone are deleted, and
 * the same bytes under a second name are indexed once. Files go through a pool of ingest threads in
 * small groups ({@link IngestChunks}), each thread extracting a group's files, then enriching them,
 * then indexing them, which keeps each stage's tables in the core's caches; a semaphore of twice the
 * pool bounds the groups in flight, so memory does not grow with the corpus. Briefings go to the
 * index a batch of files at a time where a write is a round trip ({@link FileWriteBatch}).
 */
final class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final Path corpus;
    private final BriefingIndex index;
    private final IngestPipeline pipeline;
    private final int threads;
    private final IngestTally sinceStart;
    private final AtomicReference<ReconcileProgress> progress = new AtomicReference<>(ReconcileProgress.IDLE);

    private volatile boolean stopping;
    private final CorpusPart part;
    private final Predicate<Path> writtenByEngine;
    /** False: no refreshes while the files go through, only the commits (see EngineBuilder). */
    private final boolean searchableAsItGoes;

    Reconciler(
            Path corpus,
            BriefingIndex index,
            IngestPipeline pipeline,
            int threads,
            IngestTally sinceStart,
            CorpusPart part,
            Predicate<Path> writtenByEngine,
            boolean searchableAsItGoes) {
        this.part = part;
        this.searchableAsItGoes = searchableAsItGoes;
        this.writtenByEngine = writtenByEngine;
        this.corpus = corpus;
        this.index = index;
        this.pipeline = pipeline;
        this.threads = threads;
        this.sinceStart = sinceStart;
    }

    ReconcileProgress progress() {
        return progress.get();
    }

    /** Stops taking new files (the ones in hand finish); see {@link BriefingEngine#stopReconciling}. */
    void stop() {
        stopping = true;
    }

    /** See {@link BriefingEngine#reconcile(List, Consumer)}. */
    ReconcileReport reconcile(List<Path> roots, Consumer<ReconcileProgress> listener) throws IOException {
        long started = System.nanoTime();
        List<Path> scope = new ArrayList<>();
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            if (!r.startsWith(corpus)) {
                throw new IllegalArgumentException(root + " is not inside the corpus folder " + corpus);
            }
            scope.add(r);
        }
        IngestTally tally = sinceStart.run();
        Map<String, BriefingDocuments.FileInfo> known = index.indexedFiles();
        // scans indexed unread are read again, unchanged as they are, once OCR is available here
        Set<String> reread = pipeline.limits().ocr().available() ? index.needsOcrPaths() : Set.of();
        List<Path> files = new ArrayList<>();
        for (Path root : scope) {
            files.addAll(CorpusFiles.list(corpus, root));
        }
        files.removeIf(f -> !part.contains(CorpusFiles.relative(corpus, f))); // another process's share
        deleteGone(known, files, scope, tally);

        int total = files.size();
        update(listener, new ReconcileProgress(true, 0, total, 0));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 2);
        long runStart = System.nanoTime();
        Run run = new Run(
                known,
                reread,
                Collections.synchronizedSet(new HashSet<>()),
                tally,
                new FileWriteBatch(index),
                new AtomicInteger(),
                total,
                listener,
                ProgressPacer.refreshes(runStart),
                ProgressPacer.commits(runStart));
        try {
            // sizes only group the files: the size indexed will do for a file the index knows
            Iterator<List<Path>> chunks = IngestChunks.lazily(files, f -> {
                BriefingDocuments.FileInfo indexed = known.get(CorpusFiles.relative(corpus, f));
                return indexed != null ? indexed.size() : IngestChunks.sizeOrZero(f);
            });
            while (chunks.hasNext()) {
                List<Path> chunk = chunks.next();
                if (stopping) {
                    break; // closing: what is done is indexed; the next start reconciles the rest
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        reconcileChunk(chunk, run);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(7, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        run.writes().flush();
        index.groupCopies(); // refreshes
        if (index.hasUncommittedChanges()) {
            index.commit();
        }
        update(listener, new ReconcileProgress(false, total, total, tally.files(FileOutcome.FAILED)));
        return ReconcileReport.of(tally, System.nanoTime() - started);
    }

    /** Removes the briefings of indexed files under {@code scope} that are no longer in {@code files}. */
    private void deleteGone(
            Map<String, BriefingDocuments.FileInfo> known, List<Path> files, List<Path> scope, IngestTally tally)
            throws IOException {
        Set<String> present = new HashSet<>();
        for (Path f : files) {
            present.add(CorpusFiles.relative(corpus, f));
        }
        boolean deleted = false;
        for (String path : known.keySet()) {
            Path file = corpus.resolve(path).normalize();
            if (scope.stream().anyMatch(file::startsWith) && !present.contains(path) && part.contains(path)) {
                index.deleteFile(path);
                tally.record(FileOutcome.DELETED);
                deleted = true;
            }
        }
        if (deleted) {
            index.refresh();
        }
    }

    /**
     * What one reconciliation shares between its ingest threads: what the index held at the start,
     * the files' hashes claimed so far (the same bytes under two names are indexed once), the tally,
     * the writes on their way to the index and the progress.
     */
    private record Run(
            Map<String, BriefingDocuments.FileInfo> known,
            Set<String> reread,
            Set<String> claimedIds,
            IngestTally tally,
            FileWriteBatch writes,
            AtomicInteger done,
            int total,
            Consumer<ReconcileProgress> listener,
            ProgressPacer refreshes,
            ProgressPacer commits) {}

    /** A file extracted and waiting, with its chunk, for enrichment and the index. */
    private record Extracted(String rel, Extraction extraction, BriefingDocuments.FileInfo file) {
        long chars() {
            long n = 0;
            for (ExtractedText doc : extraction.documents()) {
                n += doc.text().length();
            }
            return n;
        }
    }

    /**
     * One group of files ({@link IngestChunks}): each is checked and extracted, then all are
     * enriched, then all are written, so that each stage runs over several files in a row. What is
     * held waiting is bounded by {@link FileWriteBatch#MAX_CHARS} of text: past it, the files held
     * so far go on to enrichment and the index before the next is extracted. Every file is counted
     * once, indexed, unchanged, a duplicate or a failure with why, whatever happens to the others.
     */
    private void reconcileChunk(List<Path> chunk, Run run) {
        List<Extracted> held = new ArrayList<>();
        long heldChars = 0;
        for (Path file : chunk) {
            if (stopping) {
                break; // closing: the files held are still indexed; the next start does the rest
            }
            String rel = CorpusFiles.relative(corpus, file);
            Extracted e = null;
            try {
                e = extract(file, rel, run);
            } catch (RuntimeException | IOException ex) {
                failed(rel, ex, run);
            }
            if (e == null) {
                fileDone(run);
                continue;
            }
            held.add(e);
            heldChars += e.chars();
            if (heldChars >= FileWriteBatch.MAX_CHARS) {
                enrichAndWrite(held, run);
                held.clear();
                heldChars = 0;
            }
        }
        enrichAndWrite(held, run);
    }

    /**
     * Checks whether the file needs reading and reads it; null when it does not (unchanged, a
     * duplicate, gone) or could not be read, with the outcome already counted.
     */
    private Extracted extract(Path file, String rel, Run run) throws IOException {
        BriefingDocuments.FileInfo known = run.known().get(rel);
        boolean reread = run.reread().contains(rel);
        IngestTally tally = run.tally();
        if (known == null && writtenByEngine.test(file)) {
            // An upload in flight: the engine renamed it into the corpus and indexes it itself under
            // its file lock. Reading it here too would extract it twice and could index it between
            // the upload's rename and its own index update; the next rescan checks it as any file.
            tally.record(FileOutcome.UNCHANGED);
            return null;
        }
        long size;
        long mtime;
        try {
            size = Files.size(file);
            mtime = Files.getLastModifiedTime(file).toMillis();
        } catch (NoSuchFileException e) {
            tally.record(FileOutcome.UNCHANGED); // gone since the listing: the next run deletes it
            return null;
        }
        if (!reread && known != null && known.size() == size && known.mtime() == mtime) {
            tally.record(FileOutcome.UNCHANGED);
            return null;
        }
        String hash = ContentHash.of(file);
        if (!reread && known != null && known.fileId().equals(hash)) {
            tally.record(FileOutcome.UNCHANGED);
            return null;
        }
        // The same bytes under another path are one briefing: index them once.
        if (!run.claimedIds().add(hash) || (known == null && index.containsFile(hash))) {
            tally.record(FileOutcome.DUPLICATE);
            return null;
        }
        try {
            return new Extracted(
                    rel, pipeline.extract(file, rel, hash), new BriefingDocuments.FileInfo(hash, rel, size, mtime));
        } catch (IngestException e) {
            if (known != null) {
                index.deleteFile(rel); // the file changed into something unreadable: its old text is stale
            }
            tally.recordFailure(FileOutcome.FAILED, new FileFailure(rel, e.reason(), e.getMessage()));
            return null;
        }
    }

    /** Enriches the files held, then hands them all to the index, counting each as it is written. */
    private void enrichAndWrite(List<Extracted> held, Run run) {
        List<IngestPipeline.Result> results = new ArrayList<>(held.size());
        for (Extracted e : held) {
            try {
                results.add(pipeline.enrich(e.extraction()));
            } catch (RuntimeException ex) {
                failed(e.rel(), ex, run);
                results.add(null);
            }
        }
        for (int i = 0; i < held.size(); i++) {
            Extracted e = held.get(i);
            IngestPipeline.Result result = results.get(i);
            if (result == null) {
                fileDone(run); // counted as failed above
                continue;
            }
            try {
                run.writes()
                        .add(
                                new BriefingIndex.FileWrite(e.rel(), result.briefings(), e.file()),
                                () -> run.tally()
                                        .recordIndexed(
                                                FileOutcome.INDEXED,
                                                e.rel(),
                                                result.briefings().size(),
                                                result.warnings()),
                                ex -> failed(e.rel(), ex, run));
            } catch (RuntimeException ex) {
                failed(e.rel(), ex, run);
            } finally {
                fileDone(run);
            }
        }
    }

    private static void failed(String rel, Exception e, Run run) {
        run.tally()
                .recordFailure(FileOutcome.FAILED, new FileFailure(rel, IngestException.Reason.IO_ERROR, e.toString()));
    }

    /** One more file done: progress, and a refresh or commit when one is due. */
    private void fileDone(Run run) {
        int n = run.done().incrementAndGet();
        try {
            publishProgressively(n, run.writes(), run.refreshes(), run.commits());
        } catch (RuntimeException e) {
            // a refresh or commit that failed is retried at the next one and at the end of the run
            log.warn("could not publish the files indexed so far: {}", e.toString());
        }
        update(
                run.listener(),
                new ReconcileProgress(true, n, run.total(), run.tally().files(FileOutcome.FAILED)));
    }

    /**
     * During a long reconciliation, makes what is indexed so far searchable about once a second
     * and durable every 500 files or more, so a server starting on a big corpus answers with growing
     * results and a crash mid-run loses little work. Both hold up the other ingest threads while they
     * run (issue 16), so each is spaced by its own cost ({@link ProgressPacer}). Without
     * {@link #searchableAsItGoes} only the commits are made.
     */
    private void publishProgressively(
            int filesDone, FileWriteBatch writes, ProgressPacer refreshes, ProgressPacer commits) {
        long now = System.nanoTime();
        try {
            if (searchableAsItGoes && refreshes.claim(filesDone, now)) {
                writes.flush(); // what is extracted so far, searchable about once a second
                index.refresh();
                refreshes.done(now, System.nanoTime());
            }
            long t = System.nanoTime();
            if (commits.claim(filesDone, t) && index.hasUncommittedChanges()) {
                index.commit();
                commits.done(t, System.nanoTime());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void update(Consumer<ReconcileProgress> listener, ReconcileProgress p) {
        progress.set(p);
        listener.accept(p);
    }
}
