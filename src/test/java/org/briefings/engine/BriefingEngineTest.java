package org.briefings.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.ParserIsolation;
import org.briefings.search.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingEngineTest {

    @TempDir
    Path dir;

    Path corpus;
    BriefingEngine engine;

    @BeforeEach
    void open() throws Exception {
        corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        // reconciliation logic, not parser isolation: in-process parsing spares a child JVM start per test
        engine = EngineBuilder.of(
                        EngineConfig.of(corpus, dir.resolve("index")).withIsolation(ParserIsolation.inProcess()))
                .open();
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    private Path write(String name, String text) throws Exception {
        Path f = corpus.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private long hits(String q) throws Exception {
        return engine.search(SearchRequest.builder().query(q).build()).total();
    }

    @Test
    void reRunningSkipsUnchangedReindexesChangedAndDeletesRemovedFiles() throws Exception {
        write("a.txt", "Coal exports\n\nNorth Korea shipped coal through Nampo despite the ban.");
        Path b = write("sub/b.txt", "Oil prices\n\nCrude rose after the OPEC meeting in Vienna.");
        write("c.txt", "Wheat harvest\n\nThe harvest in Kazakhstan was the largest in years.");
        ReconcileReport first = engine.reconcile();
        assertEquals(3, first.indexed());
        assertEquals(3, engine.index().count());

        ReconcileReport second = engine.reconcile();
        assertEquals(0, second.indexed());
        assertEquals(3, second.unchanged());

        Files.writeString(b, "Gas prices\n\nNatural gas rose after the pipeline outage.");
        Files.setLastModifiedTime(b, FileTime.from(Instant.now().plusSeconds(5)));
        Files.delete(corpus.resolve("c.txt"));
        ReconcileReport third = engine.reconcile();
        assertEquals(1, third.indexed());
        assertEquals(1, third.unchanged());
        assertEquals(1, third.deleted());
        assertEquals(0, hits("crude"), "old text of a changed file is gone");
        assertEquals(1, hits("pipeline"));
        assertEquals(0, hits("harvest"), "a deleted file's briefing is gone");
        assertEquals(2, engine.index().count());
    }

    @Test
    void aBadFileIsCountedAndExplainedAndTheRestIsIndexed() throws Exception {
        write("good.txt", "Good briefing\n\nThe ministry announced new tariffs on steel imports.");
        Files.write(corpus.resolve("bad.pdf"), "%PDF-1.4 this is not really a pdf".getBytes(StandardCharsets.US_ASCII));
        ReconcileReport r = engine.reconcile();
        assertEquals(1, r.indexed());
        assertEquals(1, r.failed());
        assertEquals("bad.pdf", r.failures().get(0).path());
        assertEquals(IngestException.Reason.CORRUPT, r.failures().get(0).reason());
    }

    @Test
    void theReportAndTheStatsSinceStartCountEachFileOnce() throws Exception {
        write("good.txt", "Good briefing\n\nThe ministry announced new tariffs on steel imports.");
        write("copy.txt", "Good briefing\n\nThe ministry announced new tariffs on steel imports.");
        Files.write(corpus.resolve("bad.pdf"), "%PDF-1.4 not a pdf".getBytes(StandardCharsets.US_ASCII));
        ReconcileReport r = engine.reconcile();
        assertEquals(List.of(1, 1, 1, 0), List.of(r.indexed(), r.duplicates(), r.failed(), r.unchanged()));
        engine.add("upload.txt", new ByteArrayInputStream("Upload\n\nA briefing added by hand.".getBytes(UTF_8)), 1000);
        EngineStats stats = engine.stats();
        assertEquals(
                Map.of("indexed", 1L, "duplicate", 1L, "failed_corrupt", 1L, "uploaded", 1L),
                stats.ingest().files());
        assertEquals(2, stats.ingest().briefings());
        assertEquals(2, stats.briefings());
    }

    @Test
    void theSameBytesUnderTwoNamesAreOneBriefing() throws Exception {
        write("one.txt", "Same text\n\nIdentical briefing filed twice under two names.");
        write("two.txt", "Same text\n\nIdentical briefing filed twice under two names.");
        ReconcileReport r = engine.reconcile();
        assertEquals(1, r.indexed());
        assertEquals(1, r.duplicates());
        assertEquals(1, engine.index().count());
        ReconcileReport again = engine.reconcile();
        assertEquals(0, again.indexed(), "a duplicate does not churn the index on every run");
    }

    @Test
    void anUploadIsInTheCorpusAndSearchableWhenAddReturns() throws Exception {
        byte[] bytes = "Upload test\n\nThe central bank raised its policy rate by half a point."
                .getBytes(StandardCharsets.UTF_8);
        BriefingEngine.AddResult added =
                engine.add("../../etc/passwd rate.txt", new ByteArrayInputStream(bytes), 1_000_000);
        assertFalse(added.duplicate());
        Path stored = corpus.resolve(added.path()).normalize();
        assertTrue(stored.startsWith(corpus), "the upload cannot escape the corpus: " + added.path());
        assertTrue(Files.exists(stored));
        assertEquals(1, hits("policy rate"));
        BriefingEngine.AddResult again = engine.add("other.txt", new ByteArrayInputStream(bytes), 1_000_000);
        assertTrue(again.duplicate());
        assertEquals(added.briefings().get(0).id(), again.briefings().get(0).id());
        assertEquals(0, engine.reconcile().indexed(), "reconciliation agrees with what the upload indexed");
    }

    @Test
    void anOversizedOrUnreadableUploadLeavesNothingBehind() throws Exception {
        byte[] big = new byte[5000];
        assertThrows(
                BriefingEngine.TooLargeException.class,
                () -> engine.add("big.txt", new ByteArrayInputStream(big), 1000));
        byte[] junk = "%PDF-1.4 not a pdf at all".getBytes(StandardCharsets.US_ASCII);
        assertThrows(IngestException.class, () -> engine.add("junk.pdf", new ByteArrayInputStream(junk), 1_000_000));
        IngestException empty = assertThrows(
                IngestException.class, () -> engine.add("empty.txt", new ByteArrayInputStream(new byte[0]), 1_000_000));
        assertEquals(IngestException.Reason.NO_TEXT, empty.reason());
        assertEquals(List.of(), CorpusFiles.list(corpus, corpus));
        assertEquals(0, engine.index().count());
    }

    @Test
    void deletingABriefingRemovesItsFileAndItsIndexEntry() throws Exception {
        write("gone.txt", "To delete\n\nThis briefing is about to be removed by an analyst.");
        engine.reconcile();
        String id = engine.search(SearchRequest.builder().build()).hits().get(0).id();
        assertTrue(engine.delete(id));
        assertFalse(Files.exists(corpus.resolve("gone.txt")));
        assertEquals(0, engine.index().count());
        assertFalse(engine.delete(id));
    }
}
