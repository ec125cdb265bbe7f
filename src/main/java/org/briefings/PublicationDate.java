package org.briefings;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a briefing was published, how precisely that is known and where it came from, so that
 * the API can say "April 2019 (from the dateline)" instead of pretending to a day. A briefing
 * with no evidence of publication has none (it is undated): the day it was ingested is not a
 * publication date, and is kept apart as {@link Briefing#ingestedAt()}.
 *
 * @param date      the first day of the known period (2019-04-01 for "April 2019")
 * @param precision day, month or year
 * @param source    where it was found, one of the {@code SOURCE_*} constants
 */
public record PublicationDate(LocalDate date, DatePrecision precision, String source) {
    public static final String SOURCE_METADATA = "metadata";
    public static final String SOURCE_HTML_META = "html-meta";
    public static final String SOURCE_HEADER = "header";
    /** A dateline with its year, or a yearless one whose day the text writes in full (a byline). */
    public static final String SOURCE_DATELINE = "dateline";
    /** Month and day from a yearless dateline, year from the file's creation or modification metadata. */
    public static final String SOURCE_DATELINE_METADATA = "dateline+metadata";
    /** Month and day from a yearless dateline, year from another full date in the text. */
    public static final String SOURCE_DATELINE_TEXT = "dateline+text";
    /** Month and day from a yearless dateline, year from the file name or its folder. */
    public static final String SOURCE_DATELINE_FILE_NAME = "dateline+file-name";

    public static final String SOURCE_TEXT = "text";
    public static final String SOURCE_FILE_NAME = "file-name";

    public PublicationDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(source, "source");
    }

    /** The date written at its precision: {@code 2019}, {@code 2019-04} or {@code 2019-04-11}. */
    public String display() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
            case DECADE -> (date.getYear() / 10 * 10) + "s";
        };
    }
}
