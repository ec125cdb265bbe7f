package org.briefings.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.ContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.apache.tika.sax.WriteLimiter;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika set up to read scans with Tesseract the way {@link OcrSettings} says, and the marks it
 * leaves on each document's metadata. Used by {@link Extractor}, so it runs wherever the
 * extractor runs: in the parser child processes, under their heap and time limits.
 *
 * <ul>
 *   <li><b>Where OCR runs.</b> Images (PNG, JPEG, TIFF and its pages, GIF, BMP), also when embedded
 *       in an e-mail or archive, and PDF pages without a text layer (Tika's PDF OCR strategy
 *       {@code auto}: a page is rendered at {@value #PDF_DPI} dpi and read only when it has
 *       almost no text of its own). A PDF whose pages all have text is never OCR'd.</li>
 *   <li><b>Orientation and skew.</b> Tesseract's page segmentation mode 1 runs its orientation and
 *       script detection (the {@code osd} pack) before reading, so a page turned by 90° or 180° is
 *       read upright; a skew of up to 10° is straightened first by {@link OcrPageParser} (in Java,
 *       {@link Deskew}), which every page image passes on its way to Tesseract.</li>
 *   <li><b>Cost.</b> Pages are counted against the file's {@link OcrBudget} (page and time limit)
 *       by the same {@link OcrPageParser}.</li>
 *   <li><b>Confidence.</b> Tesseract answers in hOCR, whose words carry a confidence (0-100);
 *       {@link HocrText} turns it back into plain text and averages the confidence.</li>
 * </ul>
 */
final class OcrParsing {

    /** Metadata set on a document whose text (some of it at least) came from OCR: "true". */
    static final String OCR = "briefings:ocr";
    /** Mean word confidence of the OCR'd text, 0-100, one decimal. */
    static final String CONFIDENCE = "briefings:ocr-confidence";
    /** The Tesseract language the text was read in. */
    static final String LANGUAGE = "briefings:ocr-language";
    /** Words Tesseract read (confidence is their mean). */
    static final String WORDS = "briefings:ocr-words";
    /** The largest skew (degrees) straightened before OCR in the file, when one was. */
    static final String DESKEW = "briefings:ocr-deskew";
    /** Set when OCR stopped at the file's page or time limit: what was read and what not. */
    static final String STOPPED = "briefings:ocr-stopped";
    /** Set on a scan that could not be read because OCR is not available: "true". */
    static final String NEEDS_OCR = "briefings:needs-ocr";

    /** Tesseract's {@code min_orientation_margin} (its default is 7); see {@link #context}. */
    static final String MIN_ORIENTATION_MARGIN = "4";

    /** Page images are rendered at this resolution for OCR: Tesseract reads best at about 300 dpi. */
    static final int PDF_DPI = 300;

    /** ISO 639-1 codes, as the language detector gives them, to Tesseract's pack names. */
    private static final Map<String, String> PACKS = Map.ofEntries(
            Map.entry("en", "eng"),
            Map.entry("fr", "fra"),
            Map.entry("de", "deu"),
            Map.entry("es", "spa"),
            Map.entry("ru", "rus"),
            Map.entry("ar", "ara"),
            Map.entry("it", "ita"),
            Map.entry("pt", "por"),
            Map.entry("nl", "nld"),
            Map.entry("uk", "ukr"),
            Map.entry("pl", "pol"),
            Map.entry("tr", "tur"),
            Map.entry("fa", "fas"),
            Map.entry("zh", "chi_sim"),
            Map.entry("ja", "jpn"),
            Map.entry("ko", "kor"));

    private final OcrSettings settings;
    private final boolean available;
    private final List<String> languages;
    private final Parser parser;

    OcrParsing(OcrSettings settings) {
        this.settings = settings;
        this.available = settings.available();
        this.languages = available ? settings.effectiveLanguages() : List.of();
        this.parser = buildParser();
    }

    /**
     * Tika's default parsers with a Tesseract parser of ours in place of the one it would make:
     * ours runs the program {@link OcrSettings#program()} names (a test points it at a folder
     * without one to see the needs-OCR path).
     */
    private Parser buildParser() {
        MediaTypeRegistry registry = MediaTypeRegistry.getDefaultRegistry();
        DefaultParser standard = new DefaultParser(registry, new ServiceLoader(), List.of(TesseractOCRParser.class));
        TesseractOCRParser tesseract = new TesseractOCRParser();
        if (available && !settings.tesseractDir().isEmpty()) { // Tika refuses a folder that does not exist
            tesseract.setTesseractPath(settings.tesseractDir());
            // else Tika looks for the packs beside the program, where Debian does not put them
            String tessdata = settings.probe().tessdata();
            if (tessdata != null) {
                tesseract.setTessdataPath(tessdata);
            }
        }
        tesseract.setSkipOCR(!available);
        try {
            tesseract.initialize(Map.of());
        } catch (TikaConfigException e) {
            throw new IllegalStateException("cannot set up Tesseract: " + e.getMessage(), e);
        }
        // every page image passes OcrPageParser on its way to Tesseract: counted, and straightened
        return new AutoDetectParser(standard, new OcrPageParser(tesseract));
    }

    Parser parser() {
        return parser;
    }

    boolean available() {
        return available;
    }

    /** The first-pass language, or null when OCR is not available. */
    String firstLanguage() {
        return languages.isEmpty() ? null : languages.get(0);
    }

    /**
     * A parse context that reads scans in {@code language} within {@code timeout}, spending at most
     * {@code budget} on OCR.
     */
    ParseContext context(String language, Duration timeout, OcrBudget budget) {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        if (language == null) {
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
            ocr.setSkipOcr(true);
        } else {
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
            pdf.setOcrDPI(PDF_DPI);
            ocr.setLanguage(language);
            // automatic segmentation with orientation and script detection; OSD finds a page's 90° turns
            // (also at a slight skew), while a skew of a few degrees defeats the segmentation of
            // modes 1, 3 and 4 alike, which is why OcrPageParser straightens pages first
            ocr.setPageSegMode("1");
            // OSD's answer is used when its margin over the next orientation is at least this; at
            // Tesseract's default of 7 an upside-down Arabic page (margin 6.1-6.9, OSD right) was left
            // upside down and read as noise
            ocr.addOtherTesseractConfig("min_orientation_margin", MIN_ORIENTATION_MARGIN);
            ocr.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.HOCR);
            ocr.setTimeoutSeconds((int) Math.max(1, timeout.toSeconds()));
        }
        context.set(PDFParserConfig.class, pdf);
        context.set(TesseractOCRConfig.class, ocr);
        context.set(OcrBudget.class, budget);
        return context;
    }

    /**
     * The handler for one parse: each document's text through {@link HocrText}, and its OCR marks
     * written into its metadata when it ends ({@code language} is what the pass read in).
     */
    static RecursiveParserWrapperHandler handler(BasicContentHandlerFactory text, int maxEmbedded, String language) {
        // a WriteLimiter, as the text factory is: Tika then applies the text limit across the
        // embedded documents and marks the metadata when it is reached
        class HocrFactory implements ContentHandlerFactory, WriteLimiter {
            @Override
            public int getWriteLimit() {
                return text.getWriteLimit();
            }

            @Override
            public boolean isThrowOnWriteLimitReached() {
                return text.isThrowOnWriteLimitReached();
            }

            @Override
            public ContentHandler getNewContentHandler() {
                return new HocrText(text.getNewContentHandler());
            }

            @Override
            public ContentHandler getNewContentHandler(java.io.OutputStream os, java.nio.charset.Charset charset) {
                return new HocrText(text.getNewContentHandler(os, charset));
            }
        }
        ContentHandlerFactory hocr = new HocrFactory();
        return new RecursiveParserWrapperHandler(hocr, maxEmbedded) {
            @Override
            public void endEmbeddedDocument(ContentHandler handler, Metadata metadata) throws SAXException {
                mark(handler, metadata, language);
                super.endEmbeddedDocument(handler, metadata);
            }

            @Override
            public void endDocument(ContentHandler handler, Metadata metadata) throws SAXException {
                mark(handler, metadata, language);
                super.endDocument(handler, metadata);
            }
        };
    }

    private static void mark(ContentHandler handler, Metadata metadata, String language) {
        if (handler instanceof HocrText h && h.words() > 0) {
            metadata.set(OCR, "true");
            metadata.set(LANGUAGE, language);
            metadata.set(WORDS, String.valueOf(h.words()));
            metadata.set(CONFIDENCE, String.format(java.util.Locale.ROOT, "%.1f", h.meanConfidence()));
        }
    }

    /** Whether any document of a parse was read by OCR. */
    static boolean anyOcr(List<Metadata> parts) {
        return parts.stream().anyMatch(m -> "true".equals(m.get(OCR)));
    }

    /** The words-weighted mean confidence of a parse's OCR'd documents, or -1. */
    static double confidence(List<Metadata> parts) {
        double sum = 0;
        long words = 0;
        for (Metadata m : parts) {
            if ("true".equals(m.get(OCR))) {
                long n = Long.parseLong(m.get(WORDS));
                sum += n * Double.parseDouble(m.get(CONFIDENCE));
                words += n;
            }
        }
        return words == 0 ? -1 : sum / words;
    }

    /**
     * Whether to read a scan again, and in which language.
     *
     * <ol>
     *   <li>When the text of the first pass is detected (by the same detector that sets a briefing's
     *       language) as a language whose pack is listed and is not the first-pass language: that
     *       pack. Accents and letters the first-pass model lacks ("ç", "è", "ß", "ñ") are what the
     *       second pass gets right; the words a wrong model already read are enough for the
     *       detector to tell the language.</li>
     *   <li>Else, when the first pass read with a mean word confidence under
     *       {@value #LOW_CONFIDENCE} (a Latin model reading Cyrillic or Arabic gives noise the
     *       detector cannot place, at a confidence of 30-45 where a page it can read gives over 90):
     *       the listed packs of other scripts together ({@code rus+ara}).</li>
     * </ol>
     *
     * @param detectedLanguage ISO 639-1 code of the first pass's text, or "und"
     * @param confidence       the first pass's mean word confidence, or -1
     * @return the pack(s) to read with, or null for no second pass
     */
    String secondPassLanguage(String detectedLanguage, double confidence) {
        String pack = PACKS.get(detectedLanguage);
        if (pack != null && !pack.equals(firstLanguage()) && languages.contains(pack)) {
            return pack;
        }
        if (confidence >= 0 && confidence < LOW_CONFIDENCE) {
            List<String> scripts = languages.stream()
                    .filter(OTHER_SCRIPTS::contains)
                    .filter(l -> !l.equals(firstLanguage()))
                    .toList();
            return scripts.isEmpty() ? null : String.join("+", scripts);
        }
        return null;
    }

    /** Below this mean word confidence (of 100) the first pass is taken to be the wrong script. */
    static final double LOW_CONFIDENCE = 60;

    /** Packs for scripts other than the Latin alphabet, tried when a first pass reads poorly. */
    private static final java.util.Set<String> OTHER_SCRIPTS = java.util.Set.of(
            "rus", "ukr", "bel", "bul", "srp", "mkd", "ara", "fas", "urd", "heb", "ell", "hin", "tha", "chi_sim",
            "chi_tra", "jpn", "kor");

    /**
     * Whether a document with no text is a scan that OCR would read: an image, or a PDF none of
     * whose pages has a text layer.
     */
    static boolean looksScanned(String mediaType, Metadata m) {
        if (mediaType.startsWith("image/")) {
            return true;
        }
        if (!mediaType.equals("application/pdf")) {
            return false;
        }
        String[] perPage = m.getValues("pdf:charsPerPage");
        if (perPage.length == 0) {
            return false;
        }
        for (String n : perPage) {
            if (!"0".equals(n)) {
                return false;
            }
        }
        return true;
    }

    /** Pages of a PDF without a text layer (a count of 0 characters), for the needs-OCR warning. */
    static int pagesWithoutText(Metadata m) {
        int n = 0;
        for (String c : m.getValues("pdf:charsPerPage")) {
            if ("0".equals(c)) {
                n++;
            }
        }
        return n;
    }

    OcrSettings settings() {
        return settings;
    }
}
