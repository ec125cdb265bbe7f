package org.briefings.enrich.date;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefings.DateMention;
import org.briefings.DatePrecision;
import org.briefings.ExtractedText;
import org.briefings.PublicationDate;
import org.briefings.enrich.text.Words;

/**
 * Decides when a briefing was published, and says how it knows.
 *
 * <p>Order of evidence, strongest first:
 * <ol>
 *   <li>Metadata that states publication: HTML {@code article:published_time} and friends,
 *       {@code dc:date}, an e-mail's sent date ({@code Message:Raw-Header:Date}, or
 *       {@code dcterms:created} of a message).</li>
 *   <li>A header line in the first 40 lines of text: "Publication Date: 12 March 2021",
 *       "Updated April 10, 2026", "Published: ...", "Date: ...", or a line that is only a date
 *       near the top (CRS reports put "April 14, 2026" under the title).</li>
 *   <li>A dateline opening the text: "SEOUL, March 3, 2021 —". A dateline without a year
 *       ("TOKYO, April 13 -") keeps its month and day and takes its year from the file's metadata,
 *       a full date in the text or the file name ({@link DatelineYear}).</li>
 *   <li>Creation metadata ({@code dcterms:created}, {@code meta:creation-date},
 *       {@code pdf:docinfo:created}, {@code xmp:CreateDate}). It comes after the text because a
 *       file's creation is often its conversion, not its publication: a CRS PDF says "Updated
 *       April 15, 2026" on its first page and was created on April 17. Creation dates that cannot
 *       be publication dates are discarded: after the ingest time, before 1985, or tool
 *       defaults (1970-01-01, 1904-01-01).</li>
 *   <li>A date in the file name or its folder: {@code 2023-06-14-...}, {@code 20230614},
 *       {@code AGO_79_2024.txt} ({@link FileNameDates}).</li>
 * </ol>
 * Without any of these the briefing is undated. The ingest day is never taken for a publication
 * date: it would put every old story saved today on today's bar of the timeline and inside
 * today's date filters.
 *
 * <p>Modification dates ({@code dcterms:modified}, {@code Last-Modified}, the file's mtime) are
 * never the publication date: they say when a file was touched, not when it was published. They
 * may only give a yearless dateline its year.
 */
public final class PublicationDateFinder {

    private static final List<String> PUBLISHED_KEYS = List.of(
            "article:published_time",
            "og:article:published_time",
            "article:published",
            "published_time",
            "pubdate",
            "publishdate",
            "publish-date",
            "publication_date",
            "citation_publication_date",
            "citation_date",
            "dc:date",
            "DC.date",
            "DC.date.issued",
            "dcterms:issued",
            "date",
            "Message:Raw-Header:Date");

    private static final List<String> CREATED_KEYS = List.of(
            "dcterms:created",
            "meta:creation-date",
            "pdf:docinfo:created",
            "xmp:CreateDate",
            "Creation-Date",
            "created");

    /** What may stand beside a date in a line that is only a date, compiled once. */
    private static final Pattern DATE_PUNCTUATION = Pattern.compile("[\\s,.;:()\\-\u2013\u2014|*_]");

    static final Pattern HEADER = Pattern.compile(
            "(?i)^[\\s*_#|>]*(publication date|date of publication|date published|published on|published|"
                    + "publish date|first published|posted on|posted|last updated|updated on|updated|issued|released|"
                    + "date issued|dated|date|as of)\\b[\\s*_|:,-]*(?:on\\s+)?(.{4,60})$");

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[A-Z][A-Z.'\\- ]{2,40}(?:,\\s*[A-Za-z.' ]{2,30})?,\\s+(.{6,30}?)\\s*[-\u2013\u2014(]");

    private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)");

    private static final int HEADER_LINES = 40;

    private final DateMentionTagger dates = new DateMentionTagger();
    private final DatelineYear datelineYear = new DatelineYear(dates);

    /**
     * The publication date of one extracted document.
     *
     * @param extracted  what extraction gave (metadata, media type, source path)
     * @param body       the text to read header lines from; the extracted text when null
     * @param ingestTime when the document was ingested: no publication date can be later
     * @return the publication date, or empty when the briefing is undated
     */
    public Optional<PublicationDate> find(ExtractedText extracted, String body, Instant ingestTime) {
        String text = body != null ? body : extracted.text();
        LocalDate ingestDay = LocalDate.ofInstant(ingestTime, ZoneOffset.UTC);
        boolean mail = extracted.mediaType().startsWith("message/")
                || extracted.mediaType().contains("outlook");
        boolean html = extracted.mediaType().contains("html");

        for (String key : PUBLISHED_KEYS) {
            LocalDate d = metadataDate(extracted.meta(key));
            if (d != null && plausible(d, ingestDay)) {
                return Optional.of(new PublicationDate(
                        d,
                        DatePrecision.DAY,
                        html ? PublicationDate.SOURCE_HTML_META : PublicationDate.SOURCE_METADATA));
            }
        }
        if (mail) {
            LocalDate d = metadataDate(extracted.meta("dcterms:created"));
            if (d != null && plausible(d, ingestDay)) {
                return Optional.of(new PublicationDate(d, DatePrecision.DAY, PublicationDate.SOURCE_METADATA));
            }
        }
        PublicationDate header = fromHeader(text, ingestDay);
        if (header != null) {
            return Optional.of(header);
        }
        Optional<PublicationDate> dateline = fromDateline(extracted, text, ingestDay);
        if (dateline.isPresent()) {
            return dateline;
        }
        for (String key : CREATED_KEYS) {
            LocalDate d = metadataDate(extracted.meta(key));
            if (d != null && plausible(d, ingestDay)) {
                return Optional.of(new PublicationDate(d, DatePrecision.DAY, PublicationDate.SOURCE_METADATA));
            }
        }
        return FileNameDates.find(extracted.sourcePath(), ingestDay);
    }

    /** A date at least as old as 1985 and not after the ingest day (plus a day for time zones). */
    static boolean plausible(LocalDate d, LocalDate ingestDay) {
        return d.getYear() >= 1985
                && !d.isAfter(ingestDay.plusDays(1))
                && !d.equals(LocalDate.of(1970, 1, 1))
                && !d.equals(LocalDate.of(1904, 1, 1));
    }

    /** Text may name old dates (an archive of 1979 cables), but not future ones. */
    private static boolean plausibleText(LocalDate d, LocalDate ingestDay) {
        return d.getYear() >= 1800 && !d.isAfter(ingestDay.plusDays(1));
    }

    /** ISO instants and dates, offsets kept as written, and RFC 1123 e-mail dates. */
    static LocalDate metadataDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeException e) {
            // next format
        }
        try {
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeException e) {
            // next format
        }
        if (v.length() >= 10) {
            try {
                return LocalDate.parse(v.substring(0, 10));
            } catch (DateTimeException e) {
                // next format
            }
        }
        try {
            return ZonedDateTime.parse(v.replaceAll("\\s*\\([^)]*\\)$", ""), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private PublicationDate fromHeader(String text, LocalDate ingestDay) {
        int lines = 0;
        int contentLines = 0;
        int pos = 0;
        while (pos < text.length() && lines < HEADER_LINES) {
            int nl = text.indexOf('\n', pos);
            String line = (nl < 0 ? text.substring(pos) : text.substring(pos, nl)).strip();
            pos = nl < 0 ? text.length() : nl + 1;
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            Matcher m = mayBeHeader(line) ? HEADER.matcher(line) : null;
            if (m != null && m.matches()) {
                PublicationDate d = parseDate(m.group(2), ingestDay, PublicationDate.SOURCE_HEADER, true);
                if (d != null) {
                    return d;
                }
            }
            // a line that is only a date, near the top ("April 14, 2026" under a title)
            if (contentLines < 12 && line.length() <= 40) {
                PublicationDate d = parseDate(line, ingestDay, PublicationDate.SOURCE_HEADER, false);
                if (d != null && d.precision() == DatePrecision.DAY) {
                    return d;
                }
            }
            // a byline that ends with a full date ("Korea Desk, 17 June 2020"), near the top
            if (contentLines < 12 && line.length() <= 80) {
                String plain = line.replace("*", "").replace("_", "").strip();
                Matcher b = mayBeBylineDate(plain) ? BYLINE_DATE.matcher(plain) : null;
                if (b != null && b.matches()) {
                    PublicationDate d = parseDate(b.group(1), ingestDay, PublicationDate.SOURCE_HEADER, false);
                    if (d != null && d.precision() == DatePrecision.DAY) {
                        return d;
                    }
                }
            }
            contentLines++;
        }
        return null;
    }

    /** A short byline (a few words, a comma or dash) closed by a date. */
    static final Pattern BYLINE_DATE =
            Pattern.compile("^[\\p{L}][\\p{L}.'&\\- ]{1,50}\\s*[,\u2013\u2014|-]\\s*(.{6,30})$");

    /** The first letters of {@link #HEADER}'s labels, either case (its case folding is ASCII). */
    private static final String HEADER_OPENINGS = "pdfluiraPDFLUIRA";

    /**
     * False where {@link #HEADER} cannot match {@code line}: the first character after the
     * marks it allows ({@code [\\s*_#|>]*}) must open one of its labels. Most lines of a head
     * are prose and fail here, before the expression tries its eighteen labels on them
     * (HeaderPrefiltersTest holds this to the expression).
     */
    static boolean mayBeHeader(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && isHeaderMark(line.charAt(i))) {
            i++;
        }
        return i < n && HEADER_OPENINGS.indexOf(line.charAt(i)) >= 0;
    }

    private static boolean isHeaderMark(char c) {
        return Words.isRegexSpace(c) || c == '*' || c == '_' || c == '#' || c == '|' || c == '>';
    }

    /**
     * False where {@link #BYLINE_DATE} cannot match {@code line}: it must open with a letter and
     * a run of the byline's characters, and its separator must come inside that run (a hyphen)
     * or right after it and any white space, with a date's length of text after it. The
     * expression backtracks through every length of the run before it fails, on most short lines
     * of a head (HeaderPrefiltersTest holds this to the expression).
     */
    static boolean mayBeBylineDate(String line) {
        int n = line.length();
        if (n == 0 || !Character.isLetter(line.codePointAt(0))) {
            return false;
        }
        int i = Character.charCount(line.codePointAt(0));
        int run = 0;
        while (i < n && run < 50) {
            int c = line.codePointAt(i);
            if (!(Character.isLetter(c) || c == '.' || c == '\'' || c == '&' || c == '-' || c == ' ')) {
                break;
            }
            if (c == '-' && run > 0 && tailFits(line, i)) {
                return true; // a hyphen after at least one of the run's characters may be the separator
            }
            i += Character.charCount(c);
            run++;
        }
        if (run == 0) {
            return false;
        }
        while (i < n && Words.isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (i >= n) {
            return false;
        }
        char c = line.charAt(i);
        return (c == ',' || c == '\u2013' || c == '\u2014' || c == '|' || c == '-') && tailFits(line, i);
    }

    /**
     * Whether what follows a separator at {@code at} can be the byline's date, {@code \\s*(.{6,30})$}:
     * at least 6 characters after it, and at most 30 once all the white space opening them is
     * left out (a byline is short; a sentence with a comma runs on).
     */
    private static boolean tailFits(String line, int at) {
        int n = line.length();
        int start = at + 1;
        if (line.codePointCount(start, n) < 6) {
            return false;
        }
        while (start < n && Words.isRegexSpace(line.charAt(start))) {
            start++;
        }
        return line.codePointCount(start, n) <= 30;
    }

    private Optional<PublicationDate> fromDateline(ExtractedText extracted, String text, LocalDate ingestDay) {
        String head = text.strip();
        head = head.substring(0, Math.min(head.length(), 1500));
        // the dateline opens the story: the first line, or the first after a title and header lines
        int pos = 0;
        for (int line = 0; line < 6 && pos < head.length(); line++) {
            int nl = head.indexOf('\n', pos);
            String rest = head.substring(pos, Math.min(head.length(), pos + 300));
            Matcher m = DATELINE.matcher(rest);
            if (m.find()) {
                PublicationDate d = parseDate(m.group(1), ingestDay, PublicationDate.SOURCE_DATELINE, true);
                return d != null ? Optional.of(d) : yearless(m.group(1), text, extracted, ingestDay);
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
            while (pos < head.length() && head.charAt(pos) == '\n') {
                pos++;
            }
        }
        return Optional.empty();
    }

    /** A dateline's "April 13" with the year {@link DatelineYear} finds for it. */
    private Optional<PublicationDate> yearless(
            String datelineDate, String text, ExtractedText extracted, LocalDate ingestDay) {
        // any reference resolves a yearless day; only its month and day are kept
        List<DateMention> yearless = dates.tag(datelineDate, LocalDate.of(2000, 6, 15));
        if (yearless.isEmpty() || yearless.get(0).precision() != DatePrecision.DAY) {
            return Optional.empty();
        }
        LocalDate md = yearless.get(0).start();
        return datelineYear.resolve(md.getMonthValue(), md.getDayOfMonth(), text, extracted, ingestDay);
    }

    /**
     * The first absolute date in a short string. With {@code anywhere} false the date must make
     * up the whole string (a date line, not a sentence with a date in it).
     */
    PublicationDate parseDate(String s, LocalDate ingestDay, String source, boolean anywhere) {
        Matcher sl = SLASHED.matcher(s);
        if (sl.find() && (anywhere || (sl.start() == 0 && sl.end() >= s.strip().length() - 1))) {
            int a = Integer.parseInt(sl.group(1));
            int b = Integer.parseInt(sl.group(2));
            int y = Integer.parseInt(sl.group(3));
            // US order unless the first number cannot be a month
            int month = a <= 12 ? a : b;
            int day = a <= 12 ? b : a;
            try {
                LocalDate d = LocalDate.of(y, month, day);
                return plausibleText(d, ingestDay) ? new PublicationDate(d, DatePrecision.DAY, source) : null;
            } catch (DateTimeException e) {
                return null;
            }
        }
        for (DateMention m : dates.tag(s, null)) {
            if (m.relative() || m.precision() == DatePrecision.DECADE) {
                continue;
            }
            if (!anywhere) {
                String rest = DATE_PUNCTUATION
                        .matcher(s.substring(0, m.span().start())
                                + s.substring(m.span().end()))
                        .replaceAll("");
                if (!rest.isEmpty()) {
                    return null;
                }
            }
            if (!plausibleText(m.start(), ingestDay)) {
                return null;
            }
            return new PublicationDate(m.start(), m.precision(), source);
        }
        return null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
