package org.briefings.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.briefings.ExtractedText;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.OcrSettings;
import org.briefings.ingest.ParserIsolation;
import org.briefings.ingest.fork.ForkedExtractor;
import org.briefings.testing.Scans;

/**
 * What OCR achieves and costs (issue 13; docs/ocr.md). Pages of known text in five languages
 * (English, French, German, Russian, Arabic where a font has its letters) are rendered (java.awt)
 * under several conditions (300 and 150 dpi, clean, specked, skewed by 2° to 7° either way, turned
 * by 90°, 93° and 180°), wrapped as image-only PDFs (and, skewed, as PNG and TIFF) and extracted
 * the way the server does it: one
 * parser child process, default OCR settings (every installed pack of eng, fra, deu, spa, rus,
 * ara, English first, second pass in the detected language). For each: word recall and character
 * error rate against the known text, the language the kept pass used, Tesseract's mean
 * confidence, and seconds per page. The baseline is the same text as a PDF with a text layer,
 * extracted by the same child: what a document that needs no OCR costs. At the end, the child
 * JVM's peak resident size (VmHWM), and Tesseract's own peak on one 300-dpi page
 * ({@code /usr/bin/time}), since it runs as a process of its own beside the child.
 *
 * <p>Run: {@code scripts/bench-ocr.sh [--out FILE] [--repeat N]}.
 */
public final class OcrBench {

    /** How a page is changed and wrapped: {@code format} is pdf (image-only), png or tiff. */
    private record Condition(String name, int dpi, UnaryOperator<BufferedImage> change, String format) {

        Condition(String name, int dpi, UnaryOperator<BufferedImage> change) {
            this(name, dpi, change, "pdf");
        }
    }

    private record Row(
            String language,
            String condition,
            double recall,
            double cer,
            String ocrLanguage,
            String confidence,
            String deskew,
            double seconds) {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of("bench/results/" + LocalDate.now() + "-ocr.md");
        int repeat = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--project", "--data" -> i++;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        OcrSettings settings = OcrSettings.defaults();
        if (!settings.available()) {
            System.out.println("skipped: " + settings.summary());
            return;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("English", Scans.ENGLISH);
        texts.put("French", Scans.FRENCH);
        texts.put("German", Scans.GERMAN);
        texts.put("Russian", Scans.RUSSIAN);
        if (Scans.canRender(Scans.ARABIC)) {
            texts.put("Arabic", Scans.ARABIC);
        } else {
            System.out.println("Arabic skipped: no font with Arabic letters here (Debian: fonts-dejavu-core)");
        }
        List<Condition> conditions = List.of(
                new Condition("300 dpi clean", 300, img -> img),
                new Condition("150 dpi clean", 150, img -> img),
                new Condition("300 dpi specked 0.2%", 300, img -> Scans.noise(img, 0.002, 1)),
                new Condition("150 dpi specked 0.2%", 150, img -> Scans.noise(img, 0.002, 1)),
                new Condition("300 dpi skew 2°", 300, img -> Scans.rotate(img, 2)),
                new Condition("300 dpi skew 3°", 300, img -> Scans.rotate(img, 3)),
                new Condition("300 dpi skew -3°", 300, img -> Scans.rotate(img, -3)),
                new Condition("150 dpi skew 3°", 150, img -> Scans.rotate(img, 3)),
                new Condition("300 dpi skew 7°", 300, img -> Scans.rotate(img, 7)),
                new Condition("300 dpi skew 3° specked", 300, img -> Scans.noise(Scans.rotate(img, 3), 0.002, 1)),
                new Condition("300 dpi skew 3°, PNG", 300, img -> Scans.rotate(img, 3), "png"),
                new Condition("300 dpi skew 3°, TIFF", 300, img -> Scans.rotate(img, 3), "tiff"),
                new Condition("300 dpi turned 90°", 300, img -> Scans.rotate(img, 90)),
                new Condition("150 dpi turned 90°", 150, img -> Scans.rotate(img, 90)),
                new Condition("300 dpi turned 93°", 300, img -> Scans.rotate(img, 93)),
                new Condition("300 dpi turned 180°", 300, img -> Scans.rotate(img, 180)));

        Path tmp = Files.createTempDirectory("ocr-bench");
        ExtractionLimits limits = new ExtractionLimits(1_000_000, 20, 200_000_000, Duration.ofSeconds(300), settings);
        List<Row> rows = new ArrayList<>();
        List<Double> textPdfSeconds = new ArrayList<>();
        long childPeakKb;
        try (ForkedExtractor x = new ForkedExtractor(limits, ParserIsolation.forked(1, 512))) {
            // warm the child up (JVM start, Tika's parsers) so the first row does not pay for it
            extract(x, Scans.textPdf(tmp.resolve("warm.pdf"), Scans.ENGLISH));
            for (int r = 0; r < repeat; r++) {
                for (Map.Entry<String, String> t : texts.entrySet()) {
                    Path textPdf = Scans.textPdf(tmp.resolve("text-" + r + ".pdf"), latinOnly(t.getValue()));
                    long t0 = System.nanoTime();
                    extract(x, textPdf);
                    textPdfSeconds.add((System.nanoTime() - t0) / 1e9);
                    for (Condition c : conditions) {
                        BufferedImage page = c.change().apply(Scans.page(t.getValue(), c.dpi()));
                        Path scan = switch (c.format()) {
                            case "png" -> Scans.png(page, tmp.resolve("scan.png"));
                            case "tiff" -> Scans.tiff(tmp.resolve("scan.tiff"), page);
                            default -> Scans.imagePdf(tmp.resolve("scan.pdf"), page);
                        };
                        long s0 = System.nanoTime();
                        ExtractedText doc = extract(x, scan);
                        double seconds = (System.nanoTime() - s0) / 1e9;
                        String read = doc == null ? "" : doc.text();
                        rows.add(new Row(
                                t.getKey(),
                                c.name(),
                                Scans.wordRecall(t.getValue(), read),
                                cer(t.getValue(), read),
                                doc == null ? "-" : doc.meta("briefings:ocr-language"),
                                doc == null ? "-" : doc.meta("briefings:ocr-confidence"),
                                doc == null || doc.meta("briefings:ocr-deskew") == null
                                        ? "-"
                                        : doc.meta("briefings:ocr-deskew"),
                                seconds));
                        System.out.printf(Locale.ROOT, "%-8s %-22s %s%n", t.getKey(), c.name(), rows.getLast());
                    }
                }
            }
            childPeakKb = ProcessHandle.current()
                    .children()
                    .mapToLong(p -> peakKb(p.pid()))
                    .max()
                    .orElse(-1);
        }
        long tesseractPeakKb = tesseractPeak(tmp);
        String report = report(rows, textPdfSeconds, childPeakKb, tesseractPeakKb, settings, repeat);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("written to " + out);
    }

    /** A text PDF's standard font has no Cyrillic: the baseline page is the Latin letters of the text. */
    private static String latinOnly(String text) {
        return text.replaceAll("[^\\x20-\\x7E\\n]", "e");
    }

    private static ExtractedText extract(ForkedExtractor x, Path file) {
        try {
            Extraction e = x.extract(file, file.getFileName().toString(), null);
            return e.documents().isEmpty() ? null : e.documents().get(0);
        } catch (IngestException e) {
            System.out.println("failed: " + e.getMessage());
            return null;
        }
    }

    /** Character error rate: edit distance over the known text's length, whitespace runs as one space. */
    static double cer(String known, String read) {
        String a = known.strip().replaceAll("\\s+", " ");
        String b = read.strip().replaceAll("\\s+", " ");
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return a.isEmpty() ? 0 : (double) prev[b.length()] / a.length();
    }

    /** A process's peak resident size in KB (VmHWM), or -1. */
    private static long peakKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or gone
        }
        return -1;
    }

    /** Tesseract's own peak resident size on one 300-dpi English page, by GNU time; -1 without it. */
    private static long tesseractPeak(Path tmp) throws Exception {
        Path png = Scans.png(Scans.page(Scans.ENGLISH, 300), tmp.resolve("page.png"));
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            return -1;
        }
        Process p = new ProcessBuilder("/usr/bin/time", "-f", "%M", "tesseract", png.toString(), "-", "-l", "eng")
                .redirectErrorStream(true)
                .start();
        String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String[] lines = outText.strip().split("\\R");
        try {
            return Long.parseLong(lines[lines.length - 1].strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String report(
            List<Row> rows, List<Double> textSeconds, long childKb, long tessKb, OcrSettings s, int repeat) {
        StringBuilder sb = new StringBuilder();
        sb.append("# OCR: accuracy and cost (").append(LocalDate.now()).append(")\n\n");
        sb.append("`scripts/bench-ocr.sh` (OcrBench). ")
                .append(machine())
                .append("; ")
                .append(s.summary())
                .append(". One parser child process (512 MB heap), pages made from known text, wrapped ")
                .append("as image-only PDFs (or as said: PNG, TIFF); ")
                .append(repeat)
                .append(" pass(es). Recall: share of the known words read exactly; CER: character error ")
                .append("rate (edit distance / length). Kept: the language of the pass kept (a second pass ")
                .append("in the detected language when it differs from eng, or in rus+ara when the first pass's ")
                .append("confidence is under 60). Straightened by: the skew in degrees that the deskew step ")
                .append("measured and undid before Tesseract read the page (- when none was worth undoing).\n\n");
        sb.append("| text | condition | word recall | CER | kept | confidence | straightened by | s/page |\n");
        sb.append("|---|---|---:|---:|---|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.3f | %.3f | %s | %s | %s | %.2f |%n",
                    r.language(),
                    r.condition(),
                    r.recall(),
                    r.cer(),
                    r.ocrLanguage(),
                    r.confidence(),
                    r.deskew(),
                    r.seconds()));
        }
        double textMean =
                textSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double ocrMean = rows.stream().mapToDouble(Row::seconds).average().orElse(0);
        sb.append(String.format(
                Locale.ROOT,
                "%nMean per page: scanned %.2f s, the same text as a PDF with a text layer %.3f s (never OCR'd).%n",
                ocrMean,
                textMean));
        sb.append(String.format(
                Locale.ROOT,
                "Peak resident size: parser child JVM %d MB (VmHWM); tesseract itself on one 300-dpi page %d MB.%n",
                childKb / 1024,
                tessKb / 1024));
        return sb.toString();
    }

    private static String machine() {
        Machine m = Machine.current();
        return m.cores() + " cores (" + m.cpu() + "), " + m.memoryMb() / 1024 + " GB, " + m.jdk() + ", " + m.os()
                + ", load average " + String.format(Locale.ROOT, "%.1f", loadAverage());
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private OcrBench() {}
}
