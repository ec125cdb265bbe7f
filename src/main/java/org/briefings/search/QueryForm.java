package org.briefings.search;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether query text is written in the query syntax or typed as prose. Analysts type questions
 * ("How close is Iran to a bomb?"), where a trailing {@code ?} would otherwise be a wildcard and a
 * {@code !} an operator. The text is syntax when it has any of:
 * <ul>
 *   <li>a {@code field:value} pair (a word, a colon and no space after it);</li>
 *   <li>the operators {@code AND}, {@code OR}, {@code NOT}, {@code &&}, {@code ||};</li>
 *   <li>a double quote, a parenthesis, a bracket or a brace;</li>
 *   <li>a word starting with {@code +}, {@code -} or {@code !} (required, excluded);</li>
 *   <li>{@code *} anywhere, or {@code ?} inside a word (wildcards); {@code ~} or {@code ^} after a
 *       word (fuzzy, boost); a backslash; a word starting with {@code /} (regular expression).</li>
 * </ul>
 * Anything else is prose: {@code ?}, {@code !}, {@code .}, {@code :} and other punctuation at the
 * end of a word are read as punctuation, and the words are searched as words.
 */
final class QueryForm {

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");
    private static final Pattern FIELD_VALUE = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*:\\S");
    private static final Pattern PREFIXED = Pattern.compile("^[+\\-!/]\\S");
    private static final Pattern INNER_QUESTION_MARK = Pattern.compile("\\?(?=[\\p{L}\\p{N}])");
    private static final Pattern FUZZY_OR_BOOST = Pattern.compile("[\\p{L}\\p{N}\"][~^]");

    static boolean isSyntax(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '"', '(', ')', '[', ']', '{', '}', '*', '\\' -> {
                    return true;
                }
                default -> {}
            }
        }
        for (String word : text.strip().split("\\s+")) {
            if (OPERATORS.contains(word)
                    || FIELD_VALUE.matcher(word).lookingAt()
                    || PREFIXED.matcher(word).find()
                    || INNER_QUESTION_MARK.matcher(word).find()
                    || FUZZY_OR_BOOST.matcher(word).find()) {
                return true;
            }
        }
        return false;
    }

    private QueryForm() {}
}
