package org.briefings.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingIndex;
import org.briefings.ingest.ContentHash;
import org.briefings.ingest.IngestException;
import org.briefings.pipeline.FileFailure;
import org.briefings.pipeline.FileOutcome;
import org.briefings.pipeline.IngestPipeline;
import org.briefings.pipeline.IngestTally;

/**
 * Makes the index match the corpus: new and changed files are extracted and indexed, unchanged
 * ones skipped (by size and modification time, else by content hash), files gone are deleted, and
 * the same bytes under a second name are indexed once. Files go through a pool of extraction
 * threads a few at a time (a semaphore of twice the pool), so memory does not grow with the corpus,
 * and their briefings to the index a batch of files at a time where a write is a round trip
 * ({@link FileWriteBatch}).
 */
final class Reconciler {

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

        AtomicInteger done = new AtomicInteger();
        Set<String> claimedIds = Collections.synchronizedSet(new HashSet<>());
        int total = files.size();
        update(listener, new ReconcileProgress(true, 0, total, 0));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 2);
        FileWriteBatch writes = new FileWriteBatch(index);
        long runStart = System.nanoTime();
        ProgressPacer refreshes = ProgressPacer.refreshes(runStart);
        ProgressPacer commits = ProgressPacer.commits(runStart);
        try {
            for (Path file : files) {
                if (stopping) {
                    break; // closing: what is done is indexed; the next start reconciles the rest
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    String rel = CorpusFiles.relative(corpus, file);
                    try {
                        reconcileFile(file, rel, known.get(rel), reread.contains(rel), claimedIds, tally, writes);
                    } catch (RuntimeException | IOException e) {
                        tally.recordFailure(
                                FileOutcome.FAILED,
                                new FileFailure(rel, IngestException.Reason.IO_ERROR, e.toString()));
                    } finally {
                        inFlight.release();
                        int n = done.incrementAndGet();
                        publishProgressively(n, writes, refreshes, commits);
                        update(listener, new ReconcileProgress(true, n, total, tally.files(FileOutcome.FAILED)));
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
        writes.flush();
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

    private void reconcileFile(
            Path file,
            String rel,
            BriefingDocuments.FileInfo known,
            boolean reread,
            Set<String> claimedIds,
            IngestTally tally,
            FileWriteBatch writes)
            throws IOException {
        if (known == null && writtenByEngine.test(file)) {
            // An upload in flight: the engine renamed it into the corpus and indexes it itself under
            // its file lock. Reading it here too would extract it twice and could index it between
            // the upload's rename and its own index update; the next rescan checks it as any file.
            tally.record(FileOutcome.UNCHANGED);
            return;
        }
        long size;
        long mtime;
        try {
            size = Files.size(file);
            mtime = Files.getLastModifiedTime(file).toMillis();
        } catch (NoSuchFileException e) {
            tally.record(FileOutcome.UNCHANGED); // gone since the listing: the next run deletes it
            return;
        }
        if (!reread && known != null && known.size() == size && known.mtime() == mtime) {
            tally.record(FileOutcome.UNCHANGED);
            return;
        }
        String hash = ContentHash.of(file);
        if (!reread && known != null && known.fileId().equals(hash)) {
            tally.record(FileOutcome.UNCHANGED);
            return;
        }
        // The same bytes under another path are one briefing: index them once.
        if (!claimedIds.add(hash) || (known == null && index.containsFile(hash))) {
            tally.record(FileOutcome.DUPLICATE);
            return;
        }
        try {
            IngestPipeline.Result result = pipeline.process(file, rel, hash);
            writes.add(
                    new BriefingIndex.FileWrite(
                            rel, result.briefings(), new BriefingDocuments.FileInfo(hash, rel, size, mtime)),
                    () -> tally.recordIndexed(
                            FileOutcome.INDEXED, rel, result.briefings().size(), result.warnings()),
                    e -> tally.recordFailure(
                            FileOutcome.FAILED, new FileFailure(rel, IngestException.Reason.IO_ERROR, e.toString())));
        } catch (IngestException e) {
            if (known != null) {
                index.deleteFile(rel); // the file changed into something unreadable: its old text is stale
            }
            tally.recordFailure(FileOutcome.FAILED, new FileFailure(rel, e.reason(), e.getMessage()));
        }
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
