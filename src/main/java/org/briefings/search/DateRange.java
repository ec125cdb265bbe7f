package org.briefings.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates people give filters: a year ({@code 2019}), a month ({@code 2019-04}) or a day
 * ({@code 2019-04-11}). As a lower bound a date means its first day; as an upper bound its last,
 * so {@code from=2019&to=2019} is all of 2019.
 */
public final class DateRange {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    /** First day of the period written. */
    public static LocalDate start(String parameter, String value) {
        return parse(parameter, value, true);
    }

    /** Last day of the period written. */
    public static LocalDate end(String parameter, String value) {
        return parse(parameter, value, false);
    }

    private static LocalDate parse(String parameter, String value, boolean start) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            throw new InvalidRequestException(
                    parameter,
                    "'" + value + "' is not a date; use a year (2019), a month (2019-04) or a day (2019-04-11)");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                YearMonth ym = YearMonth.of(year, month);
                return start ? ym.atDay(1) : ym.atEndOfMonth();
            }
            return LocalDate.of(year, month, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new InvalidRequestException(parameter, "'" + value + "' is not a valid date: " + e.getMessage());
        }
    }

    private DateRange() {}
}
