package org.briefings.enrich.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out link targets and bare web addresses, keeping every other character where it was, so
 * that the taggers read the visible words of Markdown and plain-text reports ("[Centers for Disease
 * Control and Prevention](https://www.cdc.gov/...) (CDC)") as a reader does, and offsets into the
 * masked text are offsets into the original. Report-style text (CRS Markdown, web copies of
 * government reports) links almost every name: the target between a name and its bracketed
 * acronym hid the acronym, the brackets cut names, and words inside addresses ("realDonaldTrump",
 * "FMofOman") were read as names.
 */
public final class LinkMask {

    /** "[label](target)" and "![alt](target)", a target with at most one level of brackets inside. */
    private static final Pattern MARKDOWN_LINK =
            Pattern.compile("!?\\[([^\\[\\]\\n]{0,400})\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*\\)");

    /** A bare web address, up to the first space or closing bracket. */
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\\[\\]()\"]+");

    private LinkMask() {}

    /** The text with link syntax and addresses replaced by spaces, the same length as {@code text}. */
    public static String mask(String text) {
        if (text == null || (!text.contains("](") && !text.contains("http") && !text.contains("www."))) {
            return text;
        }
        char[] out = text.toCharArray();
        // the expressions are tried only where a match can start, a '[' (or the '!' before it) and
        // an "http" or "www.": Matcher.find tried them at every character of the text
        Matcher m = MARKDOWN_LINK.matcher(text);
        int from = 0;
        int open;
        while ((open = text.indexOf('[', from)) >= 0) {
            int start = open > from && text.charAt(open - 1) == '!' ? open - 1 : open;
            if (m.region(start, text.length()).lookingAt()) {
                // keep the label, blank the brackets and the target
                blank(out, m.start(), m.start(1));
                blank(out, m.end(1), m.end());
                from = m.end();
            } else {
                from = open + 1; // failing after a '!' it fails at the '[' too: the rest is the same
            }
        }
        String masked = new String(out);
        Matcher u = URL.matcher(masked);
        from = 0;
        int at;
        while ((at = nextAddress(masked, from)) >= 0) {
            if (u.region(at, masked.length()).lookingAt()) {
                blank(out, u.start(), u.end());
                from = u.end();
            } else {
                from = at + 1;
            }
        }
        return new String(out);
    }

    /** Where the next "http" or "www." starts from {@code from}, or -1: where {@link #URL} may match. */
    private static int nextAddress(String s, int from) {
        int http = s.indexOf("http", from);
        int www = s.indexOf("www.", from);
        return http < 0 ? www : www < 0 ? http : Math.min(http, www);
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
    }
}
