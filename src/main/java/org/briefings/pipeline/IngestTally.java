package org.briefings.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.Warning;

/**
 * What ingest did, one record per file: the one place outcomes are counted. A reconciliation
 * records into a tally of its own run ({@link #run()}), which adds every record to the engine's
 * tally since start as well, so the run's report, {@code /api/stats}, {@code /metrics} and the
 * {@code index} summary all read the same counts. Thread-safe.
 *
 * <p>A run keeps every failure and warning (its report lists them); the tally since start keeps
 * only counts and the last {@value #RECENT_WARNINGS} warnings, because a server rescans its
 * corpus every minute and a file that cannot be read fails again each time.
 */
public final class IngestTally {

    /** Warnings kept by the tally since start, for {@code /api/stats}. */
    public static final int RECENT_WARNINGS = 20;

    /** A file count's key: the outcome, and the reason when it is a failure. */
    private record Key(FileOutcome outcome, IngestException.Reason reason) {
        /** indexed, unchanged, ..., failed_corrupt, upload_failed_too_large. */
        String label() {
            return reason == null
                    ? outcome.label()
                    : outcome.label() + "_" + reason.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Counts since start, as {@code /api/stats} and {@code /metrics} show them.
     *
     * @param files          files by outcome label (failures by reason: failed_corrupt, ...)
     * @param briefings      briefings written
     * @param limitsHit      warnings by kind: text_cut, embedded_stopped, embedded_failed
     * @param recentWarnings the last few warnings, oldest first, as "path: message"
     */
    public record Snapshot(
            Map<String, Long> files, long briefings, Map<String, Long> limitsHit, List<String> recentWarnings) {}

    private final IngestTally parent;
    private final boolean isRun;
    private final Map<Key, LongAdder> files = new ConcurrentHashMap<>();
    private final LongAdder briefings = new LongAdder();
    private final Map<Warning.Kind, LongAdder> limitsHit = new ConcurrentHashMap<>();
    private final Deque<String> warnings = new ArrayDeque<>();
    private final List<FileFailure> failures = new ArrayList<>();

    private IngestTally(IngestTally parent, boolean isRun) {
        this.parent = parent;
        this.isRun = isRun;
    }

    /** The engine's tally since it started. */
    public static IngestTally sinceStart() {
        return new IngestTally(null, false);
    }

    /** A tally of one run (keeping every failure and warning) whose records also count here. */
    public IngestTally run() {
        return new IngestTally(this, true);
    }

    /** Records a file that needed no indexing: unchanged, duplicate or deleted. */
    public void record(FileOutcome outcome) {
        if (outcome.isFailure() || outcome.isIndexed()) {
            throw new IllegalArgumentException(outcome + " needs its details");
        }
        count(new Key(outcome, null));
    }

    /** Records a file indexed (by reconciliation or as an upload), with what extraction cut or skipped. */
    public void recordIndexed(FileOutcome outcome, String path, int briefingCount, List<Warning> fileWarnings) {
        if (!outcome.isIndexed()) {
            throw new IllegalArgumentException(outcome + " is not an indexing outcome");
        }
        count(new Key(outcome, null));
        for (IngestTally t = this; t != null; t = t.parent) {
            t.briefings.add(briefingCount);
            for (Warning w : fileWarnings) {
                t.limitsHit.computeIfAbsent(w.kind(), k -> new LongAdder()).increment();
                t.keepWarning(path + ": " + w.message());
            }
        }
    }

    /** Records a file that could not be indexed. */
    public void recordFailure(FileOutcome outcome, FileFailure failure) {
        if (!outcome.isFailure()) {
            throw new IllegalArgumentException(outcome + " is not a failure");
        }
        count(new Key(outcome, failure.reason()));
        if (isRun) {
            synchronized (failures) {
                failures.add(failure);
            }
        }
    }

    private void count(Key key) {
        for (IngestTally t = this; t != null; t = t.parent) {
            t.files.computeIfAbsent(key, k -> new LongAdder()).increment();
        }
    }

    private void keepWarning(String warning) {
        synchronized (warnings) {
            warnings.addLast(warning);
            if (!isRun && warnings.size() > RECENT_WARNINGS) {
                warnings.removeFirst();
            }
        }
    }

    /** Files with this outcome, whatever the reason. */
    public int files(FileOutcome outcome) {
        long n = 0;
        for (Map.Entry<Key, LongAdder> e : files.entrySet()) {
            if (e.getKey().outcome() == outcome) {
                n += e.getValue().sum();
            }
        }
        return Math.toIntExact(n);
    }

    public int briefings() {
        return Math.toIntExact(briefings.sum());
    }

    /** The failures of a run, by path. */
    public List<FileFailure> failures() {
        synchronized (failures) {
            List<FileFailure> sorted = new ArrayList<>(failures);
            sorted.sort(Comparator.comparing(FileFailure::path));
            return sorted;
        }
    }

    /** The warnings of a run (or the last few since start), as "path: message". */
    public List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    public Snapshot snapshot() {
        Map<String, Long> byOutcome = new TreeMap<>();
        files.forEach((k, v) -> byOutcome.put(k.label(), v.sum()));
        Map<String, Long> byKind = new TreeMap<>();
        limitsHit.forEach((k, v) -> byKind.put(k.label(), v.sum()));
        return new Snapshot(byOutcome, briefings.sum(), byKind, warnings());
    }
}
