package org.briefings.enrich.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefings.DatePrecision;
import org.briefings.PublicationDate;

/**
 * Dates that a file's name or its folder carries: {@code 2019-06-03-desk-note.eml} (day),
 * {@code budget-2019-06.pdf} (month), {@code AGO_79_2024.txt} or {@code Session 79 - 2024/}
 * (year). People and archives name files after when they were written, so this is evidence of
 * publication when the file says nothing better; it is a general rule, not one for a data set.
 *
 * <p>A year counts only as a token of its own (between non-alphanumerics: {@code _2024.},
 * {@code - 2024/}), so an id such as {@code R12024} is not a year, and only from 1900 to the year
 * after ingest. The file name wins over its folder; within one name the finest date wins, and of
 * several years the latest (a file named for 2019-2020 cannot predate 2020).
 *
 * <p>The folder is not read for uploads: the engine files them under {@code uploads/YYYY-MM/},
 * which says when they arrived, not when they were written.
 */
final class FileNameDates {

    private static final Pattern DAY =
            Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\\d|3[01])(?!\\d)");

    private static final Pattern MONTH =
            Pattern.compile("(?<![\\p{Alnum}])((?:19|20)\\d{2})-(0[1-9]|1[0-2])(?![\\p{Alnum}])");

    private static final Pattern YEAR = Pattern.compile("(?<![\\p{Alnum}])((?:19|20)\\d{2})(?![\\p{Alnum}])");

    /** The engine's own upload folders: {@code uploads/2026-04/name}. */
    private static final Pattern UPLOAD_FOLDER = Pattern.compile("^uploads/\\d{4}-\\d{2}$");

    private static final int FIRST_YEAR = 1900;

    /** The date the file's name, else its folder, carries, with {@code file-name} as its source. */
    static Optional<PublicationDate> find(String sourcePath, LocalDate ingestDay) {
        if (sourcePath == null || sourcePath.isBlank()) {
            return Optional.empty();
        }
        for (String part : parts(sourcePath)) {
            Optional<PublicationDate> d = inName(part, ingestDay);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The file name, then its folder unless that is an upload folder; an archive counts as a folder. */
    private static List<String> parts(String sourcePath) {
        String path = sourcePath.replace('\\', '/').replace("!/", "/");
        List<String> out = new ArrayList<>();
        int slash = path.lastIndexOf('/');
        out.add(stripExtension(path.substring(slash + 1)));
        if (slash > 0) {
            String folderPath = path.substring(0, slash);
            if (!UPLOAD_FOLDER.matcher(folderPath).matches()) {
                out.add(folderPath.substring(folderPath.lastIndexOf('/') + 1));
            }
        }
        return out;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Optional<PublicationDate> inName(String name, LocalDate ingestDay) {
        Matcher d = DAY.matcher(name);
        while (d.find()) {
            try {
                LocalDate day = LocalDate.of(
                        Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
                if (plausible(day, ingestDay)) {
                    return Optional.of(new PublicationDate(day, DatePrecision.DAY, PublicationDate.SOURCE_FILE_NAME));
                }
            } catch (DateTimeException e) {
                // 2019-02-30: not a date, look on
            }
        }
        Matcher m = MONTH.matcher(name);
        while (m.find()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            if (plausible(first, ingestDay)) {
                return Optional.of(new PublicationDate(first, DatePrecision.MONTH, PublicationDate.SOURCE_FILE_NAME));
            }
        }
        Matcher y = YEAR.matcher(name);
        int latest = 0;
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            if (year >= FIRST_YEAR && year <= ingestDay.getYear() + 1) {
                latest = Math.max(latest, year);
            }
        }
        return latest == 0
                ? Optional.empty()
                : Optional.of(new PublicationDate(
                        LocalDate.of(latest, 1, 1), DatePrecision.YEAR, PublicationDate.SOURCE_FILE_NAME));
    }

    private static boolean plausible(LocalDate d, LocalDate ingestDay) {
        return d.getYear() >= FIRST_YEAR && !d.isAfter(ingestDay.plusDays(1));
    }

    private FileNameDates() {}
}
