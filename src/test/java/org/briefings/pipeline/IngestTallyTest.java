package org.briefings.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.Warning;
import org.junit.jupiter.api.Test;

class IngestTallyTest {

    @Test
    void eachOutcomeIsCountedOnceInTheRunAndOnceSinceStart() {
        IngestTally sinceStart = IngestTally.sinceStart();
        IngestTally run = sinceStart.run();
        run.recordIndexed(FileOutcome.INDEXED, "a.txt", 2, List.of());
        run.record(FileOutcome.UNCHANGED);
        run.record(FileOutcome.DUPLICATE);
        run.record(FileOutcome.DELETED);
        run.recordFailure(FileOutcome.FAILED, new FileFailure("b.pdf", IngestException.Reason.CORRUPT, "bad"));

        for (IngestTally t : List.of(run, sinceStart)) {
            assertEquals(1, t.files(FileOutcome.INDEXED));
            assertEquals(1, t.files(FileOutcome.UNCHANGED));
            assertEquals(1, t.files(FileOutcome.DUPLICATE));
            assertEquals(1, t.files(FileOutcome.DELETED));
            assertEquals(1, t.files(FileOutcome.FAILED));
            assertEquals(2, t.briefings());
        }
        assertEquals(
                Map.of("indexed", 1L, "unchanged", 1L, "duplicate", 1L, "deleted", 1L, "failed_corrupt", 1L),
                sinceStart.snapshot().files());
    }

    @Test
    void failuresAreCountedByReasonAndListedOnlyByTheRun() {
        IngestTally sinceStart = IngestTally.sinceStart();
        IngestTally run = sinceStart.run();
        run.recordFailure(FileOutcome.FAILED, new FileFailure("z.pdf", IngestException.Reason.ENCRYPTED, "locked"));
        run.recordFailure(FileOutcome.FAILED, new FileFailure("a.pdf", IngestException.Reason.CORRUPT, "bad"));
        sinceStart.recordFailure(
                FileOutcome.UPLOAD_FAILED, new FileFailure("up.pdf", IngestException.Reason.TOO_LARGE, "big"));

        assertEquals(
                List.of("a.pdf", "z.pdf"),
                run.failures().stream().map(FileFailure::path).toList());
        assertEquals(List.of(), sinceStart.failures(), "a server's rescans would otherwise grow it for ever");
        assertEquals(
                Map.of("failed_corrupt", 1L, "failed_encrypted", 1L, "upload_failed_too_large", 1L),
                sinceStart.snapshot().files());
        assertEquals(2, sinceStart.files(FileOutcome.FAILED));
    }

    @Test
    void warningsAreCountedByKindAndTheLastFewKeptSinceStart() {
        IngestTally sinceStart = IngestTally.sinceStart();
        IngestTally run = sinceStart.run();
        int files = IngestTally.RECENT_WARNINGS + 5;
        for (int i = 0; i < files; i++) {
            run.recordIndexed(
                    FileOutcome.INDEXED,
                    "f" + i + ".zip",
                    1,
                    List.of(Warning.textCut(100), Warning.embeddedStopped(3)));
        }
        sinceStart.recordIndexed(
                FileOutcome.UPLOADED, "up.zip", 1, List.of(Warning.embeddedFailed("/x.doc", "unreadable")));

        assertEquals(2 * files, run.warnings().size(), "a run keeps every warning for its report");
        assertEquals("f0.zip: text cut at 100 characters", run.warnings().get(0));
        IngestTally.Snapshot s = sinceStart.snapshot();
        assertEquals(
                Map.of("text_cut", (long) files, "embedded_stopped", (long) files, "embedded_failed", 1L),
                s.limitsHit());
        assertEquals(IngestTally.RECENT_WARNINGS, s.recentWarnings().size());
        assertEquals("up.zip: embedded /x.doc: unreadable", s.recentWarnings().getLast());
        assertEquals(files + 1L, s.briefings());
    }

    @Test
    void anOutcomeRecordedWithoutTheDetailsItNeedsIsRefused() {
        IngestTally t = IngestTally.sinceStart();
        assertThrows(IllegalArgumentException.class, () -> t.record(FileOutcome.INDEXED));
        assertThrows(IllegalArgumentException.class, () -> t.record(FileOutcome.FAILED));
        assertThrows(
                IllegalArgumentException.class,
                () -> t.recordFailure(FileOutcome.INDEXED, new FileFailure("a", IngestException.Reason.CORRUPT, "")));
        assertEquals(Map.of(), t.snapshot().files(), "a refused record counts nothing");
    }
}
