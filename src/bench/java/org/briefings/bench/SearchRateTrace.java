package org.briefings.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Where a fixed-rate run's tail comes from, request by request: the engine's side of {@link
 * SearchRun}'s "80% of peak" run (the same mix, index, due times and pool as {@link
 * Load#fixedRate}), writing for every request its query, when it was due, when a worker started it,
 * when it ended and the worker thread's CPU time in between. A request's latency then splits into
 * queueing (start - due) and service (end - start), and a slow service into work (its CPU time)
 * and time the thread was not running. Not part of the harness's report; docs/benchmarks.md ("The
 * host's stalls") says what it showed.
 *
 * <pre>SearchRateTrace WORK_DIR DOCS SECONDS WORKERS OUT_FILE</pre>
 *
 * Output: a header line {@code # peak P rate R}, then one line per request: {@code query due_us
 * start_us end_us cpu_us}, times from the first request's due time.
 */
public final class SearchRateTrace {

    public static void main(String[] args) throws Exception {
        Path dir = BuildSearchIndex.dir(Path.of(args[0]), Integer.parseInt(args[1]));
        double seconds = Double.parseDouble(args[2]);
        int workers = Integer.parseInt(args[3]);
        List<QueryMix.BenchQuery> mix = QueryMix.all();
        ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
        try (SearchSystems.Engine engine = new SearchSystems.Engine(dir.resolve("engine"))) {
            Load.Call call = i -> engine.run(mix.get(i % mix.size()));
            Load.sequential(call, 10, (i, us) -> {});
            double peak = Load.peak(call, Runtime.getRuntime().availableProcessors(), seconds);
            double rate = peak * 0.8;
            int n = (int) (rate * seconds);
            long[] due = new long[n];
            long[] start = new long[n];
            long[] end = new long[n];
            long[] cpu = new long[n];
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            long interval = (long) (1e9 / rate);
            long first = System.nanoTime() + 20_000_000;
            for (int i = 0; i < n; i++) {
                long d = first + i * interval;
                due[i] = d;
                long wait;
                while ((wait = d - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                int k = i;
                pool.execute(() -> {
                    long c0 = cpuClock.getCurrentThreadCpuTime();
                    start[k] = System.nanoTime();
                    try {
                        call.call(k);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    end[k] = System.nanoTime();
                    cpu[k] = cpuClock.getCurrentThreadCpuTime() - c0;
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("requests still running after 10 minutes");
            }
            try (PrintWriter out = new PrintWriter(args[4], StandardCharsets.UTF_8)) {
                out.printf("# peak %.1f rate %.1f%n", peak, rate);
                for (int i = 0; i < n; i++) {
                    out.printf(
                            "%d %d %d %d %d%n",
                            i % mix.size(),
                            (due[i] - first) / 1000,
                            (start[i] - first) / 1000,
                            (end[i] - first) / 1000,
                            cpu[i] / 1000);
                }
            }
        }
    }

    private SearchRateTrace() {}
}
