package org.briefings.cli;

import java.time.Duration;
import java.util.List;
import org.briefings.engine.EngineConfig;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.OcrSettings;
import org.briefings.ingest.ParserIsolation;
import picocli.CommandLine.Option;

/**
 * How documents are parsed, for the commands that parse ({@code index}, {@code serve}): the limits
 * every document gets, how scans are read (OCR) and whether Tika runs in child processes (the
 * default) or in this one.
 */
public final class ParsingOptions {

    @Option(
            names = "--in-process-parsing",
            description = "Run the parsers inside this process instead of child processes: faster to start, "
                    + "but a hostile document can exhaust this process's memory. For trusted documents only.")
    boolean inProcess;

    @Option(
            names = "--parser-processes",
            paramLabel = "N",
            description = "Parser child processes (default: one per core).")
    Integer processes;

    @Option(
            names = "--parser-heap-mb",
            paramLabel = "MB",
            defaultValue = "" + ParserIsolation.DEFAULT_HEAP_MB,
            description =
                    "Memory limit of each parser process (default: ${DEFAULT-VALUE}); a document needing more fails alone.")
    int heapMb;

    @Option(
            names = "--parser-jvm-options",
            paramLabel = "OPTIONS",
            description = "JVM options for each parser process, separated by spaces (-X... or -D... only), in place "
                    + "of the default: \"-XX:TieredStopAtLevel=1\" for index (C1 alone: less compiling, which "
                    + "pays on a batch and on a busy machine), none for serve (its children live long enough for "
                    + "C2 to pay); \"\" runs the JVM's own defaults. See docs/isolation.md.")
    String jvmOptions;

    @Option(
            names = "--max-text-chars",
            paramLabel = "N",
            defaultValue = "" + ExtractionLimits.DEFAULT_MAX_CHARS,
            description =
                    "Text kept per document; beyond it the text is cut and the cut reported (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(
            names = "--max-embedded",
            paramLabel = "N",
            defaultValue = "" + ExtractionLimits.DEFAULT_MAX_EMBEDDED,
            description = "Embedded documents (archive entries, attachments) followed per file; the rest are skipped "
                    + "and reported (default: ${DEFAULT-VALUE}).")
    int maxEmbedded;

    @Option(
            names = "--parse-timeout",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "Time limit per document (default: ${DEFAULT-VALUE}); a parser over it is stopped.")
    int timeoutSeconds;

    @Option(
            names = "--ocr-languages",
            paramLabel = "LANGS",
            description = "Tesseract language packs for reading scans, first-pass language first, e.g. eng+fra+deu "
                    + "(default: the installed ones of " + "eng+fra+deu+spa+rus+ara). A scan is read in the first; "
                    + "when its text is detected as another of them, it is read again in that one.")
    String ocrLanguages;

    @Option(
            names = "--tesseract-dir",
            paramLabel = "DIR",
            description = "Folder holding the tesseract program (default: found on the PATH).")
    String tesseractDir;

    @Option(
            names = "--ocr-max-pages",
            paramLabel = "N",
            defaultValue = "" + OcrSettings.DEFAULT_MAX_PAGES,
            description = "Scanned pages read by OCR per file (default: ${DEFAULT-VALUE}); later pages are not read, "
                    + "the text read is kept and the briefing says so.")
    int ocrMaxPages;

    @Option(
            names = "--ocr-max-seconds",
            paramLabel = "SECONDS",
            defaultValue = "" + OcrSettings.DEFAULT_MAX_SECONDS,
            description = "Time OCR may take per file (default: ${DEFAULT-VALUE}, and never more than three quarters "
                    + "of --parse-timeout); pages not read by then are left, the text read is kept and the briefing "
                    + "says so.")
    int ocrMaxSeconds;

    /** For {@code index}: the children with the batch defaults ({@link ParserIsolation#DEFAULT_JVM_OPTIONS}). */
    EngineConfig apply(EngineConfig config) {
        return apply(config, config.isolation().jvmOptions());
    }

    /**
     * For {@code serve}: the children with {@link ParserIsolation#SERVER_JVM_OPTIONS} unless given;
     * they parse for days, where C2's faster code pays for its compiling.
     */
    EngineConfig applyForServer(EngineConfig config) {
        return apply(config, ParserIsolation.SERVER_JVM_OPTIONS);
    }

    private EngineConfig apply(EngineConfig config, List<String> defaultJvmOptions) {
        ExtractionLimits limits = new ExtractionLimits(
                maxChars,
                maxEmbedded,
                config.limits().maxBytes(),
                Duration.ofSeconds(timeoutSeconds),
                OcrSettings.of(tesseractDir, ocrLanguages).withLimits(ocrMaxPages, ocrMaxSeconds));
        ParserIsolation isolation = inProcess
                ? ParserIsolation.inProcess()
                : new ParserIsolation(
                        true,
                        processes != null ? processes : config.isolation().processes(),
                        heapMb,
                        jvmOptions != null ? ParserIsolation.parseJvmOptions(jvmOptions) : defaultJvmOptions);
        return config.withLimits(limits).withIsolation(isolation);
    }
}
