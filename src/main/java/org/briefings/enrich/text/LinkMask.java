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
        Matcher m = MARKDOWN_LINK.matcher(text);
        while (m.find()) {
            // keep the label, blank the brackets and the target
            blank(out, m.start(), m.start(1));
            blank(out, m.end(1), m.end());
        }
        Matcher u = URL.matcher(new String(out));
        while (u.find()) {
            blank(out, u.start(), u.end());
        }
        return new String(out);
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
    }
}
