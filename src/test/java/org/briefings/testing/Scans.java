package org.briefings.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.briefings.ingest.OcrSettings;
import org.junit.jupiter.api.Assumptions;

/**
 * Scanned pages made on the spot, so OCR is tested against text we chose and nobody has to trust a
 * scan by eye: text drawn on an A4 page image (java.awt, headless), turned or skewed, spotted with
 * noise, and wrapped as an image-only PDF (PDFBox), a PNG or a multi-page TIFF. Also the measure
 * of how well a scan was read: the share of the known words found.
 */
public final class Scans {

    /** An English briefing with a clear about-country (North Korea) and words to search for. */
    public static final String ENGLISH = """
            North Korea fires missiles into the sea
            PYONGYANG - North Korea launched two ballistic missiles on Tuesday, the defence
            ministry in Seoul said. The launches by North Korea were condemned by the United
            Nations Security Council, which discussed new sanctions against Pyongyang and the
            leadership of Kim Jong Un. Analysts said the quartermaster reports were unusual.""";

    /** A French page whose accented words only a French model reads right. */
    public static final String FRENCH = """
            Le président de la République française a rencontré
            le ministre des Affaires étrangères à Genève. Les négociations
            sur l'accord nucléaire ont échoué après une journée très tendue.
            Le gouvernement espère une reprise des échanges en février.""";

    /** A German page (umlauts, sharp s). */
    public static final String GERMAN = """
            Die Bundesregierung hat am Dienstag neue Maßnahmen beschlossen.
            Der Außenminister äußerte sich über die Gespräche mit Frankreich
            und betonte, dass die Verhandlungen schwierig gewesen seien.""";

    /** A Russian page (Cyrillic). */
    public static final String RUSSIAN = """
            Министерство иностранных дел России заявило во вторник,
            что переговоры с Украиной продолжатся в Женеве.
            Президент встретился с министром обороны в Москве.""";

    /**
     * An Arabic page (right to left, joined letters; no vowel marks, which briefings seldom carry).
     * Drawn with a font that has Arabic letters ({@link #canRender}); DejaVu Sans has them.
     */
    public static final String ARABIC = """
            أعلنت وزارة الخارجية في القاهرة يوم الثلاثاء
            أن المفاوضات مع إيران ستستمر في جنيف الأسبوع المقبل.
            والتقى الرئيس بوزير الدفاع في الرياض لبحث الأمن في المنطقة.""";

    private Scans() {}

    /** Whether this machine has a font that can draw every letter of {@code text}. */
    public static boolean canRender(String text) {
        return fontFor(text, 12) != null;
    }

    /** Serif when it has every letter of the text, else the first installed family that does, else null. */
    private static Font fontFor(String text, int size) {
        Font serif = new Font(Font.SERIF, Font.PLAIN, size);
        if (serif.canDisplayUpTo(text) == -1) {
            return serif;
        }
        for (String family :
                java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
            Font f = new Font(family, Font.PLAIN, size);
            if (f.canDisplayUpTo(text) == -1) {
                return f;
            }
        }
        return null;
    }

    /** Skips the calling test, saying why, unless Tesseract runs here with every pack in {@code packs}. */
    public static void assumeTesseract(String... packs) {
        OcrSettings.Availability a = OcrSettings.defaults().probe();
        Assumptions.assumeTrue(
                a.available(), "skipped: tesseract not found (" + a.problem() + "); " + OcrSettings.INSTALL_HINT);
        for (String p : packs) {
            Assumptions.assumeTrue(
                    a.installed().contains(p), "skipped: tesseract language pack '" + p + "' is not installed");
        }
    }

    /**
     * An A4 page at {@code dpi} with {@code text} in 12-point serif (or a font that has the text's
     * letters, {@link #canRender}), one-inch margins, each line of the text wrapped to fit.
     */
    public static BufferedImage page(String text, int dpi) {
        int w = (int) Math.round(8.27 * dpi);
        int hgt = (int) Math.round(11.69 * dpi);
        BufferedImage img = new BufferedImage(w, hgt, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, hgt);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int size = Math.round(12f * dpi / 72f);
        Font font = fontFor(text, size);
        g.setFont(font != null ? font : new Font(Font.SERIF, Font.PLAIN, size));
        int y = dpi; // one-inch margins
        java.awt.FontMetrics fm = g.getFontMetrics();
        for (String line : wrap(text, fm, w - 2 * dpi)) {
            g.drawString(line, dpi, y);
            y += Math.round(size * 1.5f);
        }
        g.dispose();
        return img;
    }

    /** The text's lines, each wrapped at word boundaries to fit {@code width} pixels. */
    private static List<String> wrap(String text, java.awt.FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            StringBuilder current = new StringBuilder();
            for (String word : line.strip().split(" +")) {
                String next = current.isEmpty() ? word : current + " " + word;
                if (fm.stringWidth(next) > width && !current.isEmpty()) {
                    out.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(next);
                }
            }
            out.add(current.toString());
        }
        return out;
    }

    /**
     * The page turned by {@code degrees} about its centre (90 gives a sideways scan), on white.
     * Written here again rather than borrowed from the deskew step that turns pages back: a test
     * page made by the code under test would hide a mistake the two share (a sign, an axis).
     */
    public static BufferedImage rotate(BufferedImage src, double degrees) {
        double r = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(r));
        double cos = Math.abs(Math.cos(r));
        int w = (int) Math.floor(src.getWidth() * cos + src.getHeight() * sin);
        int h = (int) Math.floor(src.getHeight() * cos + src.getWidth() * sin);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.rotate(r);
        t.translate(-src.getWidth() / 2.0, -src.getHeight() / 2.0);
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }

    /** Salt-and-pepper noise on {@code share} of the pixels, seeded (a photocopier's specks). */
    public static BufferedImage noise(BufferedImage src, double share, long seed) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.getGraphics().drawImage(src, 0, 0, null);
        Random random = new Random(seed);
        long n = Math.round(share * src.getWidth() * src.getHeight());
        for (long i = 0; i < n; i++) {
            int x = random.nextInt(src.getWidth());
            int y = random.nextInt(src.getHeight());
            out.setRGB(x, y, random.nextBoolean() ? 0xFF000000 : 0xFFFFFFFF);
        }
        return out;
    }

    public static Path png(BufferedImage img, Path file) throws IOException {
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /**
     * An image-only PDF: one page per image, no text layer. Each page is A4 wide (or, for a
     * landscape image such as a sideways scan, A4 long) and as high as the image's proportions
     * make it, as a scanner makes it: squeezing a landscape image onto a portrait page would distort
     * its letters, which no scanner does.
     */
    public static Path imagePdf(Path file, BufferedImage... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage img : pages) {
                float width = img.getWidth() > img.getHeight() ? PDRectangle.A4.getHeight() : PDRectangle.A4.getWidth();
                float height = width * img.getHeight() / img.getWidth();
                PDPage page = new PDPage(new PDRectangle(width, height));
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, width, height);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF with a real text layer (Helvetica), one line per line of {@code text}. */
    public static Path textPdf(Path file, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.setLeading(16);
                cs.newLineAtOffset(60, 760);
                for (String line : text.strip().split("\n")) {
                    cs.showText(line.strip());
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * A multi-page TIFF (deflate-compressed), one page per image; made here, not by the OCR code
     * that rewrites TIFFs, so that a test of that code does not read what it wrote itself.
     */
    public static Path tiff(Path file, BufferedImage... pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (BufferedImage img : pages) {
                writer.writeToSequence(new IIOImage(img, null, null), p);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** An e-mail with a short text body and {@code png} attached as a scan. */
    public static Path emailWithScan(Path file, BufferedImage png) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(png, "png", bytes);
        String b64 = java.util.Base64.getMimeEncoder(76, "\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(bytes.toByteArray());
        String eml = "From: analyst@example.org\r\nTo: desk@example.org\r\nSubject: Scanned cable attached\r\n"
                + "Date: Tue, 3 Mar 2020 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nPlease find the scanned cable attached.\r\n\r\n--b1\r\n"
                + "Content-Type: image/png; name=\"cable.png\"\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"cable.png\"\r\n\r\n" + b64 + "\r\n--b1--\r\n";
        Files.writeString(file, eml);
        return file;
    }

    /**
     * A folder with a {@code tesseract} that logs each call's arguments to {@code calls.log} and
     * runs the real one: a test sees whether, and how, OCR was asked for.
     */
    public static Path countingTesseract(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path log = dir.resolve("calls.log");
        Path script = dir.resolve("tesseract");
        Files.writeString(script, "#!/bin/sh\necho \"$@\" >> '" + log + "'\nexec '" + real() + "' \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    /**
     * A folder with a {@code tesseract} that answers the probes (no arguments, {@code --version},
     * {@code --list-langs}) at once but
     * takes {@code seconds} before it reads a page: a test sees what happens when OCR's time runs
     * out, without depending on how fast the machine is. The sleep holds none of the pipes Tika
     * reads, so once Tika stops the script it is not kept waiting for them. Like the real one, it
     * creates its (hOCR) output file before it reads, so a page stopped midway leaves that file.
     */
    public static Path slowTesseract(Path dir, int seconds) throws IOException {
        Files.createDirectories(dir);
        Path script = dir.resolve("tesseract");
        Files.writeString(
                script,
                "#!/bin/sh\ncase \"$1\" in ''|-*) ;; *) : > \"$2.hocr\"; sleep " + seconds
                        + " </dev/null >/dev/null 2>&1 ;; esac\nexec '" + real() + "' \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    /** A PDF whose first page has a text layer ({@code text}) and whose second is a scan ({@code scan}). */
    public static Path mixedPdf(Path file, String text, BufferedImage scan) throws IOException {
        Path typed = textPdf(file.resolveSibling(file.getFileName() + ".text.pdf"), text);
        Path scanned = imagePdf(file.resolveSibling(file.getFileName() + ".scan.pdf"), scan);
        try (PDDocument out = org.apache.pdfbox.Loader.loadPDF(typed.toFile());
                PDDocument second = org.apache.pdfbox.Loader.loadPDF(scanned.toFile())) {
            out.importPage(second.getPage(0));
            out.save(file.toFile());
        }
        return file;
    }

    /** The OCR runs logged by {@link #countingTesseract}: calls other than the version and language probes. */
    public static List<String> ocrCalls(Path dir) throws IOException {
        Path log = dir.resolve("calls.log");
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log).stream()
                .filter(l -> !l.startsWith("--") && !l.isBlank())
                .toList();
    }

    private static String real() {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(d, "tesseract");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return "/usr/bin/tesseract";
    }

    /** The words of a text, lower-cased, letters and digits only. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Word recall: the share of the known text's words (counted with repeats) that the OCR'd text
     * has. A word read wrong, even by one letter, is not found, as a search would not find it.
     */
    public static double wordRecall(String known, String read) {
        Map<String, Integer> have = new HashMap<>();
        for (String w : words(read)) {
            have.merge(w, 1, Integer::sum);
        }
        List<String> want = words(known);
        int found = 0;
        for (String w : want) {
            Integer n = have.get(w);
            if (n != null && n > 0) {
                found++;
                have.put(w, n - 1);
            }
        }
        return want.isEmpty() ? 1 : (double) found / want.size();
    }
}
