package org.briefings.engine;

/**
 * When a long reconciliation makes its progress searchable (a refresh) or durable (a commit): no
 * sooner than {@link #SPACING} times the last one's own duration after it ended, and no sooner
 * than a floor of files or time. Why: both flush the writer and hold up the other ingest threads
 * while they run (a commit takes the index's write lock: about 150 ms on the speeches, 600 ms when
 * it syncs a merge's files); on 2 cores, commits every 500 files held up the other thread for about
 * a tenth of a run (issue 16). Spaced like this, each costs at most about 5% of a run. One caller
 * wins each turn.
 */
final class ProgressPacer {

    /** Time between two turns at least, in multiples of the last one's duration. */
    static final int SPACING = 20;

    private final int minFiles;
    private final long minGapNanos;
    private int lastFiles;
    private long lastEnd;
    private long lastTook;

    private ProgressPacer(int minFiles, long minGapNanos, long startNanos) {
        this.minFiles = minFiles;
        this.minGapNanos = minGapNanos;
        this.lastEnd = startNanos;
    }

    /**
     * Commits: at least 500 files apart, so a crash loses at most the larger of 500 files and twenty
     * commits' time of work. {@code startNanos} is when the run started ({@link System#nanoTime()}).
     */
    static ProgressPacer commits(long startNanos) {
        return new ProgressPacer(500, 0, startNanos);
    }

    /** Refreshes: at least a second apart, so what is indexed becomes searchable about once a second. */
    static ProgressPacer refreshes(long startNanos) {
        return new ProgressPacer(0, 1_000_000_000L, startNanos);
    }

    /**
     * Whether the caller, having seen {@code filesDone} files through at {@code now}, takes the next
     * turn; true for one caller only until the next is due.
     */
    synchronized boolean claim(int filesDone, long now) {
        if (filesDone - lastFiles < minFiles || now - lastEnd < Math.max(minGapNanos, SPACING * lastTook)) {
            return false;
        }
        lastFiles = filesDone;
        lastEnd = now; // the others wait from here while this turn runs
        return true;
    }

    /** Records the turn a claim led to, which ran from {@code startNanos} to {@code endNanos}. */
    synchronized void done(long startNanos, long endNanos) {
        lastTook = endNanos - startNanos;
        lastEnd = endNanos;
    }
}
