package org.briefings.engine;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a serving engine reconciles its corpus: once at start, soon after each ask (the file watch),
 * and periodically, a full interval after the last reconciliation <em>ended</em>. Counting the
 * interval from the end matters at scale: a rescan of a million files takes minutes, and an
 * interval counted from its start (or from the last ask) left one always queued, so a core
 * rescanned for good. Reconciliations never overlap; asks made while one runs are coalesced into
 * one more run, which the file watch needs (a file dropped mid-scan may have been listed before
 * it arrived).
 *
 * <p>The timer is injected so that tests can run the schedule on a clock of their own.
 */
final class ReconcileSchedule {

    /** Runs a task after a delay; the returned future cancels it. */
    @FunctionalInterface
    interface Timer {
        Future<?> schedule(Runnable task, Duration delay);
    }

    /** How long an ask waits before its reconciliation starts, so a burst of events makes one. */
    static final Duration SETTLE = Duration.ofMillis(300);

    private static final Logger log = LoggerFactory.getLogger(ReconcileSchedule.class);

    private final Timer timer;
    private final Runnable reconcile;
    private final Duration rescanEvery;
    private boolean running;
    private boolean queued;
    private Future<?> nextRescan;

    /**
     * @param rescanEvery the time from the end of one reconciliation to the next periodic one;
     *     zero turns periodic rescans off (the start-up reconciliation and asks still run)
     */
    ReconcileSchedule(Timer timer, Runnable reconcile, Duration rescanEvery) {
        if (rescanEvery.isNegative()) {
            throw new IllegalArgumentException("rescan interval must not be negative: " + rescanEvery);
        }
        this.timer = timer;
        this.reconcile = reconcile;
        this.rescanEvery = rescanEvery;
    }

    /** Asks for a reconciliation soon; several asks while one waits or runs make one more run. */
    synchronized void request() {
        if (queued) {
            return;
        }
        queued = true;
        if (!running) {
            schedule(this::run, SETTLE);
        }
    }

    /** True while a reconciliation runs or one has been asked for and not yet started. */
    synchronized boolean busy() {
        return running || queued;
    }

    private void run() {
        synchronized (this) {
            if (running) {
                return; // cannot happen through request(); kept so a stray run never overlaps
            }
            running = true;
            queued = false;
            if (nextRescan != null) {
                nextRescan.cancel(false); // this run is the rescan; the next counts from its end
                nextRescan = null;
            }
        }
        try {
            reconcile.run();
        } finally {
            synchronized (this) {
                running = false;
                if (queued) {
                    schedule(this::run, SETTLE);
                } else if (!rescanEvery.isZero()) {
                    nextRescan = schedule(this::request, rescanEvery);
                }
            }
        }
    }

    private Future<?> schedule(Runnable task, Duration delay) {
        try {
            return timer.schedule(task, delay);
        } catch (RejectedExecutionException e) {
            log.debug("not scheduling a reconciliation: the server is stopping");
            return null;
        }
    }
}
