package org.briefings.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefings.ingest.IngestException;

/**
 * What a reconciliation (or an {@code index} run) did, file by file, for the closing summary.
 *
 * @param indexed    files (re)indexed
 * @param briefings  briefings written for those files (archives and e-mails give several)
 * @param unchanged  files already indexed with the same content
 * @param duplicates files whose bytes are already indexed under another path
 * @param deleted    files gone from the corpus whose briefings were removed
 * @param failures   files that could not be indexed, with reasons
 * @param warnings   files indexed with something cut or skipped
 * @param elapsed    wall time
 */
public record ReconcileReport(
        int indexed,
        int briefings,
        int unchanged,
        int duplicates,
        int deleted,
        List<Failure> failures,
        List<String> warnings,
        Duration elapsed) {

    /** One file that failed, and why. */
    public record Failure(String path, IngestException.Reason reason, String message) {}

    public int failed() {
        return failures.size();
    }

    /** Failures counted by reason, for the summary table. */
    public Map<IngestException.Reason, Integer> failuresByReason() {
        Map<IngestException.Reason, Integer> counts = new TreeMap<>();
        for (Failure f : failures) {
            counts.merge(f.reason(), 1, Integer::sum);
        }
        return counts;
    }
}
