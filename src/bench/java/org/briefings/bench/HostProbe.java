package org.briefings.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How much the host itself interrupts work, measured in a fresh JVM (started by {@link BenchMain}
 * before and after the parts) so that a results file says what its tail latencies stood on.
 *
 * <p>Why: on the 2-core virtual machine the harness was developed on, a thread that only computes
 * and one that only reads memory both lose 2–10 ms about every half second on each core, with no
 * garbage collection, no safepoint and nothing else running; a plain C program doing the same
 * loops loses the same (docs/benchmarks.md, "The host's stalls"). In the search benchmark the
 * queries so slowed had the lost time in their own thread's CPU time ({@link SearchRateTrace}): the
 * host takes or slows the virtual CPU, which neither the JVM nor the code measured can prevent.
 * Under a fixed request rate every stall queues the requests behind it, so a p99 at 80% of peak on
 * such a host says as much about the host as about the system; this probe puts a number on it.
 *
 * <p>Two loops, one thread per core each, in short chunks (a fixed amount of work, about 0.2 ms):
 * <em>memory</em> reads random ints from an array of {@link #MEMORY_MB} MB per thread (more than
 * any cache), <em>compute</em> only multiplies in registers. A chunk that took at least {@link
 * #STALL_MS} longer than the thread's median chunk counts as a stall of that excess.
 *
 * <pre>HostProbe SECONDS_PER_LOOP</pre>
 */
final class HostProbe {

    /** Array per thread for the memory loop. */
    static final int MEMORY_MB = 256;

    /** A chunk this much slower than the median is a stall. */
    static final double STALL_MS = 1.0;

    private static final int READS_PER_CHUNK = 20_000;

    private static final int MULTIPLIES_PER_CHUNK = 3_000_000;

    /** Each loop runs this long first, unrecorded, so that its chunks are compiled code. */
    private static final double WARM_UP_SECONDS = 1;

    /** What the loops computed, kept so that the compiler cannot remove them. */
    private static volatile long blackhole;

    /**
     * One loop's figures, summed over its threads: stalls per second per thread, the share of the
     * threads' time spent in stalls, the longest stall and the median chunk (ms).
     */
    record Loop(
            String kind,
            int threads,
            double seconds,
            double stallsPerSecond,
            double stalledShare,
            double longestStallMs,
            double medianChunkMs) {}

    /**
     * Both loops; the load average before them (from /proc/loadavg) and the CPU other processes
     * used while they ran, in cores (from /proc/stat less this JVM's own CPU time); -1 where not
     * Linux. The load average also counts the harness's own work of the last minutes (its build, the
     * part before), the other processes' CPU only what ran beside the probe.
     */
    record Result(double loadAverage, double othersCores, Loop memory, Loop compute) {

        /** One line for a results file's header. */
        String describe() {
            return String.format(
                    Locale.ROOT,
                    "load average %.2f, other processes %.2f cores during the probe; memory-bound loop (%d threads, random reads over %d MB each, %.0f s): "
                            + "stalls of %.0f ms or more %.1f per second per thread, %.1f%% of the time, longest %.1f ms; "
                            + "compute-only loop: %.1f per second, longest %.1f ms",
                    loadAverage,
                    othersCores,
                    memory.threads(),
                    MEMORY_MB,
                    memory.seconds(),
                    STALL_MS,
                    memory.stallsPerSecond(),
                    memory.stalledShare() * 100,
                    memory.longestStallMs(),
                    compute.stallsPerSecond(),
                    compute.longestStallMs());
        }
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]);
        ChildJvm.emit(measure(seconds));
    }

    static Result measure(double seconds) throws InterruptedException {
        double load = loadAverage();
        int threads = Runtime.getRuntime().availableProcessors();
        long busy0 = busyJiffies();
        long own0 = ownCpuNanos();
        long t0 = System.nanoTime();
        Loop memory = run("memory", threads, seconds);
        Loop compute = run("compute", threads, seconds);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long busy1 = busyJiffies();
        double others = busy0 < 0 || busy1 < 0
                ? -1
                : Math.max(0, (busy1 - busy0) / JIFFIES_PER_SECOND - (ownCpuNanos() - own0) / 1e9) / elapsed;
        return new Result(load, others, memory, compute);
    }

    private static Loop run(String kind, int threads, double seconds) throws InterruptedException {
        double[][] chunks = new double[threads][];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread w = new Thread(
                    () -> chunks[id] = kind.equals("memory") ? memoryChunks(id, seconds) : computeChunks(id, seconds));
            workers.add(w);
        }
        workers.forEach(Thread::start);
        for (Thread w : workers) {
            w.join();
        }
        return summarise(kind, seconds, chunks);
    }

    /** The figures of a loop from each thread's chunk times (ms). */
    static Loop summarise(String kind, double seconds, double[][] chunks) {
        long stalls = 0;
        double stalled = 0;
        double total = 0;
        double longest = 0;
        double medians = 0;
        for (double[] c : chunks) {
            double median = median(c);
            medians += median;
            for (double ms : c) {
                total += ms;
                double excess = ms - median;
                if (excess >= STALL_MS) {
                    stalls++;
                    stalled += excess;
                    longest = Math.max(longest, excess);
                }
            }
        }
        int threads = chunks.length;
        return new Loop(
                kind,
                threads,
                seconds,
                stalls / (seconds * threads),
                total == 0 ? 0 : stalled / total,
                longest,
                medians / threads);
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double[] memoryChunks(int id, double seconds) {
        int[] array = new int[MEMORY_MB * 1024 * 256];
        for (int i = 0; i < array.length; i++) {
            array[i] = i * 31;
        }
        long[] state = {id * 7919 + 1, 0}; // the random walk, and the sum of what it read
        double[] chunks = timedChunks(seconds, () -> {
            int x = (int) state[0];
            long sink = state[1];
            for (int i = 0; i < READS_PER_CHUNK; i++) {
                x = x * 1103515245 + 12345;
                sink += array[(x >>> 1) % array.length];
            }
            state[0] = x;
            state[1] = sink;
        });
        blackhole += state[1];
        return chunks;
    }

    private static double[] computeChunks(int id, double seconds) {
        long[] x = {id + 1};
        double[] chunks = timedChunks(seconds, () -> {
            long v = x[0];
            for (int i = 0; i < MULTIPLIES_PER_CHUNK; i++) {
                v = v * 6364136223846793005L + 1442695040888963407L;
            }
            x[0] = v;
        });
        blackhole += x[0];
        return chunks;
    }

    /** Runs {@code chunk} again and again for the warm-up and then {@code seconds}, timing each after the warm-up (ms). */
    private static double[] timedChunks(double seconds, Runnable chunk) {
        List<Double> out = new ArrayList<>();
        long recordFrom = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
        long end = recordFrom + (long) (seconds * 1e9);
        for (long t0 = System.nanoTime(); t0 < end; t0 = System.nanoTime()) {
            chunk.run();
            if (t0 >= recordFrom) {
                out.add((System.nanoTime() - t0) / 1e6);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Linux's USER_HZ, the unit of /proc/stat, on every architecture the harness runs on. */
    private static final double JIFFIES_PER_SECOND = 100;

    /** All cores' busy time so far (user, nice, system, irq, softirq, steal) in jiffies, or -1. */
    private static long busyJiffies() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Long.parseLong(f[1])
                    + Long.parseLong(f[2])
                    + Long.parseLong(f[3])
                    + Long.parseLong(f[6])
                    + Long.parseLong(f[7])
                    + Long.parseLong(f[8]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** This JVM's CPU time so far, all threads (the loops, the compiler, the collector). */
    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private HostProbe() {}
}
