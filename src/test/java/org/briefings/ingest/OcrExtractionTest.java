package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.briefings.ExtractedText;
import org.briefings.testing.Scans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans read by Tesseract through Tika, in this JVM (the child processes run the same
 * {@link Extractor}; {@code OcrUploadTest} goes through them and the HTTP server). Every scan is
 * made here from text we chose, and judged by the share of its words read back. Skipped, saying
 * so, where Tesseract or a language pack is not installed; the needs-OCR path runs everywhere.
 */
@Timeout(300)
class OcrExtractionTest {

    @TempDir
    static Path dir;

    static Extractor ocr;

    static ExtractionLimits limits(OcrSettings settings) {
        return new ExtractionLimits(1_000_000, 20, 100_000_000, Duration.ofSeconds(120), settings);
    }

    @BeforeAll
    static void start() {
        ocr = new Extractor(limits(OcrSettings.defaults()), new LanguageGuesser());
    }

    @AfterAll
    static void stop() {
        ocr.close();
    }

    private static ExtractedText only(Extraction x) {
        assertEquals(1, x.documents().size(), "documents: " + x.documents());
        return x.documents().get(0);
    }

    @Test
    void anImageOnlyPdfIsReadByOcrAndSaysSo() throws Exception {
        Scans.assumeTesseract("eng");
        Path pdf = Scans.imagePdf(dir.resolve("scan.pdf"), Scans.page(Scans.ENGLISH, 200));
        ExtractedText doc = only(ocr.extract(pdf, "scan.pdf", null));
        double recall = Scans.wordRecall(Scans.ENGLISH, doc.text());
        assertTrue(recall >= 0.95, "word recall " + recall + " of: " + doc.text());
        assertEquals("true", doc.meta(OcrParsing.OCR));
        assertEquals("eng", doc.meta(OcrParsing.LANGUAGE));
        assertTrue(Double.parseDouble(doc.meta(OcrParsing.CONFIDENCE)) > 70, doc.meta(OcrParsing.CONFIDENCE));
        assertEquals("en", doc.language());
        assertTrue(doc.text().contains("North Korea launched two ballistic"), "lines are joined with spaces");
    }

    @Test
    void aSkewedNoisyPngPhotoOfAPageReads() throws Exception {
        Scans.assumeTesseract("eng");
        BufferedImage skewed = Scans.noise(Scans.rotate(Scans.page(Scans.ENGLISH, 200), 2), 0.002, 7);
        ExtractedText doc = only(ocr.extract(Scans.png(skewed, dir.resolve("photo.png")), "photo.png", null));
        double recall = Scans.wordRecall(Scans.ENGLISH, doc.text());
        assertTrue(recall >= 0.9, "word recall " + recall + " of: " + doc.text());
        assertEquals("true", doc.meta(OcrParsing.OCR));
    }

    @Test
    void aPngPhotoSkewedByThreeDegreesIsStraightenedAndRead() throws Exception {
        Scans.assumeTesseract("eng");
        BufferedImage skewed = Scans.rotate(Scans.page(Scans.ENGLISH, 300), 3);
        ExtractedText doc = only(ocr.extract(Scans.png(skewed, dir.resolve("skew3.png")), "skew3.png", null));
        double recall = Scans.wordRecall(Scans.ENGLISH, doc.text());
        assertTrue(recall >= 0.95, "word recall " + recall + " of: " + doc.text());
        assertEquals(3, Double.parseDouble(doc.meta(OcrParsing.DESKEW)), 0.5, "the skew straightened is recorded");
    }

    @Test
    void aFrenchImageOnlyPdfSkewedTheOtherWayIsStraightenedAndRead() throws Exception {
        Scans.assumeTesseract("eng", "fra");
        Path pdf = Scans.imagePdf(dir.resolve("skew-fr.pdf"), Scans.rotate(Scans.page(Scans.FRENCH, 300), -3));
        ExtractedText doc = only(ocr.extract(pdf, "skew-fr.pdf", null));
        double recall = Scans.wordRecall(Scans.FRENCH, doc.text());
        assertTrue(recall >= 0.95, "word recall " + recall + " of: " + doc.text());
        assertEquals(-3, Double.parseDouble(doc.meta(OcrParsing.DESKEW)), 0.5);
    }

    @Test
    void aSidewaysScanIsTurnedBeforeItIsRead() throws Exception {
        Scans.assumeTesseract("eng", "osd");
        BufferedImage sideways = Scans.rotate(Scans.page(Scans.ENGLISH, 200), 90);
        ExtractedText doc = only(ocr.extract(Scans.png(sideways, dir.resolve("sideways.png")), "sideways.png", null));
        double recall = Scans.wordRecall(Scans.ENGLISH, doc.text());
        assertTrue(recall >= 0.9, "word recall " + recall + " of: " + doc.text());
    }

    @Test
    void aFrenchScanIsReadAgainInFrenchAndKeepsItsAccents() throws Exception {
        Scans.assumeTesseract("eng", "fra");
        Path pdf = Scans.imagePdf(dir.resolve("note.pdf"), Scans.page(Scans.FRENCH, 200));
        ExtractedText doc = only(ocr.extract(pdf, "note.pdf", null));
        assertEquals("fra", doc.meta(OcrParsing.LANGUAGE), "the second pass, in the detected language, is kept");
        assertEquals("fr", doc.language());
        for (String word : List.of("étrangères", "française", "négociations", "échoué", "Genève", "février")) {
            assertTrue(doc.text().contains(word), word + " in: " + doc.text());
        }
    }

    @Test
    void aFrenchScanReadOnlyInEnglishLosesAccentsWhichIsWhyThereIsASecondPass() throws Exception {
        Scans.assumeTesseract("eng");
        try (Extractor englishOnly = new Extractor(limits(OcrSettings.of("", "eng")), new LanguageGuesser())) {
            Path pdf = Scans.imagePdf(dir.resolve("note-eng.pdf"), Scans.page(Scans.FRENCH, 200));
            ExtractedText doc = only(englishOnly.extract(pdf, "note-eng.pdf", null));
            assertEquals("eng", doc.meta(OcrParsing.LANGUAGE), "no second pass without the French pack listed");
            assertTrue(Scans.wordRecall(Scans.FRENCH, doc.text()) < 0.95, "English reads French worse: " + doc.text());
        }
    }

    @Test
    void aRussianScanReadPoorlyInEnglishIsReadAgainInCyrillic() throws Exception {
        Scans.assumeTesseract("eng", "rus");
        Path pdf = Scans.imagePdf(dir.resolve("ru.pdf"), Scans.page(Scans.RUSSIAN, 200));
        ExtractedText doc = only(ocr.extract(pdf, "ru.pdf", null));
        assertTrue(doc.meta(OcrParsing.LANGUAGE).startsWith("rus"), doc.meta(OcrParsing.LANGUAGE));
        assertEquals("ru", doc.language());
        double recall = Scans.wordRecall(Scans.RUSSIAN, doc.text());
        assertTrue(recall >= 0.95, "word recall " + recall + " of: " + doc.text());
    }

    @Test
    void aSidewaysRussianImageOnlyPdfIsTurnedAndReadInCyrillic() throws Exception {
        Scans.assumeTesseract("eng", "rus", "osd");
        Path pdf = Scans.imagePdf(dir.resolve("ru-90.pdf"), Scans.rotate(Scans.page(Scans.RUSSIAN, 300), 90));
        ExtractedText doc = only(ocr.extract(pdf, "ru-90.pdf", null));
        double recall = Scans.wordRecall(Scans.RUSSIAN, doc.text());
        assertTrue(recall >= 0.9, "word recall " + recall + " of: " + doc.text());
    }

    @Test
    void anArabicScanIsReadAgainInArabic() throws Exception {
        Scans.assumeTesseract("eng", "ara");
        Assumptions.assumeTrue(
                Scans.canRender(Scans.ARABIC),
                "skipped: no font with Arabic letters to draw the page (Debian: fonts-dejavu-core)");
        Path pdf = Scans.imagePdf(dir.resolve("ar.pdf"), Scans.page(Scans.ARABIC, 300));
        ExtractedText doc = only(ocr.extract(pdf, "ar.pdf", null));
        assertTrue(doc.meta(OcrParsing.LANGUAGE).contains("ara"), doc.meta(OcrParsing.LANGUAGE));
        double recall = Scans.wordRecall(Scans.ARABIC, doc.text());
        assertTrue(recall >= 0.9, "word recall " + recall + " of: " + doc.text());
        assertEquals("ar", doc.language());
    }

    @Test
    void aPdfWithTextIsNeverOcrd() throws Exception {
        Scans.assumeTesseract("eng");
        Path counting = Scans.countingTesseract(dir.resolve("counting"));
        try (Extractor x = new Extractor(limits(OcrSettings.of(counting.toString(), "")), new LanguageGuesser())) {
            Path pdf = Scans.textPdf(dir.resolve("text.pdf"), Scans.ENGLISH);
            ExtractedText doc = only(x.extract(pdf, "text.pdf", null));
            assertTrue(doc.text().contains("ballistic missiles"), doc.text());
            assertNull(doc.meta(OcrParsing.OCR));
            assertEquals(List.of(), Scans.ocrCalls(counting), "tesseract was asked to read a PDF that has text");

            // the counter does see OCR when there is some to do
            Path scan = Scans.png(Scans.page(Scans.ENGLISH, 150), dir.resolve("counted.png"));
            assertEquals("true", only(x.extract(scan, "counted.png", null)).meta(OcrParsing.OCR));
            assertFalse(Scans.ocrCalls(counting).isEmpty());
        }
    }

    @Test
    void everyPageOfAMultiPageTiffIsRead() throws Exception {
        Scans.assumeTesseract("eng", "deu");
        Path tiff = Scans.tiff(
                dir.resolve("two.tiff"),
                Scans.page(Scans.ENGLISH, 200),
                Scans.page("Second page: the Geneva talks.", 200));
        ExtractedText doc = only(ocr.extract(tiff, "two.tiff", null));
        assertTrue(doc.text().contains("ballistic") && doc.text().contains("Geneva talks"), doc.text());
    }

    @Test
    void pagesBeyondThePageLimitAreNotReadAndTheTextReadIsKeptWithAWarning() throws Exception {
        Scans.assumeTesseract("eng");
        try (Extractor twoPages =
                new Extractor(limits(OcrSettings.of("", "eng").withLimits(2, 300)), new LanguageGuesser())) {
            BufferedImage[] three = {
                Scans.page("First page: the quartermaster reports.", 150),
                Scans.page("Second page: the Geneva talks.", 150),
                Scans.page("Third page: the harbour blockade.", 150)
            };
            Path pdf = Scans.imagePdf(dir.resolve("three.pdf"), three);
            Extraction x = twoPages.extract(pdf, "three.pdf", null);
            ExtractedText doc = only(x);
            assertTrue(doc.text().contains("quartermaster") && doc.text().contains("Geneva"), doc.text());
            assertFalse(doc.text().contains("harbour"), "the third page was read: " + doc.text());
            Warning w = x.warnings().stream()
                    .filter(v -> v.kind() == Warning.Kind.OCR_STOPPED)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no OCR_STOPPED warning in " + x.warnings()));
            assertTrue(w.message().contains("2 page(s) read, 1 scanned page(s) not read"), w.message());
            assertEquals(w.message(), doc.meta(OcrParsing.STOPPED), "the briefing carries it");

            Path tiff = Scans.tiff(dir.resolve("three.tiff"), three);
            Extraction t = twoPages.extract(tiff, "three.tiff", null);
            assertFalse(only(t).text().contains("harbour"), only(t).text());
            assertTrue(only(t).text().contains("Geneva"), only(t).text());
            assertEquals(
                    Warning.Kind.OCR_STOPPED,
                    t.warnings().get(0).kind(),
                    t.warnings().toString());
        }
    }

    @Test
    void aPageNotReadByTheOcrTimeLimitIsLeftAndTheTextLayerIsKept() throws Exception {
        Scans.assumeTesseract("eng");
        Path slow = Scans.slowTesseract(dir.resolve("slow"), 30);
        try (Extractor x = new Extractor(
                limits(OcrSettings.of(slow.toString(), "eng").withLimits(100, 2)), new LanguageGuesser())) {
            Path pdf = Scans.mixedPdf(
                    dir.resolve("mixed.pdf"),
                    "Typed cover note on the harbour blockade.",
                    Scans.page(Scans.ENGLISH, 150));
            Extraction e = x.extract(pdf, "mixed.pdf", null);
            ExtractedText doc = only(e);
            assertTrue(doc.text().contains("harbour blockade"), "the page with text is kept: " + doc.text());
            assertFalse(doc.text().contains("quartermaster"), doc.text());
            Warning w = e.warnings().get(0);
            assertEquals(Warning.Kind.OCR_STOPPED, w.kind(), e.warnings().toString());
            assertTrue(
                    w.message().contains("time limit (2 s per file, --ocr-max-seconds): 0 page(s) read"), w.message());

            Path png = Scans.png(Scans.page(Scans.ENGLISH, 150), dir.resolve("slow.png"));
            IngestException failed = assertThrows(IngestException.class, () -> x.extract(png, "slow.png", null));
            assertEquals(IngestException.Reason.NO_TEXT, failed.reason());
            assertTrue(failed.getMessage().contains("OCR stopped at the time limit"), failed.getMessage());
            assertEquals(List.of(), abandonedTesseractOutput(), "Tesseract's output of the pages cut off is deleted");
        }
    }

    /** Tesseract output in the temporary folder whose Tika temporary file is gone (Tika abandoned it). */
    private static List<Path> abandonedTesseractOutput() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith("apache-tika-")
                                && name.endsWith(".tmp.hocr")
                                && !Files.exists(f.resolveSibling(name.substring(0, name.length() - ".hocr".length())));
                    })
                    .toList();
        }
    }

    @Test
    void aScanAttachedToAnEmailBecomesABriefingOfItsOwnReadByOcr() throws Exception {
        Scans.assumeTesseract("eng");
        Path eml = Scans.emailWithScan(dir.resolve("cable.eml"), Scans.page(Scans.ENGLISH, 150));
        Extraction x = ocr.extract(eml, "cable.eml", null);
        ExtractedText attachment = x.documents().stream()
                .filter(d -> d.sourcePath().contains("!"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no attachment in " + x.documents()));
        assertEquals("true", attachment.meta(OcrParsing.OCR));
        assertTrue(Scans.wordRecall(Scans.ENGLISH, attachment.text()) >= 0.9, attachment.text());
    }

    @Test
    void withoutTesseractAScanIsKeptByNameWithANeedsOcrWarning() throws Exception {
        OcrSettings missing = OcrSettings.of(dir.resolve("no-such-folder").toString(), "");
        assertFalse(missing.available());
        try (Extractor x = new Extractor(limits(missing), new LanguageGuesser())) {
            Path pdf = Scans.imagePdf(dir.resolve("unread.pdf"), Scans.page(Scans.ENGLISH, 100));
            Extraction e = x.extract(pdf, "unread.pdf", null);
            ExtractedText doc = only(e);
            assertEquals("true", doc.meta(OcrParsing.NEEDS_OCR));
            assertEquals("", doc.text());
            assertEquals(Warning.Kind.NEEDS_OCR, e.warnings().get(0).kind());
            assertTrue(
                    e.warnings().get(0).message().contains("install tesseract-ocr"),
                    e.warnings().toString());

            Path png = Scans.png(Scans.page(Scans.ENGLISH, 100), dir.resolve("unread.png"));
            assertEquals("true", only(x.extract(png, "unread.png", null)).meta(OcrParsing.NEEDS_OCR));
        }
    }
}
