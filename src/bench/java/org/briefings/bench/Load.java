package org.briefings.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Three ways of driving a system with requests, shared by the in-process benchmark and the HTTP
 * load generator. Latencies are recorded in microseconds in HdrHistograms.
 *
 * <p>{@link #fixedRate} is the one that tells what a user waits: requests are due at fixed times
 * (rate R means one every 1/R s) whatever happened to earlier ones, and each latency is measured
 * from when its request was <em>due</em>, not from when a worker got round to sending it. A
 * closed loop (send, wait, send) would quietly slow down when the system does and hide the
 * queueing ("coordinated omission").
 */
final class Load {

    /** One request; {@code i} is its number, to pick a query from the mix. */
    interface Call {
        void call(int i) throws Exception;
    }

    /** Percentiles in milliseconds. */
    record Percentiles(long count, double p50, double p90, double p99, double max) {
        static Percentiles of(Histogram h) {
            return new Percentiles(
                    h.getTotalCount(),
                    h.getValueAtPercentile(50) / 1e3,
                    h.getValueAtPercentile(90) / 1e3,
                    h.getValueAtPercentile(99) / 1e3,
                    h.getMaxValue() / 1e3);
        }
    }

    /** A fixed-rate run: what was asked, what was done, and the latencies from the due times. */
    record RateResult(double targetPerSec, double achievedPerSec, long errors, Percentiles latency) {}

    static Histogram histogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    }

    private Load() {}

    /** One after the other on this thread for {@code seconds}; {@code record(i, micros)} gets each latency. */
    interface Recorder {
        void record(int i, long micros);
    }

    static int sequential(Call call, double seconds, Recorder recorder) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int i = 0;
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            call.call(i);
            recorder.record(i, (System.nanoTime() - t0) / 1000);
            i++;
        }
        return i;
    }

    /** Peak throughput: {@code threads} workers each sending the next request as soon as the last is answered. */
    static double peak(Call call, int threads, double seconds) throws Exception {
        return closedLoop(call, threads, seconds).perSec();
    }

    /** Closed-loop clients at once: throughput, and each request's latency (the peers' 1- and 4-client runs). */
    record Closed(int clients, double perSec, Percentiles latency) {}

    /**
     * {@code clients} workers, each sending the next request as soon as its last one is answered, for
     * {@code seconds}: how many were answered per second and how long each took.
     */
    static Closed closedLoop(Call call, int clients, double seconds) throws Exception {
        ConcurrentHistogram h = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < clients; t++) {
            Thread w = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        call.call((int) next.getAndIncrement());
                        h.recordValue(Math.min((System.nanoTime() - t0) / 1000, h.getHighestTrackableValue()));
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Closed(clients, h.getTotalCount() / elapsed, Percentiles.of(h));
    }

    /** Length of one window of {@link #warmUp}, in seconds. */
    static final double WARM_UP_WINDOW_SECONDS = 5;

    /**
     * How long a server is warmed up before it is measured when one measurement lasts {@code
     * seconds}: twelve measurements (a minute at the default 5 s). A server started for the benchmark
     * spends its first half-minute of load compiling its hot paths: on 2026-12-05 the engine's
     * {@code serve}, driven by 2 closed-loop clients from cold, answered 68, 138, 183, 168, 195 and 285
     * queries/s in its first six 5 s windows and 350–470 from the seventh on, while its C2 compiler
     * thread used 17 s of CPU. A warm-up shorter than that measures the compiler, not the server.
     */
    static double warmUpSeconds(double seconds) {
        return 12 * seconds;
    }

    /**
     * How long a warm-up may go on, at most, while its rate is still rising: three times {@link
     * #warmUpSeconds} (three minutes at the default 5 s measurement).
     */
    static double warmUpLimitSeconds(double seconds) {
        return 3 * warmUpSeconds(seconds);
    }

    /** How many windows {@link #levelled} compares, last ones against the ones before them. */
    static final int LEVEL_WINDOWS = 3;

    /** How much faster the last windows may be than the ones before them and still count as level. */
    static final double LEVEL_TOLERANCE = 0.03;

    /**
     * Closed-loop {@code clients} in windows of {@link #WARM_UP_WINDOW_SECONDS} for at least {@link
     * #warmUpSeconds} of a measurement lasting {@code seconds}, then on while the rate is still rising
     * ({@link #levelled}), for at most {@link #warmUpLimitSeconds} in all: the queries/s of each
     * window, so a report can show where each system levelled off. Why not a fixed length: in the
     * seventh full run (2026-12-05) OpenSearch was still rising at the end of a minute's warm-up (173,
     * 180, 179, 204 queries/s in its last windows) while the engine and Solr had levelled off after
     * 40-45 s; a system measured while it still compiles is measured unfairly.
     */
    static List<Double> warmUp(Call call, int clients, double seconds) throws Exception {
        double least = warmUpSeconds(seconds);
        double most = warmUpLimitSeconds(seconds);
        List<Double> perWindow = new ArrayList<>();
        double done = 0;
        while (least - done > 1e-9 || (most - done > 1e-9 && !levelled(perWindow))) {
            double window = Math.min(WARM_UP_WINDOW_SECONDS, most - done);
            perWindow.add(closedLoop(call, clients, window).perSec());
            done += window;
        }
        return perWindow;
    }

    /**
     * Whether a warm-up's rate has stopped rising: the median of its last {@link #LEVEL_WINDOWS}
     * windows is at most {@link #LEVEL_TOLERANCE} above the median of the {@link #LEVEL_WINDOWS}
     * before them. A medians' comparison, so one window slowed by the host neither ends nor prolongs
     * the warm-up on its own. False with fewer than twice {@link #LEVEL_WINDOWS} windows.
     */
    static boolean levelled(List<Double> perWindow) {
        int n = perWindow.size();
        if (n < 2 * LEVEL_WINDOWS) {
            return false;
        }
        double last = Stats.median(perWindow.subList(n - LEVEL_WINDOWS, n));
        double before = Stats.median(perWindow.subList(n - 2 * LEVEL_WINDOWS, n - LEVEL_WINDOWS));
        return last <= before * (1 + LEVEL_TOLERANCE);
    }

    /** What a report adds after a warm-up's windows: that it ended at its limit, still rising. */
    static String stillRisingNote(List<Double> perWindow) {
        return levelled(perWindow) ? "" : " (still rising when the limit was reached)";
    }

    /** Warm-up rates per window as "68, 138, …" for a report. */
    static String windows(List<Double> perSec) {
        return String.join(
                ", ", perSec.stream().map(r -> String.format("%.0f", r)).toList());
    }

    /**
     * Sends requests at {@code perSec} for {@code seconds} to a pool of {@code threads} workers
     * (an unbounded queue in front of them), measuring each from its due time.
     */
    static RateResult fixedRate(Call call, double perSec, double seconds, int threads) throws Exception {
        ConcurrentHistogram h = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong lastDone = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long interval = (long) (1e9 / perSec);
        long start = System.nanoTime() + 20_000_000;
        long end = start + (long) (seconds * 1e9);
        int sent = 0;
        for (int i = 0; ; i++) {
            long due = start + i * interval;
            if (due >= end) {
                break;
            }
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            pool.execute(() -> {
                try {
                    call.call(n);
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
                long now = System.nanoTime();
                h.recordValue(Math.min((now - due) / 1000, h.getHighestTrackableValue()));
                lastDone.accumulateAndGet(now, Math::max);
            });
            sent++;
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double elapsed = (lastDone.get() - start) / 1e9;
        return new RateResult(perSec, sent / elapsed, errors.get(), Percentiles.of(h));
    }
}
