package org.briefings.enrich.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefings.DateMention;
import org.briefings.DatePrecision;
import org.briefings.ExtractedText;
import org.briefings.PublicationDate;

/**
 * The year of a dateline that has none ("TOKYO, April 13 - ..."). Wire stories leave it out
 * because the wire's own header carried it, and that header is lost when a story is saved as a
 * file; the month and day are still the best evidence of publication there is, so they are kept
 * and the year is sought, in this order:
 * <ol>
 *   <li>a full date in the text with the dateline's month and day (a byline "13 April 1987"):
 *       {@code dateline}, since the day is then written in full and nothing is inferred;</li>
 *   <li>the file's own metadata, its creation or modification date as the format records it
 *       inside the file (never the file system's mtime, which is when a copy was made):
 *       {@code dateline+metadata};</li>
 *   <li>a full date in the text (day, month and year) from the month before the dateline's day:
 *       news reports what just happened ("said on March 31, 1987" under "April 8"):
 *       {@code dateline+text};</li>
 *   <li>a year in the file name or its folder: {@code dateline+file-name}.</li>
 * </ol>
 * From a date, the year is the one that puts the month and day nearest it: a "December 30" story
 * in a file made on January 5 is from the year before.
 *
 * <p>Dates in the text mislead more often than they help, so they are read strictly (measured
 * on Reuters-21578, where every story has a yearless dateline): dates after the dateline's day,
 * or written as deadlines ("due March 31, 2002", "ending", "until"), are maturities and plans;
 * months and bare years are mostly comparisons ("3,008 tonnes in March 1986"). Of several dates
 * the latest year wins, because a story sets this year's figure beside last year's, and a year is
 * refused when the text names the year after it, since the date found is then most likely last
 * year's comparison. Without any evidence the dateline says nothing: an undated briefing is
 * better than one dated a year wrong.
 */
final class DatelineYear {

    /** Dates the format records inside the file: when it was made, and when it was last saved. */
    private static final List<String> FILE_DATE_KEYS = List.of(
            "dcterms:created",
            "meta:creation-date",
            "pdf:docinfo:created",
            "xmp:CreateDate",
            "Creation-Date",
            "created",
            "dcterms:modified",
            "meta:save-date",
            "pdf:docinfo:modified",
            "xmp:ModifyDate",
            "Last-Modified",
            "modified");

    /** How far before the dateline's day a date in the text may be to give it its year. */
    private static final int RECENT_DAYS = 31;

    /** Words that make the date after them a deadline, a maturity or a plan, not news. */
    private static final Pattern FORWARD = Pattern.compile(
            "(?i)\\b(?:due|matur\\w*|expir\\w*|until|till|through|by|before|ending|redeemable|repayable|effective"
                    + "|will be|scheduled for)(?:\\s+(?:on|in))?\\s*$");

    private final DateMentionTagger dates;

    DatelineYear(DateMentionTagger dates) {
        this.dates = dates;
    }

    /** The year a text's dates give a dateline's day, and whether one of them is that very day. */
    private record FromText(LocalDate date, boolean sameDay) {}

    /**
     * The dateline's day in the year the evidence gives, or empty.
     *
     * @param month     the dateline's month
     * @param day       the dateline's day
     * @param text      the text the dateline opens
     * @param extracted the file's metadata and path
     * @param ingestDay a publication date cannot be after it
     */
    Optional<PublicationDate> resolve(int month, int day, String text, ExtractedText extracted, LocalDate ingestDay) {
        FromText fromText = fromText(month, day, text);
        if (fromText != null && fromText.sameDay()) {
            return dated(fromText.date(), PublicationDate.SOURCE_DATELINE, ingestDay);
        }
        for (String key : FILE_DATE_KEYS) {
            LocalDate d = PublicationDateFinder.metadataDate(extracted.meta(key));
            if (d != null && PublicationDateFinder.plausible(d, ingestDay)) {
                Optional<PublicationDate> p = near(d, month, day, PublicationDate.SOURCE_DATELINE_METADATA, ingestDay);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        if (fromText != null) {
            return dated(fromText.date(), PublicationDate.SOURCE_DATELINE_TEXT, ingestDay);
        }
        return FileNameDates.find(extracted.sourcePath(), ingestDay).flatMap(f -> {
            try {
                return dated(
                        LocalDate.of(f.date().getYear(), month, day),
                        PublicationDate.SOURCE_DATELINE_FILE_NAME,
                        ingestDay);
            } catch (DateTimeException e) {
                return Optional.empty(); // 29 February in a common year
            }
        });
    }

    private FromText fromText(int month, int day, String text) {
        LocalDate best = null;
        boolean sameDay = false;
        for (DateMention dm : dates.tag(text, null)) {
            if (dm.relative()
                    || dm.precision() != DatePrecision.DAY
                    || dm.start().getYear() < 1800) {
                continue;
            }
            String before = text.substring(
                    Math.max(0, dm.span().start() - 30), dm.span().start());
            LocalDate d = DateMentionTagger.nearestYear(dm.start(), month, day);
            long daysBefore = d == null ? -1 : d.toEpochDay() - dm.start().toEpochDay();
            if (daysBefore < 0
                    || daysBefore > RECENT_DAYS
                    || FORWARD.matcher(before).find()) {
                continue;
            }
            if (best == null || d.isAfter(best)) {
                best = d;
                sameDay = daysBefore == 0;
            }
        }
        return best == null || namesYear(text, best.getYear() + 1) ? null : new FromText(best, sameDay);
    }

    private static boolean namesYear(String text, int year) {
        return Pattern.compile("(?<![\\p{Alnum}])" + year + "(?![\\p{Alnum}])")
                .matcher(text)
                .find();
    }

    private static Optional<PublicationDate> near(
            LocalDate anchor, int month, int day, String source, LocalDate ingestDay) {
        LocalDate d = DateMentionTagger.nearestYear(anchor, month, day);
        return d == null ? Optional.empty() : dated(d, source, ingestDay);
    }

    private static Optional<PublicationDate> dated(LocalDate d, String source, LocalDate ingestDay) {
        return d.isAfter(ingestDay.plusDays(1))
                ? Optional.empty()
                : Optional.of(new PublicationDate(d, DatePrecision.DAY, source));
    }
}
