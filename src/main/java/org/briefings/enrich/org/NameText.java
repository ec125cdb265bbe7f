package org.briefings.enrich.org;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.TextField;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Words;

/**
 * An organisation's name as the text writes it at a range of tokens, cleaned for a facet value:
 * whitespace (line breaks inside a name included) as one space, no trailing comma or full stop,
 * but the full stop that belongs to a company's legal form ("Co.", "S.A.").
 */
final class NameText {

    /** Company suffixes written with a full stop that belongs to the name ("Red River Grain Co."). */
    private static final Set<String> ABBREVIATIONS = Words.set("co", "inc", "corp", "ltd", "bros");

    private NameText() {}

    /** The name as written at a range of a field, cleaned. */
    static String nameOf(TextField field, TokenRange range) {
        List<Token> tokens = field.tokens();
        return clean(field.text()
                .substring(
                        tokens.get(range.from()).start(),
                        tokens.get(range.to() - 1).end()));
    }

    /** Whitespace as one space, no trailing comma or full stop, but the stop of "Co." or "Inc.". */
    static String clean(String s) {
        s = Words.singleSpaces(s).strip();
        while (s.endsWith(",") || (s.endsWith(".") && !abbreviated(s))) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean abbreviated(String name) {
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1, name.length() - 1).toLowerCase(Locale.ROOT);
        // "Vale S.A.", "Shell Petroleum N.V.": a dotted legal form keeps its last full stop
        return ABBREVIATIONS.contains(last) || (last.indexOf('.') > 0 && CompanySuffixes.form(last));
    }
}
