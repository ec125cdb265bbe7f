package org.briefings.ingest.fork;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefings.ExtractedText;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.LanguageGuesser;
import org.briefings.ingest.ParserIsolation;
import org.briefings.testing.SharedData;
import org.briefings.testing.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Child-process parsing: the same answers as in-process Tika, and a parser that loops, runs out of
 * memory, dies or prints costs its document and a restart, never the caller.
 */
@Slow
@Timeout(180)
class ForkedExtractorTest {

    /** A short parse time limit, so the misbehaving worker's hangs are cut off quickly. */
    static final ExtractionLimits LIMITS = new ExtractionLimits(100_000, 20, 10_000_000, Duration.ofSeconds(2));
    /**
     * The same limits with a deadline instead of a timing window, for real documents: a cold child
     * JVM on a loaded machine can take longer than 2 s for a first PDF, which is not what is tested.
     */
    static final ExtractionLimits REAL_DOCUMENTS =
            new ExtractionLimits(100_000, 20, 10_000_000, Duration.ofSeconds(120));

    @TempDir
    static Path dir;

    static ForkedExtractor hostile;
    static Path anyFile;

    @BeforeAll
    static void start() throws Exception {
        hostile = new ForkedExtractor(LIMITS, ParserIsolation.forked(1, 96), MisbehavingWorker.class.getName());
        anyFile = Files.writeString(dir.resolve("any.bin"), "some bytes");
    }

    @AfterAll
    static void stop() {
        hostile.close();
    }

    private static long echoPid() throws IngestException {
        Extraction x = hostile.extract(anyFile, "probe.echo", null);
        return Long.parseLong(x.documents().get(0).title());
    }

    @Test
    void givesTheSameDocumentsAsInProcessParsing() throws Exception {
        Path corpus = SharedData.projectDir().resolve("corpus");
        try (ForkedExtractor forked = new ForkedExtractor(REAL_DOCUMENTS, ParserIsolation.forked(1, 256));
                Extractor local = new Extractor(REAL_DOCUMENTS, new LanguageGuesser())) {
            for (String name : List.of(
                    "2019-06-03-desk-note-north-korea.eml",
                    "india-g20-presidency.docx",
                    "2019-09-16-saudi-abqaiq-attack.pdf",
                    "2020-briefings-archive.zip")) {
                Path f = corpus.resolve(name);
                Extraction a = forked.extract(f, name, null);
                Extraction b = local.extract(f, name, null);
                assertEquals(b.fileId(), a.fileId(), name);
                assertEquals(b.warnings(), a.warnings(), name);
                assertEquals(b.documents().size(), a.documents().size(), name);
                for (int i = 0; i < a.documents().size(); i++) {
                    ExtractedText x = a.documents().get(i);
                    ExtractedText y = b.documents().get(i);
                    assertEquals(y.id(), x.id());
                    assertEquals(y.sourcePath(), x.sourcePath());
                    assertEquals(y.containerId(), x.containerId());
                    assertEquals(y.title(), x.title());
                    assertEquals(y.text(), x.text());
                    assertEquals(y.language(), x.language());
                    assertEquals(y.mediaType(), x.mediaType());
                }
            }
            IngestException e = assertThrows(
                    IngestException.class,
                    () -> forked.extract(Files.writeString(dir.resolve("empty.txt"), ""), "empty.txt", null));
            assertEquals(IngestException.Reason.NO_TEXT, e.reason());
            assertEquals(1L, forked.describe().get("started"), "one child served every document");
        }
    }

    @Test
    void aParserThatLoopsIsKilledAtTheTimeLimitAndReplaced() throws Exception {
        long before = echoPid();
        long t = System.nanoTime();
        IngestException e = assertThrows(IngestException.class, () -> hostile.extract(anyFile, "cyclic.loop", null));
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertEquals(IngestException.Reason.TIMEOUT, e.reason(), e.getMessage());
        assertTrue(ms >= 2000 && ms < 8000, "answered after " + ms + " ms (limit 2 s + grace)");
        assertFalse(ProcessHandle.of(before).map(ProcessHandle::isAlive).orElse(false), "the looping child is gone");
        assertNotEquals(before, echoPid(), "a fresh child answers the next document");
    }

    @Test
    void aParserThatRunsOutOfMemoryCostsItsDocumentOnly() throws Exception {
        long before = echoPid();
        IngestException e = assertThrows(IngestException.class, () -> hostile.extract(anyFile, "bomb.oom", null));
        assertEquals(IngestException.Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("ran out of memory (limit 96 MB)"), e.getMessage());
        assertNotEquals(before, echoPid());
        assertTrue(
                (Long) hostile.describe().get("outOfMemory") >= 1,
                hostile.describe().toString());
    }

    @Test
    void aChildThatDiesOrTimesOutIsReplaced() throws Exception {
        long first = echoPid();
        IngestException died = assertThrows(IngestException.class, () -> hostile.extract(anyFile, "crash.exit", null));
        assertTrue(died.getMessage().contains("exit status 7"), died.getMessage());
        long second = echoPid();
        assertNotEquals(first, second);
        IngestException slow =
                assertThrows(IngestException.class, () -> hostile.extract(anyFile, "slow.timeout", null));
        assertEquals(IngestException.Reason.TIMEOUT, slow.reason());
        assertNotEquals(second, echoPid(), "a child that timed out exits: its parser thread may still run");
    }

    @Test
    void aChildKilledWhileIdleCostsNoDocument() throws Exception {
        long pid = echoPid();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        assertNotEquals(pid, echoPid(), "the next document went to a new child, without an error");
    }

    @Test
    void aParserPrintingOnStdoutDoesNotCorruptTheProtocol() throws Exception {
        Extraction x = hostile.extract(anyFile, "chatty.noisy", null);
        assertEquals("chatty.noisy", x.documents().get(0).sourcePath());
        echoPid();
    }

    @Test
    void warmUpStartsAChildThatTheFirstDocumentUses() throws Exception {
        try (ForkedExtractor pool =
                new ForkedExtractor(LIMITS, ParserIsolation.forked(1, 96), MisbehavingWorker.class.getName())) {
            pool.warmUp();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (pool.pids().isEmpty() || (Long) pool.describe().get("started") < 1) {
                assertTrue(System.nanoTime() < deadline, "a child was started in advance");
                Thread.sleep(20);
            }
            long pid = pool.pids().get(0); // the slot is held until the child is ready, so extract waits for it
            assertEquals(
                    String.valueOf(pid),
                    pool.extract(anyFile, "first.echo", null).documents().get(0).title());
            assertEquals(1L, pool.describe().get("started"));
        }
    }

    @Test
    void childrenParseInParallelAndExitOnClose() throws Exception {
        ForkedExtractor pool =
                new ForkedExtractor(LIMITS, ParserIsolation.forked(2, 96), MisbehavingWorker.class.getName());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(threads.submit(() -> pool.extract(anyFile, "n.echo", null)));
            }
            for (Future<Extraction> r : results) {
                assertEquals(1, r.get().documents().size());
            }
            List<Long> pids = pool.pids();
            assertTrue(pids.size() >= 1 && pids.size() <= 2, pids.toString());
            pool.close();
            for (long pid : pids) {
                assertFalse(
                        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "child " + pid + " exited");
            }
            IngestException e = assertThrows(IngestException.class, () -> pool.extract(anyFile, "n.echo", null));
            assertEquals(IngestException.Reason.IO_ERROR, e.reason());
        } finally {
            threads.shutdownNow();
            pool.close();
        }
    }
}
