package org.briefings.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.briefings.Briefing;
import org.briefings.enrich.Enricher;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingIndex;
import org.briefings.ingest.ContentHash;
import org.briefings.ingest.DocumentExtractor;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.LanguageGuesser;
import org.briefings.ingest.fork.ForkedExtractor;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.CountryCodes;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;

/**
 * The engine behind every door: the CLI, the HTTP server and the tests all use this object.
 *
 * <p>{@code corpus/} is the truth and {@code index/} is derived: {@link #reconcile} makes the
 * index match the corpus (new and changed files indexed, files gone deleted, unchanged files
 * skipped by size and modification time, then by content hash), and {@link #add} writes an
 * upload to the corpus durably (temporary file, fsync, atomic rename) before indexing it.
 */
public final class BriefingEngine implements Closeable {

    private final EngineConfig config;
    private final Path corpus;
    private final BriefingIndex index;
    private final IngestPipeline pipeline;
    private final BriefingSearcher searcher;
    private final AtomicReference<ReconcileProgress> progress = new AtomicReference<>(ReconcileProgress.IDLE);
    private final Object fileLock = new Object();
    private final IngestCounters counters = new IngestCounters();

    public BriefingEngine(EngineConfig config, Enricher enricher, CountryCodes countries) throws IOException {
        this.config = config;
        this.corpus = config.corpus().toAbsolutePath().normalize();
        Files.createDirectories(corpus);
        this.index = BriefingIndex.open(config.index().toAbsolutePath().normalize());
        this.pipeline = new IngestPipeline(extractorFor(config), enricher);
        this.searcher = new BriefingSearcher(index, countries);
        cleanIncoming();
    }

    /**
     * Tika in child JVMs unless the configuration asks for this JVM: a hostile document should cost
     * a child process, not the server (docs/isolation.md).
     */
    private static DocumentExtractor extractorFor(EngineConfig config) {
        return config.isolation().forked()
                ? new ForkedExtractor(config.limits(), config.isolation())
                : new Extractor(config.limits(), new LanguageGuesser());
    }

    public EngineConfig config() {
        return config;
    }

    public Path corpus() {
        return corpus;
    }

    public BriefingIndex index() {
        return index;
    }

    public IngestPipeline pipeline() {
        return pipeline;
    }

    public CountryCodes countries() {
        return searcher.countries();
    }

    public IngestCounters counters() {
        return counters;
    }

    public ReconcileProgress progress() {
        return progress.get();
    }

    public SearchResponse search(SearchRequest request) throws IOException {
        return searcher.search(request);
    }

    public Optional<Briefing> get(String id) throws IOException {
        if (!ContentHash.isValidId(id)) {
            return Optional.empty();
        }
        return index.get(id);
    }

    private volatile boolean stopping;

    /**
     * Makes a running or later {@link #reconcile} stop taking new files (the ones in hand finish), so
     * a shutdown does not wait for a whole corpus and need not interrupt threads doing index I/O.
     */
    public void stopReconciling() {
        stopping = true;
    }

    /** Reconciles the whole corpus. */
    public ReconcileReport reconcile() throws IOException {
        return reconcile(List.of(corpus), p -> {});
    }

    /**
     * Makes the index match the files under {@code roots} (folders or files inside the corpus):
     * indexes new and changed files, skips unchanged ones, and deletes briefings of files that are
     * gone from those roots. One bad file is a counted failure, never the end of the run. Files
     * are processed a few at a time, so memory does not grow with the corpus.
     */
    public ReconcileReport reconcile(List<Path> roots, Consumer<ReconcileProgress> listener) throws IOException {
        long started = System.nanoTime();
        List<Path> normalisedRoots = new ArrayList<>();
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            if (!r.startsWith(corpus)) {
                throw new IllegalArgumentException(root + " is not inside the corpus folder " + corpus);
            }
            normalisedRoots.add(r);
        }
        Map<String, BriefingDocuments.FileInfo> known = index.indexedFiles();
        List<Path> files = new ArrayList<>();
        for (Path root : normalisedRoots) {
            files.addAll(CorpusFiles.list(corpus, root));
        }
        Set<String> present = new HashSet<>();
        for (Path f : files) {
            present.add(CorpusFiles.relative(corpus, f));
        }
        int deleted = 0;
        for (String path : known.keySet()) {
            boolean inScope = normalisedRoots.stream()
                    .anyMatch(r -> corpus.resolve(path).normalize().startsWith(r));
            if (inScope && !present.contains(path)) {
                index.deleteFile(path);
                counters.file("deleted");
                deleted++;
            }
        }
        if (deleted > 0) {
            index.refresh();
        }

        AtomicInteger done = new AtomicInteger();
        AtomicInteger indexed = new AtomicInteger();
        AtomicInteger briefings = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        List<ReconcileReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Set<String> claimedIds = Collections.synchronizedSet(new HashSet<>());
        int total = files.size();
        update(listener, new ReconcileProgress(true, 0, total, 0));

        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "ingest");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(config.threads() * 2);
        try {
            for (Path file : files) {
                if (stopping) {
                    break; // closing: what is done is indexed; the next start reconciles the rest
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        String rel = CorpusFiles.relative(corpus, file);
                        Outcome outcome = reconcileFile(file, rel, known.get(rel), claimedIds, warnings);
                        counters.file(
                                outcome.kind() == Kind.FAILED
                                        ? "failed_"
                                                + outcome.failure()
                                                        .reason()
                                                        .name()
                                                        .toLowerCase(java.util.Locale.ROOT)
                                        : outcome.kind().name().toLowerCase(java.util.Locale.ROOT));
                        counters.briefings(outcome.briefings());
                        switch (outcome.kind()) {
                            case INDEXED -> {
                                indexed.incrementAndGet();
                                briefings.addAndGet(outcome.briefings());
                            }
                            case UNCHANGED -> unchanged.incrementAndGet();
                            case DUPLICATE -> duplicates.incrementAndGet();
                            case FAILED -> failures.add(outcome.failure());
                        }
                    } catch (RuntimeException | IOException e) {
                        failures.add(new ReconcileReport.Failure(
                                CorpusFiles.relative(corpus, file), IngestException.Reason.IO_ERROR, e.toString()));
                    } finally {
                        inFlight.release();
                        int n = done.incrementAndGet();
                        publishProgressively(n);
                        update(listener, new ReconcileProgress(true, n, total, failures.size()));
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
        index.refresh();
        if (index.hasUncommittedChanges()) {
            index.commit();
        }
        update(listener, new ReconcileProgress(false, total, total, failures.size()));
        List<ReconcileReport.Failure> sorted = new ArrayList<>(failures);
        sorted.sort(java.util.Comparator.comparing(ReconcileReport.Failure::path));
        return new ReconcileReport(
                indexed.get(),
                briefings.get(),
                unchanged.get(),
                duplicates.get(),
                deleted,
                sorted,
                List.copyOf(warnings),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private final java.util.concurrent.atomic.AtomicLong lastPublish =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

    /**
     * During a long reconciliation, makes what is indexed so far searchable about once a second
     * and durable every 500 files, so a server starting on a big corpus answers with growing
     * results and a crash mid-run loses little work.
     */
    private void publishProgressively(int filesDone) {
        long now = System.nanoTime();
        long last = lastPublish.get();
        try {
            if (now - last > 1_000_000_000L && lastPublish.compareAndSet(last, now)) {
                index.refresh();
            }
            if (filesDone % 500 == 0 && index.hasUncommittedChanges()) {
                index.commit();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void update(Consumer<ReconcileProgress> listener, ReconcileProgress p) {
        progress.set(p);
        listener.accept(p);
    }

    private enum Kind {
        INDEXED,
        UNCHANGED,
        DUPLICATE,
        FAILED
    }

    private record Outcome(Kind kind, int briefings, ReconcileReport.Failure failure) {}

    private Outcome reconcileFile(
            Path file, String rel, BriefingDocuments.FileInfo known, Set<String> claimedIds, List<String> warnings)
            throws IOException {
        long size;
        long mtime;
        try {
            size = Files.size(file);
            mtime = Files.getLastModifiedTime(file).toMillis();
        } catch (NoSuchFileException e) {
            return new Outcome(Kind.UNCHANGED, 0, null);
        }
        if (known != null && known.size() == size && known.mtime() == mtime) {
            return new Outcome(Kind.UNCHANGED, 0, null);
        }
        String hash = ContentHash.of(file);
        if (known != null && known.fileId().equals(hash)) {
            return new Outcome(Kind.UNCHANGED, 0, null);
        }
        // The same bytes under another path are one briefing: index them once.
        if (!claimedIds.add(hash) || (known == null && index.containsFile(hash))) {
            return new Outcome(Kind.DUPLICATE, 0, null);
        }
        try {
            IngestPipeline.Result result = pipeline.process(file, rel, hash);
            index.replaceFile(rel, result.briefings(), new BriefingDocuments.FileInfo(hash, rel, size, mtime));
            for (String w : result.warnings()) {
                warnings.add(rel + ": " + w);
            }
            counters.warnings(rel, result.warnings());
            return new Outcome(Kind.INDEXED, result.briefings().size(), null);
        } catch (IngestException e) {
            if (known != null) {
                index.deleteFile(rel); // the file changed into something unreadable: its old text is stale
            }
            return new Outcome(Kind.FAILED, 0, new ReconcileReport.Failure(rel, e.reason(), e.getMessage()));
        }
    }

    /**
     * The answer to an upload.
     *
     * @param warnings what extraction cut or skipped (text over the length limit, embedded documents
     *                 over their limit or unreadable), so the uploader knows the briefing is partial
     */
    public record AddResult(
            boolean duplicate, String fileId, String path, List<Briefing> briefings, List<String> warnings) {
        public AddResult {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        public AddResult(boolean duplicate, String fileId, String path, List<Briefing> briefings) {
            this(duplicate, fileId, path, briefings, List.of());
        }
    }

    /** Thrown when an upload is over the size limit; nothing is kept. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * Adds a document: streams it to a temporary file in {@code corpus/.incoming} (never whole in
     * memory), refusing more than {@code maxBytes}; extracts it there, so a document that cannot be
     * read is refused with nothing kept; then fsyncs, renames it atomically into {@code corpus/} and
     * indexes it, visible to searches before this returns. The same bytes twice give the
     * existing briefings back.
     *
     * @throws TooLargeException when the upload exceeds {@code maxBytes}
     * @throws IngestException   when the document cannot be extracted (nothing is kept)
     */
    public AddResult add(String fileName, InputStream in, long maxBytes) throws IOException, IngestException {
        String safeName = FileNames.sanitise(fileName);
        Path incoming = corpus.resolve(CorpusFiles.INCOMING);
        Files.createDirectories(incoming);
        Path temp = incoming.resolve("upload-" + UUID.randomUUID() + ".part");
        try {
            String hash = streamToFile(in, temp, maxBytes);
            synchronized (fileLock) {
                BriefingIndex.FileBriefings existing = index.briefingsOfFile(hash);
                if (existing != null) {
                    return new AddResult(true, hash, existing.filePath(), existing.briefings());
                }
            }
            Path target = uniqueTarget(safeName, hash);
            String rel = CorpusFiles.relative(corpus, target);
            IngestPipeline.Result result;
            try {
                result = pipeline.process(temp, rel, hash);
            } catch (IngestException e) {
                counters.file("upload_failed_" + e.reason().name().toLowerCase(java.util.Locale.ROOT));
                throw e;
            }
            synchronized (fileLock) {
                Files.createDirectories(target.getParent());
                noteOwnChange(target);
                moveAtomically(temp, target);
                fsyncDirectory(target.getParent());
                index.replaceFile(
                        rel,
                        result.briefings(),
                        new BriefingDocuments.FileInfo(
                                hash,
                                rel,
                                Files.size(target),
                                Files.getLastModifiedTime(target).toMillis()));
                index.refresh();
            }
            counters.file("uploaded");
            counters.briefings(result.briefings().size());
            counters.warnings(rel, result.warnings());
            return new AddResult(false, hash, rel, result.briefings(), result.warnings());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes a briefing: from the index, and its original from the corpus when the briefing is
     * the file itself (an attachment is deleted from the index only; its container stays).
     *
     * @return false when no briefing has this id
     */
    public boolean delete(String id) throws IOException {
        Optional<Briefing> found = get(id);
        if (found.isEmpty()) {
            return false;
        }
        Briefing b = found.get();
        synchronized (fileLock) {
            if (b.containerId() == null && !b.sourcePath().contains("!")) {
                Path file = corpus.resolve(b.sourcePath()).normalize();
                if (file.startsWith(corpus)) {
                    noteOwnChange(file);
                    Files.deleteIfExists(file);
                    fsyncDirectory(file.getParent());
                }
                index.deleteFile(b.sourcePath());
            }
            index.delete(id);
            index.refresh();
        }
        return true;
    }

    /** Corpus files the engine itself just wrote or deleted (uploads, deletes), with when. */
    private final Map<Path, Long> ownChanges = new java.util.concurrent.ConcurrentHashMap<>();

    private static final long OWN_CHANGE_NANOS = 10_000_000_000L;

    private void noteOwnChange(Path file) {
        long now = System.nanoTime();
        if (ownChanges.size() > 1000) {
            ownChanges.values().removeIf(t -> now - t > OWN_CHANGE_NANOS);
        }
        ownChanges.put(file, now);
    }

    /**
     * Whether the engine itself wrote or deleted this corpus file in the last few seconds. The
     * corpus watch ignores such events: the index already knows, and a reconciliation would only
     * re-read what every indexed file is, after every upload.
     */
    public boolean changedItself(Path file) {
        Long at = ownChanges.get(file.toAbsolutePath().normalize());
        return at != null && System.nanoTime() - at <= OWN_CHANGE_NANOS;
    }

    /** Path of the original file of a briefing (for download), if it is a file of its own. */
    public Optional<Path> originalFile(Briefing b) {
        if (b.sourcePath().contains("!")) {
            return Optional.empty();
        }
        Path file = corpus.resolve(b.sourcePath()).normalize();
        return file.startsWith(corpus) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Commits pending index changes (durability); cheap when there are none. */
    public void commit() throws IOException {
        if (index.hasUncommittedChanges()) {
            index.commit();
        }
    }

    private Path uniqueTarget(String safeName, String hash) {
        String month =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString().substring(0, 7);
        Path dir = corpus.resolve("uploads").resolve(month);
        Path target = dir.resolve(safeName);
        if (Files.exists(target)) {
            int dot = safeName.lastIndexOf('.');
            String stem = dot > 0 ? safeName.substring(0, dot) : safeName;
            String ext = dot > 0 ? safeName.substring(dot) : "";
            target = dir.resolve(stem + "-" + hash.substring(0, 8) + ext);
        }
        return target;
    }

    private static String streamToFile(InputStream in, Path temp, long maxBytes) throws IOException, IngestException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLargeException("upload is larger than the limit of " + maxBytes + " bytes");
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            out.flush();
            channel.force(true);
        }
        if (total == 0) {
            throw new IngestException(IngestException.Reason.NO_TEXT, "the upload is empty (0 bytes)");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setLastModifiedTime(to, FileTime.from(Instant.now()));
    }

    private static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems cannot fsync a directory; the file itself was already forced
        }
    }

    /** Removes half-written uploads left by a crash: they were never acknowledged. */
    private void cleanIncoming() throws IOException {
        Path incoming = corpus.resolve(CorpusFiles.INCOMING);
        if (!Files.isDirectory(incoming)) {
            return;
        }
        try (var files = Files.list(incoming)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Closes the index and stops the parsers (child processes exit). */
    @Override
    public void close() throws IOException {
        stopping = true;
        try {
            pipeline.extractor().close();
        } finally {
            index.close();
        }
    }
}
