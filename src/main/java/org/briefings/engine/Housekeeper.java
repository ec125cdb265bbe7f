package org.briefings.engine;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a serving engine in step with its corpus, in the background: reconciles at start (the
 * server answers meanwhile), commits pending index changes every second or so (durability follows
 * visibility within a few seconds), and picks up files dropped into {@code corpus/} through a file
 * watch plus a periodic rescan (watches miss events on some file systems; the rescan does not).
 * When each reconciliation runs is {@link ReconcileSchedule}'s business: never two at once, asks
 * made while one runs coalesced into one more run, and the periodic rescan a full interval after
 * the last one ended.
 */
public final class Housekeeper implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(Housekeeper.class);

    private final BriefingEngine engine;
    private final Duration commitEvery;
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, r -> {
        Thread t = new Thread(r, "housekeeper");
        t.setDaemon(true);
        return t;
    });
    private final ReconcileSchedule schedule;
    private final AtomicReference<ReconcileReport> lastReport = new AtomicReference<>();
    private volatile WatchService watcher;
    private volatile Thread watchThread;

    /**
     * @param rescanEvery the time from the end of one reconciliation to the next periodic rescan;
     *     zero for none (the start-up reconciliation and the file watch still run)
     */
    public Housekeeper(BriefingEngine engine, Duration commitEvery, Duration rescanEvery) {
        this.engine = engine;
        this.commitEvery = commitEvery;
        this.schedule = new ReconcileSchedule(
                (task, delay) -> scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS),
                this::reconcileNow,
                rescanEvery);
    }

    /** Starts the background work: a first reconciliation, commits, the watch and the rescan. */
    public void start() {
        requestReconcile();
        scheduler.scheduleWithFixedDelay(
                this::commitQuietly, commitEvery.toMillis(), commitEvery.toMillis(), TimeUnit.MILLISECONDS);
        startWatching();
    }

    /** The report of the last finished reconciliation, or null before the first one ends. */
    public ReconcileReport lastReport() {
        return lastReport.get();
    }

    /** Asks for a reconciliation soon; several asks while one runs make one more run. */
    public void requestReconcile() {
        schedule.request();
    }

    private void reconcileNow() {
        try {
            ReconcileReport r = engine.reconcile(List.of(engine.corpus()), p -> {});
            lastReport.set(r);
            engine.startVectors(); // the index holds the corpus now: compare the vectors with it
            if (r.indexed() + r.deleted() + r.failed() > 0) {
                log.info(
                        "reconciled corpus: {} indexed, {} unchanged, {} deleted, {} failed",
                        r.indexed(),
                        r.unchanged(),
                        r.deleted(),
                        r.failed());
            }
            registerNewFolders();
        } catch (IOException | RuntimeException e) {
            log.warn("reconciliation failed: {}", e.toString());
        }
    }

    private void commitQuietly() {
        try {
            engine.commit();
        } catch (IOException | RuntimeException e) {
            log.warn("commit failed: {}", e.toString());
        }
    }

    private void startWatching() {
        try {
            watcher = FileSystems.getDefault().newWatchService();
            registerNewFolders();
        } catch (IOException e) {
            log.warn("cannot watch {} ({}); relying on the periodic rescan", engine.corpus(), e.toString());
            return;
        }
        watchThread = new Thread(
                () -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            WatchKey key = watcher.take();
                            Path dir = (Path) key.watchable();
                            boolean relevant = key.pollEvents().stream()
                                    .anyMatch(ev -> ev.context() == null
                                            || !ev.context().toString().startsWith(".")
                                                    && !engine.changedItself(dir.resolve((Path) ev.context())));
                            key.reset();
                            if (relevant) {
                                requestReconcile();
                            }
                        }
                    } catch (InterruptedException | ClosedWatchServiceException e) {
                        // closing
                    }
                },
                "corpus-watch");
        watchThread.setDaemon(true);
        watchThread.start();
    }

    private void registerNewFolders() {
        WatchService w = watcher;
        if (w == null) {
            return;
        }
        try (var dirs = Files.walk(engine.corpus())) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (dir.getFileName() != null
                        && dir.getFileName().toString().startsWith(".")
                        && !dir.equals(engine.corpus())) {
                    continue;
                }
                dir.register(
                        w,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        } catch (IOException | ClosedWatchServiceException e) {
            // a folder vanished while walking; the next rescan registers what is there
        }
    }

    public boolean isReconciling() {
        return schedule.busy();
    }

    /**
     * Stops the background work and commits. The running reconciliation is asked to stop after the
     * files in hand rather than interrupted: an interrupt during Lucene's file I/O closes the
     * index's channels and invalidates its write lock, so the final commit would be lost.
     */
    @Override
    public void close() throws IOException {
        engine.stopReconciling();
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(120, TimeUnit.SECONDS)) {
                log.warn("a reconciliation is still running after 120 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (watchThread != null) {
            watchThread.interrupt();
        }
        if (watcher != null) {
            watcher.close();
        }
        commitQuietly();
    }
}
