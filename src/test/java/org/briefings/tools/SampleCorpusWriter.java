package org.briefings.tools;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Turns the briefing sources under {@code src/corpus-sources/} into the binary files of the sample
 * corpus ({@code corpus/}): PDF (PDFBox, standard 14 fonts), DOCX (POI XWPF), EML (MIME written by
 * hand, multipart/mixed with a base64 attachment) and ZIP (java.util.zip).
 *
 * <p>A source is a UTF-8 text file: a header of {@code key: value} lines, a line {@code ---}, then
 * the body (paragraphs separated by blank lines; {@code ## } starts a sub-heading, {@code - } a
 * bullet). Header keys:
 * <ul>
 *   <li>{@code title}, {@code date} (ISO date or date-time), {@code author}: the document's
 *       metadata (PDF info, DOCX core properties, e-mail headers);</li>
 *   <li>{@code format}: {@code pdf}, {@code docx}, {@code eml}, {@code attachment} (only inside an
 *       e-mail) or {@code zip-entry} (only inside an archive);</li>
 *   <li>for {@code eml}: {@code from}, {@code to}, {@code subject}, {@code attach} (the file name
 *       of another source whose format is {@code attachment});</li>
 *   <li>for {@code attachment}: {@code type} ({@code txt} or {@code docx});</li>
 *   <li>for {@code zip-entry}: {@code archive} (the zip's file name) and {@code type}
 *       ({@code txt} or {@code md}).</li>
 * </ul>
 * The output file is named after the source (its name without extension, plus the format's
 * extension).
 *
 * <p>The output is deterministic: every date comes from the sources, zip entries (including the
 * parts inside a DOCX) carry a fixed time and are stored uncompressed, the PDF has a fixed
 * document ID and no compression, and the MIME boundary and Message-ID derive from the file name.
 * Re-running gives identical bytes, so the content hashes of the indexed documents do not churn.
 *
 * <p>Usage: {@code SampleCorpusWriter <sources-dir> <output-dir>} (see
 * {@code scripts/make-sample-corpus.sh}).
 */
public final class SampleCorpusWriter {

    /** The time given to every zip entry (the archive itself and the parts of a DOCX). */
    private static final LocalDateTime ZIP_ENTRY_TIME = LocalDateTime.of(2025, 1, 1, 0, 0);

    private static final float MARGIN = 72f;
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 14.5f;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SampleCorpusWriter <sources-dir> <output-dir>");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Map<String, byte[]> files = write(Path.of(args[0]), out);
        files.forEach((name, bytes) -> System.out.printf("%-60s %8d bytes%n", out.resolve(name), bytes.length));
    }

    /** Generates every binary file and writes it to {@code outDir}; returns them by file name. */
    public static SortedMap<String, byte[]> write(Path sourcesDir, Path outDir) throws IOException {
        SortedMap<String, byte[]> files = generate(sourcesDir);
        Files.createDirectories(outDir);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(outDir.resolve(e.getKey()), e.getValue());
        }
        return files;
    }

    /** Generates every binary file in memory, by output file name. */
    public static SortedMap<String, byte[]> generate(Path sourcesDir) throws IOException {
        Map<String, Source> sources = new TreeMap<>();
        try (Stream<Path> paths = Files.list(sourcesDir)) {
            for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.equalsIgnoreCase("README.md")) {
                    continue;
                }
                sources.put(name, Source.parse(name, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        SortedMap<String, byte[]> out = new TreeMap<>();
        Map<String, List<Source>> archives = new TreeMap<>();
        for (Source s : sources.values()) {
            switch (s.format()) {
                case "pdf" -> put(out, s.stem() + ".pdf", pdf(s));
                case "docx" -> put(out, s.stem() + ".docx", docx(s));
                case "eml" -> {
                    Source att = sources.get(s.require("attach"));
                    if (att == null || !att.format().equals("attachment")) {
                        throw new IllegalArgumentException(s.fileName() + ": attach must name an attachment source");
                    }
                    put(out, s.stem() + ".eml", eml(s, att));
                }
                case "zip-entry" ->
                    archives.computeIfAbsent(s.require("archive"), k -> new ArrayList<>())
                            .add(s);
                case "attachment" -> {
                    /* written inside its e-mail */
                }
                default -> throw new IllegalArgumentException(s.fileName() + ": unknown format " + s.format());
            }
        }
        for (Map.Entry<String, List<Source>> a : archives.entrySet()) {
            put(out, a.getKey(), zip(a.getValue()));
        }
        return out;
    }

    private static void put(Map<String, byte[]> out, String name, byte[] bytes) {
        if (out.put(name, bytes) != null) {
            throw new IllegalArgumentException("two sources produce " + name);
        }
    }

    // ---------------------------------------------------------------- sources

    /** One parsed source file. */
    record Source(String fileName, Map<String, String> fields, List<Block> blocks) {

        static Source parse(String fileName, String text) {
            text = text.replace("\r\n", "\n");
            int sep = text.indexOf("\n---\n");
            if (sep < 0) {
                throw new IllegalArgumentException(fileName + ": no '---' line after the header");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : text.substring(0, sep).split("\n", -1)) {
                if (line.isBlank()) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException(fileName + ": bad header line: " + line);
                }
                fields.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            List<Block> blocks = new ArrayList<>();
            for (String chunk : text.substring(sep + 5).split("\n\\s*\n", -1)) {
                StringBuilder para = new StringBuilder();
                for (String line : chunk.strip().split("\n", -1)) {
                    line = line.strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                    if (line.startsWith("## ")) {
                        flush(blocks, para);
                        blocks.add(new Block(Kind.HEADING, line.substring(3).strip()));
                    } else if (line.startsWith("- ")) {
                        flush(blocks, para);
                        blocks.add(new Block(Kind.BULLET, line.substring(2).strip()));
                    } else {
                        if (!para.isEmpty()) {
                            para.append(' ');
                        }
                        para.append(line);
                    }
                }
                flush(blocks, para);
            }
            Source s = new Source(fileName, fields, blocks);
            s.require("title");
            s.require("format");
            s.date();
            return s;
        }

        private static void flush(List<Block> blocks, StringBuilder para) {
            if (!para.isEmpty()) {
                blocks.add(new Block(Kind.PARAGRAPH, para.toString()));
                para.setLength(0);
            }
        }

        String require(String key) {
            String v = fields.get(key);
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException(fileName + ": missing header field " + key);
            }
            return v;
        }

        String format() {
            return require("format").toLowerCase(Locale.ROOT);
        }

        String title() {
            return require("title");
        }

        String author() {
            return fields.getOrDefault("author", "Briefings Desk");
        }

        /** The document's date-time: {@code date} as an ISO date (09:00 UTC) or offset date-time. */
        OffsetDateTime date() {
            String v = require("date");
            return v.length() == 10
                    ? LocalDate.parse(v).atTime(9, 0).atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(v);
        }

        String stem() {
            int dot = fileName.lastIndexOf('.');
            return dot < 0 ? fileName : fileName.substring(0, dot);
        }
    }

    enum Kind {
        PARAGRAPH,
        HEADING,
        BULLET
    }

    record Block(Kind kind, String text) {}

    // ---------------------------------------------------------------- plain text and markdown

    /** The briefing as plain text: title, underline, body with wrapped lines. */
    static String plainText(Source s, int width) {
        StringBuilder sb = new StringBuilder();
        String title = ascii(s.title());
        sb.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        Kind prev = null;
        for (Block b : s.blocks()) {
            if (prev == Kind.BULLET && b.kind() != Kind.BULLET) {
                sb.append('\n');
            }
            prev = b.kind();
            switch (b.kind()) {
                case HEADING ->
                    sb.append(ascii(b.text()).toUpperCase(Locale.ROOT)).append("\n\n");
                case BULLET ->
                    sb.append(String.join("\n", wrap("  * " + ascii(b.text()), width, "    ")))
                            .append('\n');
                case PARAGRAPH ->
                    sb.append(String.join("\n", wrap(ascii(b.text()), width, "")))
                            .append("\n\n");
            }
        }
        return sb.toString().replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
    }

    /** The briefing as Markdown. */
    static String markdown(Source s) {
        StringBuilder sb = new StringBuilder("# ").append(s.title()).append("\n\n");
        Kind prev = null;
        for (Block b : s.blocks()) {
            if (prev == Kind.BULLET && b.kind() != Kind.BULLET) {
                sb.append('\n');
            }
            switch (b.kind()) {
                case HEADING -> sb.append("## ").append(b.text()).append("\n\n");
                case BULLET -> sb.append("- ").append(b.text()).append('\n');
                case PARAGRAPH -> sb.append(b.text()).append("\n\n");
            }
            prev = b.kind();
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private static List<String> wrap(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +", -1)) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(indent);
            }
            if (!line.isEmpty() && !line.toString().equals(indent)) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Replaces typographic punctuation with ASCII (the standard 14 fonts only encode WinAnsi, and the
     * e-mails are 7bit); any other non-ASCII letter is reduced to its base letter where possible.
     */
    static String ascii(String s) {
        String t = s.replace('\u2018', '\'')
                .replace('\u2019', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replace("\u2014", "--")
                .replace('\u2013', '-')
                .replace("\u2026", "...")
                .replace('\u00A0', ' ');
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            sb.append(c < 128 ? c : '?');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- PDF

    static byte[] pdf(Source s) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(ascii(s.title()));
            info.setAuthor(ascii(s.author()));
            info.setCreator("briefings SampleCorpusWriter");
            info.setProducer("Apache PDFBox");
            Calendar cal = calendar(s.date());
            info.setCreationDate(cal);
            info.setModificationDate(cal);
            if (s.fields().containsKey("subject")) {
                info.setSubject(ascii(s.fields().get("subject")));
            }
            // A fixed document ID: without one PDFBox derives it from the clock.
            byte[] id = sha256(s.fileName()).clone();
            COSArray ids = new COSArray();
            ids.add(new COSString(Arrays.copyOf(id, 16)));
            ids.add(new COSString(Arrays.copyOf(id, 16)));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);

            PdfCursor c = new PdfCursor(doc);
            c.text(ascii(s.title()), bold, 16f, 21f, 0f);
            c.gap(6f);
            for (Block b : s.blocks()) {
                switch (b.kind()) {
                    case HEADING -> {
                        c.gap(4f);
                        c.text(ascii(b.text()), bold, 12f, 16f, 0f);
                        c.gap(2f);
                    }
                    case BULLET -> c.text("- " + ascii(b.text()), regular, BODY_SIZE, LEADING, 10f);
                    case PARAGRAPH -> {
                        c.text(ascii(b.text()), regular, BODY_SIZE, LEADING, 0f);
                        c.gap(6f);
                    }
                }
            }
            c.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes, CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        }
    }

    /** Lays out wrapped lines top to bottom, starting new A4 pages as needed. */
    private static final class PdfCursor {
        private final PDDocument doc;
        private PDPageContentStream stream;
        private float y;

        PdfCursor(PDDocument doc) {
            this.doc = doc;
        }

        void text(String text, PDType1Font font, float size, float leading, float indent) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            for (String line : fit(text, font, size, width)) {
                if (stream == null || y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN + indent, y);
                stream.showText(line);
                stream.endText();
            }
        }

        void gap(float points) {
            y -= points;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        private static List<String> fit(String text, PDType1Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String word : text.split(" +", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000f * size > width) {
                    lines.add(line);
                    line = word;
                } else {
                    line = candidate;
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }
    }

    private static Calendar calendar(OffsetDateTime t) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        cal.clear();
        cal.setTimeInMillis(t.toInstant().toEpochMilli());
        return cal;
    }

    // ---------------------------------------------------------------- DOCX

    static byte[] docx(Source s) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            Date date = Date.from(s.date().toInstant());
            core.setTitle(s.title());
            core.setCreator(s.author());
            core.setLastModifiedByUser(s.author());
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            if (s.fields().containsKey("subject")) {
                core.setSubjectProperty(s.fields().get("subject"));
            }

            XWPFParagraph title = doc.createParagraph();
            XWPFRun tr = title.createRun();
            tr.setBold(true);
            tr.setFontSize(16);
            tr.setText(s.title());
            for (Block b : s.blocks()) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun r = p.createRun();
                switch (b.kind()) {
                    case HEADING -> {
                        r.setBold(true);
                        r.setFontSize(13);
                        r.setText(b.text());
                    }
                    case BULLET -> {
                        p.setIndentationLeft(360);
                        r.setText("\u2022 " + b.text());
                    }
                    case PARAGRAPH -> r.setText(b.text());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return restore(bytes.toByteArray());
        }
    }

    /**
     * Rewrites a zip (POI's DOCX) with the same entries in the same order, stored, at a fixed time:
     * POI stamps each part with the clock and compresses with whatever zlib the JDK has.
     */
    private static byte[] restore(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return storedZip(entries);
    }

    private static byte[] storedZip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry ze = new ZipEntry(e.getKey());
                ze.setMethod(ZipEntry.STORED);
                ze.setTimeLocal(ZIP_ENTRY_TIME);
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                ze.setCrc(crc.getValue());
                ze.setSize(e.getValue().length);
                ze.setCompressedSize(e.getValue().length);
                out.putNextEntry(ze);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    // ---------------------------------------------------------------- ZIP

    static byte[] zip(List<Source> members) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        for (Source s : members) {
            String type = s.require("type").toLowerCase(Locale.ROOT);
            String text = switch (type) {
                case "txt" -> plainText(s, 78);
                case "md" -> markdown(s);
                default -> throw new IllegalArgumentException(s.fileName() + ": zip entries are txt or md");
            };
            entries.put(s.stem() + "." + type, text.getBytes(StandardCharsets.UTF_8));
        }
        return storedZip(entries);
    }

    // ---------------------------------------------------------------- EML

    private static final DateTimeFormatter RFC_5322 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    static byte[] eml(Source s, Source attachment) throws IOException {
        String type = attachment.require("type").toLowerCase(Locale.ROOT);
        byte[] attBytes;
        String mime;
        switch (type) {
            case "txt" -> {
                attBytes = plainText(attachment, 76).getBytes(StandardCharsets.UTF_8);
                mime = "text/plain; charset=UTF-8";
            }
            case "docx" -> {
                attBytes = docx(attachment);
                mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            default -> throw new IllegalArgumentException(attachment.fileName() + ": attachments are txt or docx");
        }
        String attName = attachment.stem() + "." + type;
        String hash = hex(sha256(s.fileName())).substring(0, 24);
        String boundary = "----=_briefings_" + hash;
        String crlf = "\r\n";

        StringBuilder m = new StringBuilder();
        m.append("From: ").append(s.require("from")).append(crlf);
        m.append("To: ").append(s.require("to")).append(crlf);
        m.append("Subject: ")
                .append(ascii(s.fields().getOrDefault("subject", s.title())))
                .append(crlf);
        m.append("Date: ").append(RFC_5322.format(s.date())).append(crlf);
        m.append("Message-ID: <").append(hash).append("@briefings.example>").append(crlf);
        m.append("MIME-Version: 1.0").append(crlf);
        m.append("Content-Type: multipart/mixed; boundary=\"")
                .append(boundary)
                .append('"')
                .append(crlf);
        m.append(crlf);
        m.append("This is a multi-part message in MIME format.").append(crlf);
        m.append(crlf).append("--").append(boundary).append(crlf);
        m.append("Content-Type: text/plain; charset=US-ASCII; format=fixed").append(crlf);
        m.append("Content-Transfer-Encoding: 7bit").append(crlf);
        m.append(crlf);
        m.append(plainText(s, 72).replace("\n", crlf));
        m.append(crlf).append("--").append(boundary).append(crlf);
        m.append("Content-Type: ")
                .append(mime)
                .append("; name=\"")
                .append(attName)
                .append('"')
                .append(crlf);
        m.append("Content-Transfer-Encoding: base64").append(crlf);
        m.append("Content-Disposition: attachment; filename=\"")
                .append(attName)
                .append('"')
                .append(crlf);
        m.append(crlf);
        m.append(Base64.getMimeEncoder(76, crlf.getBytes(StandardCharsets.US_ASCII))
                .encodeToString(attBytes));
        m.append(crlf);
        m.append(crlf).append("--").append(boundary).append("--").append(crlf);
        return m.toString().getBytes(StandardCharsets.US_ASCII);
    }

    // ---------------------------------------------------------------- helpers

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * One briefing text in three wrappers, for copy-detection tests: {@code pdf}, {@code docx} and
     * {@code eml} (a plain e-mail whose body is the text) -> bytes. Paragraphs are separated by blank
     * lines.
     */
    public static Map<String, byte[]> wrappers(String name, String title, LocalDate date, String body)
            throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("date", date.toString());
        fields.put("format", "pdf");
        List<Block> blocks = new ArrayList<>();
        for (String para : body.split("\n\\s*\n", -1)) {
            String text = para.strip().replaceAll("\\s*\n\\s*", " ");
            if (!text.isEmpty()) {
                blocks.add(new Block(Kind.PARAGRAPH, text));
            }
        }
        Source s = new Source(name + ".txt", fields, blocks);
        String crlf = "\r\n";
        String mail = "From: Desk <desk@briefings.example>" + crlf + "To: analysts@briefings.example" + crlf
                + "Subject: " + ascii(title) + crlf + "Date: " + RFC_5322.format(s.date()) + crlf
                + "MIME-Version: 1.0" + crlf + "Content-Type: text/plain; charset=UTF-8" + crlf + crlf
                + plainText(s, 72).replace("\n", crlf);
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("pdf", pdf(s));
        out.put("docx", docx(s));
        out.put("eml", mail.getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private SampleCorpusWriter() {}
}
