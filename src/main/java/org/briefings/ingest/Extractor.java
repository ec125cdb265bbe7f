package org.briefings.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.briefings.ExtractedText;

/**
 * Turns one file into text with Tika: auto-detects the format, extracts text and metadata, and
 * follows embedded documents (archive entries, e-mail attachments) so each becomes a briefing of
 * its own, linked to its container.
 *
 * <p>Why {@link RecursiveParserWrapper}: it gives each embedded document its own text and
 * metadata instead of concatenating everything into the container, which is what lets an
 * attachment be found, faceted and opened on its own.
 *
 * <p>Every failure becomes an {@link IngestException} with a {@link IngestException.Reason}; the
 * caller counts it and moves on. Parsing runs on a worker thread with a time limit, so a parser
 * that loops costs the limit, not the batch.
 */
public final class Extractor implements DocumentExtractor {

    private final OcrParsing ocr;
    private final Detector detector;
    /**
     * The parser Tika's default route picks for {@code text/plain}, behind its own auto-detecting
     * wrapper. Why: Tika's composite parsers rebuild their map of every parser's types on each
     * call (a quarter of Tika's time on a plain-text file); a file already detected as plain text
     * needs only this one parser, so it goes straight to it, with the same text and metadata.
     */
    private final Parser textParser;

    private final LanguageGuesser languages;
    /** Strict UTF-8 text and Markdown, read without Tika; null when off. */
    private final PlainTextReader plainText;

    private final ExtractionLimits limits;
    private final ExecutorService workers;

    public Extractor(ExtractionLimits limits, LanguageGuesser languages) {
        this(limits, languages, true, PlainTextReader.enabled());
    }

    /** Tika for every file: for a parser process, whose parent has offered the file to its reader. */
    public static Extractor tikaOnly(ExtractionLimits limits, LanguageGuesser languages) {
        return new Extractor(limits, languages, true, false);
    }

    /**
     * {@code textShortcut} off (only in a test) sends plain text through Tika's default route too;
     * {@code plainTextReader} on reads strict UTF-8 text and Markdown without Tika.
     */
    Extractor(ExtractionLimits limits, LanguageGuesser languages, boolean textShortcut, boolean plainTextReader) {
        this.limits = limits;
        this.languages = languages;
        this.plainText = plainTextReader ? new PlainTextReader(limits, () -> languages) : null;
        this.ocr = new OcrParsing(limits.ocr());
        this.detector = ((AutoDetectParser) ocr.parser()).getDetector();
        this.textParser = textShortcut
                ? new AutoDetectParser(detector, parserFor(ocr.parser(), MediaType.TEXT_PLAIN))
                : ocr.parser();
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tika-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public Extractor() {
        this(ExtractionLimits.defaults(), new LanguageGuesser());
    }

    @Override
    public ExtractionLimits limits() {
        return limits;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", "in-process");
        m.put("ocr", limits.ocr().describe());
        return m;
    }

    /** Stops the parsing threads (a parse still running is interrupted). */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    /**
     * Extracts a file.
     *
     * @param file       the file on disk
     * @param sourcePath the name to record (corpus-relative path), also a format hint to Tika
     * @param fileId     the file's content hash, or null to compute it
     */
    @Override
    public Extraction extract(Path file, String sourcePath, String fileId) throws IngestException {
        long size = limits.checkSize(file);
        if (plainText != null) {
            Extraction read = plainText.read(file, sourcePath, fileId, size);
            if (read != null) {
                return read;
            }
        }
        if (fileId == null) {
            try {
                fileId = ContentHash.of(file);
            } catch (IOException e) {
                throw new IngestException(IngestException.Reason.IO_ERROR, "cannot read file: " + e.getMessage(), e);
            }
        }
        String id = fileId;
        long start = System.nanoTime();
        long deadline = start + limits.timeout().toNanos();
        // one OCR deadline per file, shared by both passes, before the parse limit: text so far is kept
        Duration ocrTime = limits.ocr().ocrTime(limits.timeout());
        long ocrDeadline = start + ocrTime.toNanos();
        String first = ocr.firstLanguage();
        OcrBudget budget = new OcrBudget(limits.ocr().maxPages(), ocrDeadline, ocrTime);
        List<Metadata> parts = await(workers.submit(() -> parse(file, sourcePath, first, budget)), limits.timeout());
        List<Warning> warnings = new ArrayList<>();
        String second = OcrParsing.anyOcr(parts)
                ? ocr.secondPassLanguage(languages.detect(ocrText(parts)), OcrParsing.confidence(parts))
                : null;
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        OcrBudget kept = budget;
        if (second != null && left.toMillis() > 1000 && budget.timeLeft().toMillis() > 1000) {
            OcrBudget again = new OcrBudget(limits.ocr().maxPages(), ocrDeadline, ocrTime);
            try {
                List<Metadata> reread = await(workers.submit(() -> parse(file, sourcePath, second, again)), left);
                // a wrong guess of the language reads worse, and is then not kept; nor is a pass the
                // time limit cut shorter than the first
                if (OcrParsing.confidence(reread) >= OcrParsing.confidence(parts) - SECOND_PASS_MARGIN
                        && again.pagesRead() >= budget.pagesRead()) {
                    parts = reread;
                    kept = again;
                }
            } catch (IngestException e) {
                warnings.add(Warning.ocrSecondPass(second, e.getMessage()));
            }
        }
        kept.record(parts, warnings);
        return toExtraction(id, sourcePath, size, parts, warnings);
    }

    /**
     * A second OCR pass is kept unless its mean word confidence is this many points (of 100) below
     * the first pass's: a language guessed wrong from the first pass's text reads markedly worse.
     */
    static final double SECOND_PASS_MARGIN = 10;

    private List<Metadata> await(Future<List<Metadata>> parse, Duration limit) throws IngestException {
        try {
            return parse.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new IngestException(
                    IngestException.Reason.TIMEOUT,
                    "parsing took longer than " + limits.timeout().toSeconds() + " s"
                            + (ocr.available() ? " (reading scanned pages by OCR counts; see --parse-timeout)" : ""),
                    e);
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestException(IngestException.Reason.TIMEOUT, "interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw ParseFailures.classify(e.getCause());
        }
    }

    /** The text of the documents OCR read, for the language detector. */
    private static String ocrText(List<Metadata> parts) {
        StringBuilder sb = new StringBuilder();
        for (Metadata m : parts) {
            if ("true".equals(m.get(OcrParsing.OCR))) {
                sb.append(m.get(TikaCoreProperties.TIKA_CONTENT)).append('\n');
            }
        }
        return sb.toString();
    }

    private List<Metadata> parse(Path file, String sourcePath, String ocrLanguage, OcrBudget budget) throws Exception {
        BasicContentHandlerFactory factory = new BasicContentHandlerFactory(
                BasicContentHandlerFactory.HANDLER_TYPE.BODY, limits.maxChars(), false, new ParseContext());
        RecursiveParserWrapperHandler handler = OcrParsing.handler(factory, limits.maxEmbedded(), ocrLanguage);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, PlainTextReader.fileName(sourcePath));
        ParseContext context = ocr.context(ocrLanguage, limits.timeout(), budget);
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            Parser parser = readAsPlainText(in, metadata) ? textParser : ocr.parser();
            new RecursiveParserWrapper(parser).parse(in, handler, metadata, context);
        } catch (WriteLimitReachedException e) {
            // the text up to the limit is kept; the warning is reported from the metadata below
        }
        return handler.getMetadataList();
    }

    /**
     * Detects the type once here and tells Tika (an override, honoured before any detector runs),
     * so its auto-detecting parser does not detect it again: that second detection was most of what
     * the engine's extraction of a PDF cost beyond Tika alone. Plain text (a {@code .csv} or
     * {@code .tsv} name is detected as such and still sniffed) goes to Tika's text parser directly,
     * which otherwise reads the first few thousand characters again with each delimiter to guess
     * whether it is CSV: half of Tika's time on plain text. Returns whether the file is plain text.
     */
    private boolean readAsPlainText(TikaInputStream in, Metadata metadata) throws IOException {
        MediaType type = detector.detect(in, metadata);
        if (type == null) {
            return false;
        }
        boolean text = type.getBaseType().equals(MediaType.TEXT_PLAIN);
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, (text ? MediaType.TEXT_PLAIN : type).toString());
        return text;
    }

    /** The leaf parser a composite parser (and the composites inside it) hands {@code type} to. */
    static Parser parserFor(Parser parser, MediaType type) {
        Parser p = parser;
        while (p instanceof CompositeParser composite) {
            Parser next = composite.getParsers().get(type);
            if (next == null) {
                throw new IllegalStateException("no parser for " + type + " in " + composite);
            }
            p = next;
        }
        return p;
    }

    private Extraction toExtraction(
            String fileId, String sourcePath, long size, List<Metadata> parts, List<Warning> warnings)
            throws IngestException {
        List<ExtractedText> documents = new ArrayList<>();
        if (parts.isEmpty()) {
            throw new IngestException(IngestException.Reason.NO_TEXT, "the parser returned nothing");
        }
        Metadata container = parts.get(0);
        String containerType = baseType(container.get(Metadata.CONTENT_TYPE));
        String containerText = TextClean.clean(container.get(TikaCoreProperties.TIKA_CONTENT));
        if (container.get(TikaCoreProperties.WRITE_LIMIT_REACHED) != null
                || "true".equals(container.get("X-TIKA:write_limit_reached"))) {
            warnings.add(Warning.textCut(limits.maxChars()));
        }
        boolean archive = Formats.isArchive(containerType);
        EmbeddedParts embedded = new EmbeddedParts(parts, archive);
        if (!archive && !containerText.isBlank()) {
            documents.add(new ExtractedText(
                    fileId,
                    sourcePath,
                    null,
                    containerType,
                    title(container),
                    containerText,
                    languages.detect(containerText),
                    toMap(container),
                    size));
        }
        for (int i = 1; i < parts.size(); i++) {
            Metadata part = parts.get(i);
            String path = part.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
            String exception = part.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
            if (exception != null) {
                warnings.add(Warning.embeddedFailed(path, ParseFailures.firstLine(exception)));
            }
            if (!embedded.candidate(part)) {
                continue;
            }
            String text = TextClean.clean(part.get(TikaCoreProperties.TIKA_CONTENT));
            if (!embedded.enoughText(part, text)) {
                continue;
            }
            String type = baseType(part.get(Metadata.CONTENT_TYPE));
            if (Formats.isArchive(type)) {
                continue;
            }
            String embeddedPath = path == null ? "/" + i : path;
            documents.add(new ExtractedText(
                    ContentHash.of(fileId + "!" + embeddedPath),
                    sourcePath + "!" + embeddedPath,
                    fileId,
                    type,
                    title(part),
                    text,
                    languages.detect(text),
                    toMap(part),
                    text.length()));
        }
        if (parts.size() - 1 >= limits.maxEmbedded()) {
            warnings.add(Warning.embeddedStopped(limits.maxEmbedded()));
        }
        if (!ocr.available() && OcrParsing.looksScanned(containerType, container)) {
            // indexed by its name and metadata, flagged, and read again once OCR is installed
            container.set(OcrParsing.NEEDS_OCR, "true");
            documents.add(new ExtractedText(
                    fileId, sourcePath, null, containerType, title(container), "", "und", toMap(container), size));
            warnings.add(Warning.needsOcr(limits.ocr().probe().problem()));
        } else if (!ocr.available() && OcrParsing.pagesWithoutText(container) > 0 && !documents.isEmpty()) {
            warnings.add(Warning.needsOcrPages(OcrParsing.pagesWithoutText(container)));
        }
        if (documents.isEmpty()) {
            for (Warning w : warnings) {
                if (w.kind() == Warning.Kind.OCR_STOPPED) { // a scan OCR stopped on before any page was read
                    throw new IngestException(
                            IngestException.Reason.NO_TEXT, "no text read from " + containerType + ": " + w.message());
                }
            }
            if (containerType.startsWith("image/")
                    || containerType.startsWith("audio/")
                    || containerType.startsWith("video/")
                    || containerType.equals("application/octet-stream")) {
                throw new IngestException(
                        IngestException.Reason.UNSUPPORTED_FORMAT, "no text can be extracted from " + containerType);
            }
            throw new IngestException(
                    IngestException.Reason.NO_TEXT,
                    "no text found in " + containerType
                            + (warnings.isEmpty() ? "" : " (" + warnings.get(0).message() + ")"));
        }
        return new Extraction(fileId, documents, warnings);
    }

    private static String title(Metadata m) {
        String t = m.get(TikaCoreProperties.TITLE);
        if (t == null || t.isBlank()) {
            t = m.get("dc:subject");
        }
        if (t == null) {
            return null;
        }
        t = t.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    private static Map<String, List<String>> toMap(Metadata m) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String name : m.names()) {
            if (name.equals(TikaCoreProperties.TIKA_CONTENT.getName())
                    || name.startsWith("X-TIKA:Parsed-By")
                    || name.equals(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE.getName())) {
                continue;
            }
            String[] values = m.getValues(name);
            List<String> kept = new ArrayList<>();
            for (String v : values) {
                if (v != null && v.length() <= 2000) {
                    kept.add(v);
                }
            }
            if (!kept.isEmpty()) {
                map.put(name, List.copyOf(kept));
            }
        }
        return map;
    }

    static String baseType(String type) {
        if (type == null) {
            return "application/octet-stream";
        }
        int semi = type.indexOf(';');
        return (semi >= 0 ? type.substring(0, semi) : type).strip().toLowerCase(Locale.ROOT);
    }
}
