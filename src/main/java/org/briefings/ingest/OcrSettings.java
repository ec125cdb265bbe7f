package org.briefings.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How scanned pages and images are read: which Tesseract program and which of its language packs.
 *
 * <p>Why a setting and not "whatever Tika finds": a scan read in the wrong language loses its
 * accents (a French page read as English gives "frangaise", "étrangéres"), and a machine without
 * Tesseract must say so instead of indexing an empty briefing. The languages are a list, first-pass
 * language first: the first pass reads every scan in the first language alone; when the text it
 * gives is detected as another language of the list, a second pass reads it in that one (see
 * {@link OcrParsing#secondPassLanguage}). One language per pass, because Tesseract's combined
 * models ({@code eng+fra}) were measured to drop accents that the single French model keeps.
 *
 * <p>OCR's cost per file is bounded by a page limit and a time limit ({@link OcrBudget}): pages
 * beyond either are not read, the text read so far is kept and the briefing says so.
 *
 * @param tesseractDir folder that holds the {@code tesseract} program, or empty for the PATH
 * @param languages    Tesseract language packs, first-pass first; empty for the default: those of
 *                     {@link #PREFERRED} that are installed
 * @param maxPages     pages OCR reads per file (each pass); later pages are not read
 * @param maxSeconds   seconds OCR may take per file, both passes together (never more than
 *                     {@link #ocrTime three quarters} of the parse time limit)
 */
public record OcrSettings(String tesseractDir, List<String> languages, int maxPages, int maxSeconds) {

    /** Default page limit per file: a long report scanned whole, not a scanned archive box. */
    public static final int DEFAULT_MAX_PAGES = 100;
    /** Default OCR time per file, in seconds (within three quarters of the parse time limit). */
    public static final int DEFAULT_MAX_SECONDS = 300;

    /** The packs most briefings need, in this order when installed (English first). */
    public static final List<String> PREFERRED = List.of("eng", "fra", "deu", "spa", "rus", "ara");

    /** What to install when Tesseract is missing. */
    public static final String INSTALL_HINT = "install tesseract-ocr (Debian: apt-get install tesseract-ocr "
            + "tesseract-ocr-eng tesseract-ocr-osd, plus tesseract-ocr-fra, -deu, -spa, -rus, -ara)";

    private static final Pattern PACK = Pattern.compile("[a-z]{3}(_[a-z]+)*");
    /** tesseract --list-langs opens with: List of available languages in "/usr/share/.../tessdata/" (7): */
    private static final Pattern TESSDATA = Pattern.compile("languages in \"([^\"]+)\"");

    private static final Map<String, Availability> PROBES = new ConcurrentHashMap<>();

    public OcrSettings {
        tesseractDir = tesseractDir == null ? "" : tesseractDir.strip();
        languages = languages == null ? List.of() : List.copyOf(languages);
        if (maxPages < 1) {
            throw new IllegalArgumentException("the OCR page limit must be at least 1, not " + maxPages);
        }
        if (maxSeconds < 1) {
            throw new IllegalArgumentException("the OCR time limit must be at least 1 s, not " + maxSeconds);
        }
        for (String l : languages) {
            if (!PACK.matcher(l).matches()) {
                throw new IllegalArgumentException(
                        "not a Tesseract language pack name: '" + l + "' (write eng+fra+deu, as tesseract -l does)");
            }
        }
    }

    /** With the default page and time limits. */
    public OcrSettings(String tesseractDir, List<String> languages) {
        this(tesseractDir, languages, DEFAULT_MAX_PAGES, DEFAULT_MAX_SECONDS);
    }

    /** Tesseract from the PATH, the default languages. */
    public static OcrSettings defaults() {
        return new OcrSettings("", List.of());
    }

    /** The same settings with other page and time limits per file. */
    public OcrSettings withLimits(int pages, int seconds) {
        return new OcrSettings(tesseractDir, languages, pages, seconds);
    }

    /**
     * The OCR time per file under a parse time limit of {@code parseTimeout}: {@link #maxSeconds},
     * but never more than three quarters of the parse limit, so that OCR stops (and the text read so
     * far is kept) before the parse limit fails the whole file.
     */
    public Duration ocrTime(Duration parseTimeout) {
        Duration own = Duration.ofSeconds(maxSeconds);
        // in nanoseconds where that fits: Duration.dividedBy goes through BigDecimal, for every file
        Duration share = parseTimeout.getSeconds() < Long.MAX_VALUE / 4_000_000_000L
                ? Duration.ofNanos(parseTimeout.toNanos() * 3 / 4)
                : parseTimeout.multipliedBy(3).dividedBy(4);
        return own.compareTo(share) < 0 ? own : share;
    }

    /** Reads {@code eng+fra+deu} (or commas); blank means the default languages. */
    public static OcrSettings of(String tesseractDir, String languages) {
        List<String> list = new ArrayList<>();
        if (languages != null) {
            for (String l : languages.split("[+,\\s]+")) {
                if (!l.isBlank() && !list.contains(l.strip())) {
                    list.add(l.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new OcrSettings(tesseractDir, list);
    }

    /**
     * What this machine has, asked of {@code tesseract --list-langs} once per program path.
     *
     * @param available whether the program runs and has at least one language pack besides osd
     * @param installed the language packs installed (osd, the orientation model, included)
     * @param problem   why OCR is not available, or null
     * @param tessdata  the folder the packs are in, as tesseract says, or null
     */
    public record Availability(boolean available, List<String> installed, String problem, String tessdata) {}

    /** The program to run: {@code tesseract} from the PATH, or from {@link #tesseractDir}. */
    public String program() {
        return tesseractDir.isEmpty()
                ? "tesseract"
                : Path.of(tesseractDir, "tesseract").toString();
    }

    public Availability probe() {
        return PROBES.computeIfAbsent(program(), OcrSettings::ask);
    }

    private static Availability ask(String program) {
        try {
            Process p = new ProcessBuilder(program, "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Availability(false, List.of(), program + " --list-langs did not answer", null);
            }
            List<String> packs = new ArrayList<>();
            String tessdata = null;
            for (String line : out.split("\\R")) {
                String l = line.strip();
                Matcher folder = TESSDATA.matcher(l);
                if (folder.find()) {
                    tessdata = folder.group(1);
                }
                if (PACK.matcher(l).matches()) {
                    packs.add(l);
                }
            }
            boolean any = packs.stream().anyMatch(l -> !l.equals("osd"));
            return new Availability(
                    p.exitValue() == 0 && any,
                    List.copyOf(packs),
                    p.exitValue() != 0
                            ? program + " failed: " + out.strip()
                            : any ? null : "no language pack installed",
                    tessdata);
        } catch (IOException e) {
            return new Availability(false, List.of(), "no tesseract program (" + program + "): " + INSTALL_HINT, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Availability(false, List.of(), "interrupted while looking for tesseract", null);
        }
    }

    /**
     * The languages OCR uses, first-pass first: those asked for that are installed (or, by
     * default, the installed ones of {@link #PREFERRED}); empty when OCR is not available.
     */
    public List<String> effectiveLanguages() {
        Availability a = probe();
        List<String> wanted = languages.isEmpty() ? PREFERRED : languages;
        return wanted.stream().filter(a.installed()::contains).toList();
    }

    /** Languages asked for whose packs are not installed (said at start, never silently dropped). */
    public List<String> missingLanguages() {
        if (languages.isEmpty()) {
            return List.of();
        }
        List<String> installed = probe().installed();
        return languages.stream().filter(l -> !installed.contains(l)).toList();
    }

    /** Whether scans can be read: the program runs and a language asked for is installed. */
    public boolean available() {
        return probe().available() && !effectiveLanguages().isEmpty();
    }

    /** One line for the server's start and the {@code index} summary. */
    public String summary() {
        Availability a = probe();
        if (!a.available()) {
            return "OCR not available (" + a.problem() + "); scanned files are indexed by name and flagged needs-OCR";
        }
        List<String> use = effectiveLanguages();
        if (use.isEmpty()) {
            return "OCR not available: none of the languages " + languages + " is installed (installed: "
                    + a.installed() + ")";
        }
        String missing = missingLanguages().isEmpty() ? "" : "; not installed, ignored: " + missingLanguages();
        String osd = a.installed().contains("osd") ? "" : "; no osd pack: sideways pages are not turned";
        return "OCR with Tesseract, languages " + String.join("+", use) + missing + osd + "; at most " + maxPages
                + " pages and " + maxSeconds + " s per file";
    }

    /** For {@code /api/stats}. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", available());
        m.put("languages", effectiveLanguages());
        m.put("installed", probe().installed());
        m.put("missing", missingLanguages());
        m.put("maxPages", maxPages);
        m.put("maxSeconds", maxSeconds);
        if (probe().problem() != null) {
            m.put("problem", probe().problem());
        }
        return m;
    }

    /** As child-process arguments ({@code ocrLanguages=eng+fra}, {@code tesseractDir=...}). */
    public List<String> arguments() {
        return List.of(
                "ocrLanguages=" + String.join("+", languages),
                "tesseractDir=" + tesseractDir,
                "ocrMaxPages=" + maxPages,
                "ocrMaxSeconds=" + maxSeconds);
    }

    /** Back from the arguments {@link #arguments} wrote. */
    public static OcrSettings fromArguments(Map<String, String> args) {
        return of(args.getOrDefault("tesseractDir", ""), args.getOrDefault("ocrLanguages", ""))
                .withLimits(
                        Integer.parseInt(args.getOrDefault("ocrMaxPages", String.valueOf(DEFAULT_MAX_PAGES))),
                        Integer.parseInt(args.getOrDefault("ocrMaxSeconds", String.valueOf(DEFAULT_MAX_SECONDS))));
    }
}
