package org.briefings.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;

/**
 * Writes an {@link IndexWriter}'s in-memory buffers as segments on several threads at once, before
 * a refresh would write them itself.
 *
 * <p>Why: Lucene keeps one buffer per thread that added documents, and a refresh (so also a commit
 * and copy grouping, which refresh first) writes every buffer one after the other on the refreshing
 * thread; a commit holds the index's write lock meanwhile, so the ingest threads wait. After a
 * reconcile on every core that was the serial tail of the run: the last buffers, tens of
 * megabytes, written on one core while the others idled. {@link IndexWriter#flushNextBuffer} writes
 * one buffer on the calling thread and hands each buffer to one caller only, so a few threads
 * calling it share the buffers out.
 *
 * <p>Bounds: nothing is done below {@link #MIN_BYTES} buffered (starting threads would cost more
 * than they save; the refresh writes them); each thread stops once less than a megabyte is
 * buffered; and the threads together write at most twice as many buffers as there are threads, so
 * that while ingest goes on (a server refreshes as it reconciles) they never chase buffers filled
 * behind them. What is left, the refresh writes as before. Nothing becomes visible or durable
 * here: a segment written is only on disk until a refresh or commit takes it.
 */
final class ParallelFlush {

    /** Below this many buffered bytes the refresh writes the buffers on its own thread. */
    static final long MIN_BYTES = 8L << 20;

    /** What is flushed: the buffered bytes, and a call that writes one buffer (false when none was left). */
    interface Buffers {
        long bytes();

        boolean writeNext() throws IOException;
    }

    private final Buffers buffers;
    private final int threads;

    /** Writes {@code buffers} on up to {@code threads} threads at each {@link #run}. */
    ParallelFlush(Buffers buffers, int threads) {
        this.buffers = buffers;
        this.threads = Math.max(1, threads);
    }

    /** For a writer's buffers, made once with the index. */
    static ParallelFlush of(IndexWriter writer, int threads) {
        return new ParallelFlush(buffersOf(writer), threads);
    }

    /** The buffers of a writer. */
    private static Buffers buffersOf(IndexWriter writer) {
        return new Buffers() {
            @Override
            public long bytes() {
                return writer.ramBytesUsed();
            }

            @Override
            public boolean writeNext() throws IOException {
                return writer.flushNextBuffer();
            }
        };
    }

    /**
     * Writes buffers on the threads (this one and {@code threads - 1} started here) and
     * returns when they are done; rethrows the first failure.
     */
    void run() throws IOException {
        if (threads < 2 || buffers.bytes() < MIN_BYTES) {
            return;
        }
        AtomicInteger budget = new AtomicInteger(2 * threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            Thread t = new Thread(() -> writeWhileLarge(buffers, budget, failure), "index-flush");
            t.setDaemon(true);
            t.start();
            helpers.add(t);
        }
        writeWhileLarge(buffers, budget, failure);
        boolean interrupted = false;
        for (Thread t : helpers) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers hold buffers: wait for them, then say so
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable f = failure.get();
        if (f instanceof IOException io) {
            throw io;
        } else if (f instanceof RuntimeException r) {
            throw r;
        } else if (f instanceof Error e) {
            throw e;
        }
    }

    private static void writeWhileLarge(Buffers buffers, AtomicInteger budget, AtomicReference<Throwable> failure) {
        try {
            while (failure.get() == null
                    && buffers.bytes() >= MIN_BYTES / 8
                    && budget.getAndDecrement() > 0
                    && buffers.writeNext()) {
                // the next buffer
            }
        } catch (IOException | RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        }
    }
}
