package org.briefings.enrich.country;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefings.enrich.text.Words;

/**
 * Reads how a story opens: the preamble a full document starts with (its title repeated, header
 * lines) and the dateline of a wire story. A dateline names the place the story comes from, so
 * it is read with the whole gazetteer, small cities and state abbreviations included.
 */
final class DatelineReader {

    static final Pattern DATELINE = Pattern.compile("^\\s*([A-Z][A-Za-z.'\\- ]{0,30}?[A-Za-z.])"
            + "(?:\\s*,\\s*([A-Z][A-Za-z.'\\- ]{0,25}?))?"
            + "(?:\\s*,?\\s*\\((?:Reuters|AP|AFP|UPI)\\))?"
            + "(?:\\s*,?\\s*((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}))?"
            + "(?:\\s+[-\\u2013\\u2014]|\\s*[\\u2013\\u2014])");

    private final Gazetteer gazetteer;

    DatelineReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A dateline at the start of a body, resolved to a country. */
    record Dateline(String code, int start, int end) {}

    /**
     * The dateline opening the text at {@code from} (after the title and header lines), or null:
     * "TOKYO, March 3 -", "WASHINGTON —", "PORTLAND, Ore., Feb 26 -" or "Lugano, Switzerland,
     * May 2 -". The place must be in capitals unless a date follows it, which keeps an ordinary
     * first sentence from passing for a dateline.
     */
    Dateline dateline(String body, int from) {
        if (body.length() <= from) {
            return null;
        }
        int to = Math.min(body.length(), from + 160);
        if (!mayOpenWithDateline(body, from, to)) {
            return null;
        }
        Matcher m = DATELINE.matcher(body.substring(from, to));
        if (!m.find()) {
            return null;
        }
        String place = m.group(1).strip();
        String region = m.group(2) == null ? null : m.group(2).strip();
        boolean dated = m.group(3) != null;
        if (!dated && !FormMatcher.allCaps(place)) {
            return null;
        }
        List<String> placeCodes = gazetteer.datelinePlace(place);
        List<String> regionCodes = region == null ? List.of() : gazetteer.datelinePlace(region);
        String code;
        if (region != null && gazetteer.isState(region)) {
            code = "US"; // "ATHENS, Georgia —", "PARIS, Texas —": the American namesake
        } else if (!placeCodes.isEmpty() && !regionCodes.isEmpty()) {
            code = regionCodes.contains(placeCodes.get(0)) ? placeCodes.get(0) : regionCodes.get(0);
        } else if (!regionCodes.isEmpty()) {
            code = regionCodes.get(0);
        } else if (!placeCodes.isEmpty()) {
            code = placeCodes.get(0);
        } else {
            return null;
        }
        int start = from + m.start(1);
        int end = from + (region != null ? m.start(2) + m.group(2).length() : m.end(1));
        return new Dateline(code, start, end);
    }

    /**
     * False where {@link #DATELINE} cannot match at {@code from}: after white space a capital,
     * then only what a dateline is written with (ASCII letters, white space, {@code .'-,()} and
     * digits) up to its closing dash, a hyphen after white space or an en or em dash. An ordinary
     * first sentence fails at its first other character, or never reaches a dash, without the
     * expression trying each length of its lazy place name (DatelinePrefilterTest holds this to the
     * expression).
     */
    static boolean mayOpenWithDateline(String body, int from, int to) {
        int i = from;
        while (i < to && Words.isRegexSpace(body.charAt(i))) {
            i++;
        }
        if (i >= to || body.charAt(i) < 'A' || body.charAt(i) > 'Z') {
            return false;
        }
        for (i++; i < to; i++) {
            char c = body.charAt(i);
            if (c == '\u2013' || c == '\u2014' || (c == '-' && Words.isRegexSpace(body.charAt(i - 1)))) {
                return true;
            }
            boolean datelineChar = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || Words.isRegexSpace(c)
                    || c == '.'
                    || c == '\''
                    || c == '-'
                    || c == ','
                    || c == '('
                    || c == ')';
            if (!datelineChar) {
                return false;
            }
        }
        return false;
    }

    /** Header lines a briefing opens with: they are neither its dateline nor its lead. */
    private static final Pattern HEADER_LINE = Pattern.compile(
            "(?i)^\\s*(#+\\s*)?((publication date|published|updated|date|by|author|from|to|cc|subject|sent|"
                    + "classification|distribution)\\b.{0,120}|[=\\-_*]{3,})\\s*$");

    /**
     * Where the text proper starts: after a first line that repeats the title and after header
     * lines ("Publication Date: ...", "By ..."). Full documents carry their title as the first line
     * of the text; counting it again as the lead and looking for a dateline there would mistake the
     * headline for the story's opening. Wire stories (no repeated title) start at 0.
     */
    static int preamble(String title, String body) {
        String normTitle = normalise(title);
        int pos = 0;
        int limit = Math.min(body.length(), 800);
        while (pos < limit) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            String line = body.substring(pos, end);
            boolean skip = line.isBlank()
                    || (!normTitle.isEmpty() && Words.lettersAndNumbersEqual(line, 0, normTitle))
                    || HEADER_LINE.matcher(line).matches();
            if (!skip) {
                return pos;
            }
            if (nl < 0) {
                return body.length();
            }
            pos = nl + 1;
        }
        return pos >= limit ? 0 : pos;
    }

    /**
     * Letters and numbers only, lower case: what {@code s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip()}
     * lower-cased gives, without compiling that expression for each of the first lines it compares.
     */
    private static String normalise(String s) {
        return s == null ? "" : Words.lettersAndNumbers(s, 0).toLowerCase(Locale.ROOT);
    }
}
