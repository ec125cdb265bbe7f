package org.briefings.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefings.ingest.IngestException;
import org.briefings.pipeline.FileFailure;
import org.briefings.pipeline.FileOutcome;
import org.briefings.pipeline.IngestTally;

/**
 * What a reconciliation (or an {@code index} run) did, file by file, for the closing summary: a
 * reading of the run's {@link IngestTally}, so it cannot disagree with {@code /metrics}.
 *
 * @param indexed    files (re)indexed
 * @param briefings  briefings written for those files (archives and e-mails give several)
 * @param unchanged  files already indexed with the same content
 * @param duplicates files whose bytes are already indexed under another path
 * @param deleted    files gone from the corpus whose briefings were removed
 * @param failures   files that could not be indexed, with reasons, by path
 * @param warnings   what was cut or skipped in files indexed, as "path: message"
 * @param elapsed    wall time
 */
public record ReconcileReport(
        int indexed,
        int briefings,
        int unchanged,
        int duplicates,
        int deleted,
        List<FileFailure> failures,
        List<String> warnings,
        Duration elapsed) {

    /** The report of a finished run. */
    static ReconcileReport of(IngestTally run, long elapsedNanos) {
        return new ReconcileReport(
                run.files(FileOutcome.INDEXED),
                run.briefings(),
                run.files(FileOutcome.UNCHANGED),
                run.files(FileOutcome.DUPLICATE),
                run.files(FileOutcome.DELETED),
                run.failures(),
                run.warnings(),
                Duration.ofNanos(elapsedNanos));
    }

    public int failed() {
        return failures.size();
    }

    /** Failures counted by reason, for the summary table. */
    public Map<IngestException.Reason, Integer> failuresByReason() {
        Map<IngestException.Reason, Integer> counts = new TreeMap<>();
        for (FileFailure f : failures) {
            counts.merge(f.reason(), 1, Integer::sum);
        }
        return counts;
    }
}
