package org.briefings.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an interval option such as {@code serve --rescan-interval}: a whole number with a unit
 * ({@code 90s}, {@code 5m}, {@code 1h}), a bare number of seconds, or {@code 0} / {@code off} for
 * none (zero). Anything else is refused with the forms it takes, rather than guessed at.
 */
final class IntervalConverter implements ITypeConverter<Duration> {

    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,9})\\s*(s|m|h)?");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    /** The interval written in {@code value}; zero for {@code 0} or {@code off}. */
    static Duration parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("off")) {
            return Duration.ZERO;
        }
        Matcher m = INTERVAL.matcher(v);
        if (!m.matches()) {
            throw new TypeConversionException("'" + value
                    + "' is not an interval: give a whole number with s, m or h (90s, 5m, 1h), or 0 or off for none");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "h" -> Duration.ofHours(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
