package org.briefings.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation schedule on a clock of the test's own: each reconciliation "takes" a set time
 * by moving the clock on, so a rescan slower than the interval is modelled exactly, with no sleeps
 * and no dependence on the machine's speed. At a million files a rescan took 142-169 s against a
 * 60 s interval, and the next one started as soon as the last ended: a core rescanned for good.
 */
class ReconcileScheduleTest {

    /** A timer on virtual time: tasks run in due order when the test advances the clock. */
    static final class VirtualTimer implements ReconcileSchedule.Timer {
        record Due(long at, long seq, Runnable task, CompletableFuture<Void> handle) {}

        long now;
        private long seq;
        private final PriorityQueue<Due> queue =
                new PriorityQueue<>(Comparator.comparingLong(Due::at).thenComparingLong(Due::seq));

        @Override
        public Future<?> schedule(Runnable task, Duration delay) {
            Due d = new Due(now + delay.toMillis(), seq++, task, new CompletableFuture<>());
            queue.add(d);
            return d.handle();
        }

        /** Runs every task due up to {@code until} (tasks may move the clock on themselves). */
        void runUntil(long until) {
            while (true) {
                Due next = queue.peek();
                if (next == null || next.at() > until) {
                    break;
                }
                queue.poll();
                if (next.handle().isCancelled()) {
                    continue;
                }
                now = Math.max(now, next.at());
                next.task().run();
            }
            now = Math.max(now, until);
        }

        boolean nothingPending() {
            return queue.stream().allMatch(d -> d.handle().isCancelled());
        }
    }

    /** A reconciliation that takes {@code tookMs} of virtual time and records when it ran. */
    record Run(long start, long end) {}

    private static final long SETTLE = ReconcileSchedule.SETTLE.toMillis();

    private final VirtualTimer timer = new VirtualTimer();
    private final List<Run> runs = new ArrayList<>();

    private Runnable reconcileTaking(long tookMs) {
        return () -> {
            long start = timer.now;
            timer.now += tookMs;
            runs.add(new Run(start, timer.now));
        };
    }

    @Test
    void aRescanSlowerThanTheIntervalIsFollowedByAFullIntervalOfRest() {
        long interval = 60_000;
        long took = 150_000; // 2.5 intervals, as a million files took
        ReconcileSchedule schedule = new ReconcileSchedule(timer, reconcileTaking(took), Duration.ofMillis(interval));
        schedule.request(); // the start-up reconciliation
        timer.runUntil(3_600_000);

        assertTrue(runs.size() >= 2, "periodic rescans ran: " + runs);
        for (int i = 1; i < runs.size(); i++) {
            long rest = runs.get(i).start() - runs.get(i - 1).end();
            assertTrue(
                    rest >= interval,
                    "rescan " + i + " started " + rest + " ms after the previous one ended, under the interval: "
                            + runs);
        }
        // and not later than needed: the interval, then the settle delay an ask waits for
        assertEquals(interval + SETTLE, runs.get(1).start() - runs.get(0).end());
        // an hour holds 3600 / (150 + 60) whole cycles; back-to-back rescans would have made 24
        assertEquals(3_600_000 / (took + interval + SETTLE) + 1, runs.size(), runs.toString());
    }

    @Test
    void asksDuringARescanMakeOneMoreRunAndThePeriodicRescanCountsFromItsEnd() {
        long interval = 60_000;
        AtomicReference<ReconcileSchedule> self = new AtomicReference<>();
        ReconcileSchedule schedule = new ReconcileSchedule(
                timer,
                () -> {
                    long start = timer.now;
                    if (runs.isEmpty()) {
                        // the file watch asks three times while the first run lists the folder
                        self.get().request();
                        self.get().request();
                        self.get().request();
                        assertTrue(self.get().busy());
                    }
                    timer.now += 10_000;
                    runs.add(new Run(start, timer.now));
                },
                Duration.ofMillis(interval));
        self.set(schedule);
        schedule.request();
        timer.runUntil(20_000 + SETTLE * 2 + 1);

        assertEquals(2, runs.size(), "three asks during a run make exactly one more: " + runs);
        assertEquals(SETTLE, runs.get(1).start() - runs.get(0).end(), "the asked-for run follows soon");
        assertFalse(schedule.busy(), "nothing runs or waits between the follow-up and the next rescan");

        timer.runUntil(runs.get(1).end() + interval + SETTLE - 1);
        assertEquals(2, runs.size(), "no periodic rescan before a full interval after the last run ended");
        timer.runUntil(runs.get(1).end() + interval + SETTLE);
        assertEquals(3, runs.size(), "the periodic rescan after the interval: " + runs);
    }

    @Test
    void anAskBetweenRescansRestartsTheIntervalFromItsOwnEnd() {
        long interval = 60_000;
        ReconcileSchedule schedule = new ReconcileSchedule(timer, reconcileTaking(5_000), Duration.ofMillis(interval));
        schedule.request();
        timer.runUntil(40_000); // the start-up run ended at 5.3 s; the periodic one is due at 65.6 s
        schedule.request(); // a file dropped in at 40 s
        timer.runUntil(40_000 + SETTLE + 5_000);
        assertEquals(2, runs.size());
        long askedEnded = runs.get(1).end();

        timer.runUntil(askedEnded + interval + SETTLE - 1);
        assertEquals(2, runs.size(), "the periodic rescan due at 65.6 s gave way to the asked-for run: " + runs);
        timer.runUntil(askedEnded + interval + SETTLE);
        assertEquals(3, runs.size(), runs.toString());
    }

    @Test
    void zeroTurnsPeriodicRescansOffButKeepsTheStartUpRunAndAsks() {
        ReconcileSchedule schedule = new ReconcileSchedule(timer, reconcileTaking(1_000), Duration.ZERO);
        schedule.request();
        timer.runUntil(24 * 3_600_000L);
        assertEquals(1, runs.size(), "only the start-up reconciliation in a day: " + runs);
        assertTrue(timer.nothingPending());

        schedule.request(); // the file watch
        timer.runUntil(timer.now + SETTLE + 1_000);
        assertEquals(2, runs.size(), "an ask still reconciles: " + runs);
        assertTrue(timer.nothingPending());
    }

    @Test
    void aNegativeIntervalIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> new ReconcileSchedule(timer, () -> {}, Duration.ofSeconds(-1)));
    }
}
