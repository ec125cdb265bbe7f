package org.briefings.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefings.ingest.OcrSettings;
import org.briefings.ingest.ParserIsolation;
import org.briefings.search.SearchRequest;
import org.briefings.testing.Scans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan indexed unread on a machine without Tesseract is read once Tesseract is there: the next
 * reconciliation (a server's start, or {@code index}) extracts it again although its bytes have not
 * changed, and it loses its needs-OCR flag.
 */
@Timeout(300)
class OcrRereadTest {

    @TempDir
    Path dir;

    private BriefingEngine open(OcrSettings ocr) throws Exception {
        EngineConfig c =
                EngineConfig.of(dir.resolve("corpus"), dir.resolve("index")).withIsolation(ParserIsolation.inProcess());
        return EngineBuilder.of(c.withLimits(c.limits().withOcr(ocr))).open();
    }

    private static long count(BriefingEngine e, String dim) throws Exception {
        return e.search(SearchRequest.builder().filter(dim, "true").size(0).build())
                .total();
    }

    @Test
    void aScanIndexedWithoutOcrIsReadOnceOcrIsAvailable() throws Exception {
        Scans.assumeTesseract("eng");
        Files.createDirectories(dir.resolve("corpus"));
        Scans.imagePdf(dir.resolve("corpus/kp-cable.pdf"), Scans.page(Scans.ENGLISH, 200));
        try (BriefingEngine without = open(OcrSettings.of(dir.resolve("none").toString(), ""))) {
            without.reconcile();
            assertEquals(1, count(without, "needs-ocr"));
            assertEquals(0, count(without, "ocr"));
        }
        try (BriefingEngine with = open(OcrSettings.defaults())) {
            ReconcileReport r = with.reconcile();
            assertEquals(1, r.indexed(), "read again although unchanged");
            assertEquals(0, count(with, "needs-ocr"));
            assertEquals(1, count(with, "ocr"));
            assertTrue(
                    with.search(SearchRequest.builder().query("quartermaster").build())
                                    .total()
                            == 1);
            assertEquals(0, with.reconcile().indexed(), "and then left alone");
        }
    }
}
