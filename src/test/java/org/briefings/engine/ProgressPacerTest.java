package org.briefings.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressPacerTest {

    private static final long MS = 1_000_000L;

    @Test
    void firstCommitComesAfterFiveHundredFiles() {
        ProgressPacer pacer = ProgressPacer.commits(0);
        assertFalse(pacer.claim(499, 60_000 * MS), "fewer than 500 files: no commit however long it ran");
        assertTrue(pacer.claim(500, 60_000 * MS));
    }

    @Test
    void oneCallerWinsEachCommit() {
        ProgressPacer pacer = ProgressPacer.commits(0);
        assertTrue(pacer.claim(500, 1000 * MS));
        assertFalse(pacer.claim(501, 1000 * MS), "the commit at 500 is already claimed");
        assertFalse(pacer.claim(999, 1000 * MS));
        assertTrue(pacer.claim(1000, 1000 * MS), "500 more files and no commit has taken time yet");
    }

    @Test
    void nextCommitWaitsTwentyTimesTheLastOnesDuration() {
        ProgressPacer pacer = ProgressPacer.commits(0);
        assertTrue(pacer.claim(500, 1000 * MS));
        pacer.done(1000 * MS, 1150 * MS); // took 150 ms: the next no sooner than 3 s after it ended
        assertFalse(pacer.claim(1000, 4000 * MS), "500 files on, but only 2.85 s after the commit");
        assertFalse(pacer.claim(1400, 4149 * MS));
        assertTrue(pacer.claim(1400, 4150 * MS), "3 s after the last commit ended");
        assertFalse(pacer.claim(1600, 60_000 * MS), "the commit at 1,400 counts: 500 files from there");
    }

    @Test
    void refreshesComeAtMostOnceASecondAndTwentyTimesTheirDurationApart() {
        ProgressPacer pacer = ProgressPacer.refreshes(0);
        assertFalse(pacer.claim(1, 999 * MS), "under a second since the run started");
        assertTrue(pacer.claim(2, 1000 * MS));
        assertFalse(pacer.claim(3, 1500 * MS), "the refresh at 1 s is still running or just ended");
        pacer.done(1000 * MS, 1100 * MS); // took 100 ms: the next no sooner than 2 s after it ended
        assertFalse(pacer.claim(4, 3099 * MS));
        assertTrue(pacer.claim(5, 3100 * MS));
    }
}
