package org.briefings.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefings.ExtractedText;
import org.briefings.PublicationDate;
import org.briefings.enrich.StructureReader;
import org.briefings.enrich.TitleFinder;
import org.briefings.enrich.date.PublicationDateFinder;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.IngestException;

/**
 * Publication date and title of real PDFs: the Congressional Research Service reports under
 * {@code crs-reports/pdf/} are extracted with the production {@link Extractor}, their date found
 * with {@link PublicationDateFinder} and their title with {@link TitleFinder}, and both compared
 * with the header of the Markdown edition of the same report and version
 * ({@code crs-reports/markdown/}: "# Title" and "Publication Date: MM/DD/YYYY").
 *
 * <p>PDF and Markdown are paired by report number and version ({@code IF10491.14.pdf} with
 * {@code IF10491v14-...md}; a PDF without a version pairs with the only Markdown of its number).
 * A PDF with no Markdown partner is counted as unpaired, not scored. Titles are compared after
 * folding case, whitespace and punctuation. The StructureReader's title is reported beside
 * TitleFinder's for comparison. The ingest time passed is far after the corpus (so the fallback is
 * visible as a miss, never a lucky hit).
 */
public final class CrsDateTitleEval implements EvalSuite {

    static final String NAME = "crs-date-title";

    private static final Pattern MD_NAME = Pattern.compile("^([A-Z]*\\d+)(?:v(\\d+))?-.*\\.md$");
    private static final Pattern PDF_NAME = Pattern.compile("^([A-Z]*[\\d-]+?)(?:\\.(\\d+)|v(\\d+)-.*)?\\.pdf$");
    private static final Pattern MD_DATE =
            Pattern.compile("Publication Date:\\**\\s*\\|?\\s*(\\d{2})/(\\d{2})/(\\d{4})");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String dataFolder() {
        return "crs-reports";
    }

    /** What one PDF gave and what its Markdown says. */
    public record Row(
            String pdf,
            LocalDate expectedDate,
            PublicationDate foundDate,
            String expectedTitle,
            String foundTitle,
            String structureTitle,
            LocalDate createdDate) {
        boolean dateOk() {
            return expectedDate != null && foundDate != null && expectedDate.equals(foundDate.date());
        }

        boolean titleOk() {
            return expectedTitle != null
                    && foundTitle != null
                    && TitleFinder.normalise(expectedTitle).equals(TitleFinder.normalise(foundTitle));
        }

        boolean structureTitleOk() {
            return expectedTitle != null
                    && structureTitle != null
                    && TitleFinder.normalise(expectedTitle).equals(TitleFinder.normalise(structureTitle));
        }
    }

    @Override
    public List<Score> run(Path dataRoot) throws IOException {
        List<Row> rows = new ArrayList<>();
        int[] unpaired = {0};
        int pdfs = measure(dataRoot, rows, unpaired);
        int n = rows.size();
        long dates = rows.stream().filter(Row::dateOk).count();
        long titles = rows.stream().filter(Row::titleOk).count();
        long structure = rows.stream().filter(Row::structureTitleOk).count();
        long fromText = rows.stream()
                .filter(r -> r.foundDate() != null && !r.foundDate().source().equals(PublicationDate.SOURCE_METADATA))
                .count();
        long created = rows.stream()
                .filter(r -> r.createdDate() != null && r.createdDate().equals(r.expectedDate()))
                .count();
        List<Score> scores = new ArrayList<>();
        scores.add(Score.gated(
                NAME,
                "date.accuracy",
                ratio(dates, n),
                0.97,
                dates + "/" + n + " paired PDFs (" + pdfs + " PDFs, " + unpaired[0]
                        + " without Markdown); target 0.95"));
        scores.add(Score.gated(
                NAME,
                "title.accuracy",
                ratio(titles, n),
                0.97,
                titles + "/" + n + " TitleFinder titles equal after folding case/space/punctuation; target 0.90"));
        scores.add(Score.reported(
                NAME,
                "title.structure-reader",
                ratio(structure, n),
                structure + "/" + n + " StructureReader titles, for comparison"));
        scores.add(Score.reported(
                NAME,
                "date.from-text",
                ratio(fromText, n),
                "share of dates taken from the text (header/dateline) rather than metadata"));
        scores.add(Score.reported(
                NAME,
                "date.creation-metadata",
                ratio(created, n),
                created + "/" + n
                        + " PDF dcterms:created equal to the publication date (why the text header comes first)"));
        return scores;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** Extracts every PDF and fills rows; returns the number of PDFs seen. */
    public static int measure(Path dataRoot, List<Row> rows, int[] unpaired) throws IOException {
        Path root = dataRoot.resolve("crs-reports");
        Map<String, List<Path>> markdownByNumber = new HashMap<>();
        try (Stream<Path> s = Files.walk(root.resolve("markdown"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Matcher m = MD_NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    markdownByNumber
                            .computeIfAbsent(m.group(1), k -> new ArrayList<>())
                            .add(p);
                }
            }
        }
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(root.resolve("pdf"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        Extractor extractor = new Extractor();
        PublicationDateFinder dates = new PublicationDateFinder();
        TitleFinder titles = new TitleFinder();
        StructureReader structure = new StructureReader();
        Instant ingest = Instant.parse("2030-01-01T00:00:00Z");
        for (Path pdf : pdfs) {
            Path md = partner(pdf.getFileName().toString(), markdownByNumber);
            if (md == null) {
                unpaired[0]++;
                continue;
            }
            String markdown = Files.readString(md, StandardCharsets.UTF_8);
            String expectedTitle = markdown.lines()
                    .findFirst()
                    .orElse("")
                    .replaceFirst("^#+\\s*", "")
                    .strip();
            Matcher dm = MD_DATE.matcher(markdown);
            LocalDate expectedDate = dm.find()
                    ? LocalDate.of(
                            Integer.parseInt(dm.group(3)), Integer.parseInt(dm.group(1)), Integer.parseInt(dm.group(2)))
                    : null;
            ExtractedText doc;
            try {
                Extraction e = extractor.extract(pdf, root.relativize(pdf).toString(), "crs");
                doc = e.documents().isEmpty() ? null : e.documents().get(0);
            } catch (IngestException e) {
                doc = null;
            }
            if (doc == null) {
                rows.add(new Row(pdf.getFileName().toString(), expectedDate, null, expectedTitle, null, null, null));
                continue;
            }
            rows.add(new Row(
                    pdf.getFileName().toString(),
                    expectedDate,
                    dates.find(doc, doc.text(), ingest).orElse(null),
                    expectedTitle,
                    titles.find(doc, doc.text()),
                    structure.read(doc).title(),
                    created(doc)));
        }
        return pdfs.size();
    }

    private static LocalDate created(ExtractedText doc) {
        String v = doc.meta("dcterms:created");
        try {
            return v == null ? null : java.time.OffsetDateTime.parse(v).toLocalDate();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static Path partner(String pdfName, Map<String, List<Path>> markdownByNumber) {
        Matcher m = PDF_NAME.matcher(pdfName);
        if (!m.matches()) {
            return null;
        }
        String number = m.group(1).replace("-", "");
        String version = m.group(2) != null ? m.group(2) : m.group(3);
        List<Path> candidates = markdownByNumber.getOrDefault(number, List.of());
        if (version == null) {
            return candidates.size() == 1 ? candidates.get(0) : null;
        }
        for (Path p : candidates) {
            Matcher mm = MD_NAME.matcher(p.getFileName().toString());
            if (mm.matches() && version.equals(mm.group(2))) {
                return p;
            }
        }
        // a Markdown without a version ("98317-types-of-committee-hearings.md") pairs when it is the only one
        if (candidates.size() == 1) {
            Matcher mm = MD_NAME.matcher(candidates.get(0).getFileName().toString());
            if (mm.matches() && mm.group(2) == null) {
                return candidates.get(0);
            }
        }
        return null;
    }

    /** Prints every row and the misses: {@code CrsDateTitleEval <dataRoot>}. */
    public static void main(String[] args) throws IOException {
        List<Row> rows = new ArrayList<>();
        int[] unpaired = {0};
        int n = measure(Path.of(args[0]), rows, unpaired);
        for (Row r : rows) {
            System.out.printf(
                    Locale.ROOT,
                    "%s %s %s date=%s found=%s%n  title %s%n    want %s%n    got  %s%n    sr   %s%n",
                    r.dateOk() ? "D+" : "D-",
                    r.titleOk() ? "T+" : "T-",
                    r.pdf(),
                    r.expectedDate(),
                    r.foundDate(),
                    r.titleOk() ? "ok" : "MISS",
                    r.expectedTitle(),
                    r.foundTitle(),
                    r.structureTitle());
        }
        System.out.printf(
                Locale.ROOT,
                "pdfs %d paired %d unpaired %d dates %d titles %d sr %d%n",
                n,
                rows.size(),
                unpaired[0],
                rows.stream().filter(Row::dateOk).count(),
                rows.stream().filter(Row::titleOk).count(),
                rows.stream().filter(Row::structureTitleOk).count());
    }
}
