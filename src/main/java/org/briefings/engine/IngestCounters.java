package org.briefings.engine;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Running totals of what ingest did since start, for {@code /metrics}. Thread-safe. */
public final class IngestCounters {

    private final Map<String, LongAdder> files = new ConcurrentHashMap<>();
    private final LongAdder briefings = new LongAdder();
    private final Map<String, LongAdder> limitsHit = new ConcurrentHashMap<>();
    private final java.util.Deque<String> recentWarnings = new java.util.ArrayDeque<>();

    /** Warnings kept for {@code /api/stats}. */
    static final int RECENT_WARNINGS = 20;

    /** Counts a file by outcome: indexed, unchanged, duplicate, deleted, failed_corrupt, ... */
    public void file(String outcome) {
        files.computeIfAbsent(outcome, k -> new LongAdder()).increment();
    }

    public void briefings(int n) {
        briefings.add(n);
    }

    public Map<String, Long> files() {
        Map<String, Long> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /**
     * Records what extraction cut or skipped in one file, so a limit being hit is visible in
     * {@code /api/stats} and not only in the answer to the one upload that hit it.
     */
    public void warnings(String path, java.util.List<String> warnings) {
        for (String w : warnings) {
            String kind = w.startsWith(org.briefings.ingest.Extraction.TEXT_CUT)
                    ? "text_cut"
                    : w.startsWith(org.briefings.ingest.Extraction.EMBEDDED_STOPPED)
                            ? "embedded_stopped"
                            : w.startsWith("embedded ") ? "embedded_failed" : "other";
            limitsHit.computeIfAbsent(kind, k -> new LongAdder()).increment();
            synchronized (recentWarnings) {
                recentWarnings.addLast(path + ": " + w);
                if (recentWarnings.size() > RECENT_WARNINGS) {
                    recentWarnings.removeFirst();
                }
            }
        }
    }

    /** Warnings by kind since start: text_cut, embedded_stopped, embedded_failed, other. */
    public Map<String, Long> limitsHit() {
        Map<String, Long> out = new TreeMap<>();
        limitsHit.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** The last few warnings, oldest first. */
    public java.util.List<String> recentWarnings() {
        synchronized (recentWarnings) {
            return java.util.List.copyOf(recentWarnings);
        }
    }

    public long briefings() {
        return briefings.sum();
    }
}
