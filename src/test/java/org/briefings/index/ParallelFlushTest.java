package org.briefings.index;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.briefings.Briefing;
import org.briefings.testing.Briefings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refresh writes the index writer's buffers on several threads at once ({@link ParallelFlush}):
 * two buffers are written concurrently, small ones are left to the refresh, the threads stop while
 * ingest goes on, a failed write is not swallowed, and a real index keeps every briefing.
 */
class ParallelFlushTest {

    @TempDir
    Path dir;

    /** Buffers of {@code each} bytes; {@code write} is what writing one does. */
    private static final class FakeBuffers implements ParallelFlush.Buffers {
        final AtomicLong bytes;
        final long each;
        final AtomicInteger writes = new AtomicInteger();
        final Write write;

        interface Write {
            void run() throws Exception;
        }

        FakeBuffers(int buffers, long each, Write write) {
            this.bytes = new AtomicLong(buffers * each);
            this.each = each;
            this.write = write;
        }

        @Override
        public long bytes() {
            return bytes.get();
        }

        @Override
        public boolean writeNext() throws IOException {
            long before = bytes.getAndUpdate(b -> Math.max(0, b - each));
            if (before == 0) {
                return false;
            }
            try {
                write.run();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
            writes.incrementAndGet();
            return true;
        }
    }

    @Test
    void twoBuffersAreWrittenAtTheSameTime() throws IOException {
        // each write waits for a second writer to arrive: one thread alone would time out and fail
        CyclicBarrier both = new CyclicBarrier(2);
        FakeBuffers buffers = new FakeBuffers(2, 20L << 20, () -> both.await(20, TimeUnit.SECONDS));

        new ParallelFlush(buffers, 2).run();

        assertEquals(2, buffers.writes.get());
        assertEquals(0, buffers.bytes());
    }

    @Test
    void aWriteAloneTimesOutInTheFakeSoTheTestAboveCanFail() {
        CyclicBarrier both = new CyclicBarrier(2);
        FakeBuffers buffers = new FakeBuffers(2, 20L << 20, () -> both.await(200, TimeUnit.MILLISECONDS));

        IOException e = assertThrows(IOException.class, () -> buffers.writeNext());
        assertTrue(e.getCause() instanceof TimeoutException || e.getCause() instanceof BrokenBarrierException);
    }

    @Test
    void smallBuffersAreLeftToTheRefresh() throws IOException {
        FakeBuffers buffers = new FakeBuffers(3, 1L << 20, () -> {});

        new ParallelFlush(buffers, 2).run();

        assertEquals(0, buffers.writes.get());
    }

    @Test
    void oneThreadLeavesTheBuffersToTheRefresh() throws IOException {
        FakeBuffers buffers = new FakeBuffers(4, 20L << 20, () -> {});

        new ParallelFlush(buffers, 1).run();

        assertEquals(0, buffers.writes.get());
    }

    @Test
    void whileIngestFillsNewBuffersTheThreadsStopAfterTheirBudget() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        ParallelFlush.Buffers endless = new ParallelFlush.Buffers() {
            @Override
            public long bytes() {
                return 30L << 20;
            }

            @Override
            public boolean writeNext() {
                calls.incrementAndGet();
                return true;
            }
        };

        new ParallelFlush(endless, 3).run();

        assertEquals(6, calls.get());
    }

    @Test
    void aFailedWriteIsThrownToTheRefresh() {
        FakeBuffers buffers = new FakeBuffers(4, 20L << 20, () -> {
            throw new IOException("no space left on device");
        });

        IOException e = assertThrows(IOException.class, () -> new ParallelFlush(buffers, 2).run());
        assertEquals("no space left on device", e.getMessage());
    }

    @Test
    void anIndexFilledFromTwoThreadsKeepsEveryBriefingThroughTheParallelWrite() throws Exception {
        int perThread = 300;
        try (LuceneIndex index = LuceneIndex.open(dir, 2)) {
            List<Thread> writers = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                Thread w = new Thread(() -> {
                    try {
                        Random random = new Random(thread);
                        List<Briefing> mine = new ArrayList<>();
                        for (int i = 0; i < perThread; i++) {
                            mine.add(Briefings.of(
                                    "Report " + thread + "-" + i,
                                    text(random, 1500),
                                    "2021-03-04",
                                    List.of("KE"),
                                    List.of(),
                                    List.of()));
                        }
                        for (Briefing b : mine) { // no refresh here: the test's refresh writes the buffers
                            index.replaceFile(
                                    b.sourcePath(),
                                    List.of(b),
                                    new BriefingDocuments.FileInfo(b.id(), b.sourcePath(), 1, 1));
                        }
                    } catch (Throwable e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                });
                w.start();
                writers.add(w);
            }
            for (Thread w : writers) {
                w.join();
            }
            assertEquals(List.of(), failures);
            assertTrue(
                    index.bufferedBytes() >= ParallelFlush.MIN_BYTES,
                    "the briefings fill more than the threshold, so the refresh writes them in parallel: "
                            + index.bufferedBytes());

            index.refresh();

            assertEquals(2 * perThread, index.count());
            assertTrue(index.bufferedBytes() < ParallelFlush.MIN_BYTES / 8, "written: " + index.bufferedBytes());
            index.commit();
        }
        try (LuceneIndex reopened = LuceneIndex.open(dir)) {
            assertEquals(2 * perThread, reopened.count());
        }
    }

    private static String text(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int len = 3 + random.nextInt(8);
            for (int c = 0; c < len; c++) {
                b.append((char) ('a' + random.nextInt(26)));
            }
            b.append(i % 15 == 14 ? ". " : " ");
        }
        return b.toString().strip();
    }
}
