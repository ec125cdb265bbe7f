package org.briefings.engine;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Running totals of what ingest did since start, for {@code /metrics}. Thread-safe. */
public final class IngestCounters {

    private final Map<String, LongAdder> files = new ConcurrentHashMap<>();
    private final LongAdder briefings = new LongAdder();

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

    public long briefings() {
        return briefings.sum();
    }
}
