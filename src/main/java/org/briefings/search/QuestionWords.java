package org.briefings.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that frame a question typed as prose rather than name what it is about: "what did
 * kiribati say about nuclear tests?" is about Kiribati and nuclear tests. The English analyzer keeps
 * them (its stopwords are articles and conjunctions), so each counted as a word a relaxed search
 * requires and a word every long report matches. A word written in capitals ("WHO", "US") is a
 * name and is kept.
 */
final class QuestionWords {

    private static final Set<String> WORDS = Set.of(
            "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how", "did", "does", "do",
            "done", "can", "could", "would", "should", "may", "might", "must", "has", "have", "had", "was", "were",
            "been", "being", "am", "say", "said", "says", "tell", "told", "about", "i", "we", "you", "me", "my", "our",
            "its", "it's", "they", "them", "their", "much", "many", "any", "some", "from", "get", "gets", "got",
            "there", "here", "so", "up", "out", "now", "also", "than", "very", "just", "only", "over", "still", "other",
            "each", "s");

    /** Punctuation around a typed word: "kiribati?" and "(what" are the words inside. */
    private static final Pattern AROUND = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /** {@code word} as typed without the punctuation around it. */
    static String bare(String word) {
        return AROUND.matcher(word).replaceAll("");
    }

    /** Whether {@code word}, as typed (punctuation around it allowed), frames a question. */
    static boolean frames(String word) {
        String bare = bare(word);
        if (bare.isEmpty() || (bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT)))) {
            return false;
        }
        return WORDS.contains(bare.toLowerCase(Locale.ROOT).replace("\u2019", "'"));
    }

    /** Whether any whitespace-separated word of {@code text} frames a question. */
    static boolean anyIn(String text) {
        for (String word : text.strip().split("\\s+")) {
            if (frames(word)) {
                return true;
            }
        }
        return false;
    }

    private QuestionWords() {}
}
