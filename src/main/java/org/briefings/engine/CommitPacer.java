package org.briefings.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When a long reconciliation makes its work durable: after at least {@link #MIN_FILES} files since
 * the last commit, and no sooner than {@link #SPACING} times the last commit's own duration after it
 * ended. Why the second rule: a commit takes the index's write lock, so every ingest thread waits
 * while it flushes and syncs (about 150 ms on the speeches, 600 ms when it syncs a merge's files);
 * on 2 cores, commits every 500 files held up the other thread for about a tenth of a run (issue
 * 16). Spaced like this, commits cost at most about 5% of a run, and a crash still loses at most
 * the larger of 500 files and twenty commits' time of work. One caller wins each commit.
 */
final class CommitPacer {

    /** Files indexed between two commits at least. */
    static final int MIN_FILES = 500;

    /** Time between two commits at least, in multiples of the last commit's duration. */
    static final int SPACING = 20;

    private final AtomicInteger lastFiles = new AtomicInteger();
    private final AtomicLong lastEnd;
    private volatile long lastTook;

    /** A pacer for a run that started at {@code startNanos} ({@link System#nanoTime()}). */
    CommitPacer(long startNanos) {
        this.lastEnd = new AtomicLong(startNanos);
    }

    /**
     * Whether the caller, having seen {@code filesDone} files through at {@code now}, should commit;
     * true for one caller only until the next commit is due.
     */
    boolean claim(int filesDone, long now) {
        int since = lastFiles.get();
        if (filesDone - since < MIN_FILES || now - lastEnd.get() < SPACING * lastTook) {
            return false;
        }
        return lastFiles.compareAndSet(since, filesDone);
    }

    /** Records the commit the claim led to, which ran from {@code startNanos} to {@code endNanos}. */
    void committed(long startNanos, long endNanos) {
        lastTook = endNanos - startNanos;
        lastEnd.set(endNanos);
    }
}
