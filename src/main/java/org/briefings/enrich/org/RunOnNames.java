package org.briefings.enrich.org;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Words a run of capitalised words carries into a name that are not the name's: a person after a
 * head's "of" ("the Colorado Party of Andrés Ojeda", "the State Security and Peace Commission of
 * Senior General Min Aung Hlaing": the party and the commission, then who leads them), and an
 * attributive word before it ("the Kurdish-led Syrian Democratic Forces", "Tokyo-listed Sony
 * Group": who leads or lists the body, not its name). Names made of a head, "of" and a person are
 * rarer than the two phrasings above, and named after the dead ("Order of Lenin"), which one word
 * does not trigger.
 */
final class RunOnNames {

    /** Given names (the people tagger's list, accents folded): "andres", "pierre". */
    private static final Set<String> GIVEN =
            Words.load(RunOnNames.class, "/org/briefings/enrich/person/given-names.txt");

    /** East Asian family names written first (the people tagger's list): "tan" is not in it, "kim" is. */
    private static final Set<String> FAMILY_FIRST =
            Words.load(RunOnNames.class, "/org/briefings/enrich/person/family-first.txt");

    /** Ranks and honorifics that open a person's name after "of". */
    private static final Set<String> RANKS = Words.set(
            "senior",
            "general",
            "lieutenant",
            "colonel",
            "brigadier",
            "marshal",
            "field",
            "admiral",
            "commander",
            "mr",
            "mrs",
            "ms",
            "dr",
            "sheikh",
            "ayatollah");

    /** Heads often named after a person, whose "of" keeps what follows ("University of ..."). */
    private static final Set<String> NAMED_AFTER =
            Words.set("university", "academy", "institute", "centre", "center", "foundation", "house", "order");

    /**
     * Endings of attributive compounds that say who leads, backs or lists a body ("Kurdish-led"),
     * each a hyphen and a word without one, so that a word's ending is what follows its last hyphen.
     */
    private static final Set<String> ATTRIBUTIVE = WordSet.of(
            "-led",
            "-backed",
            "-based",
            "-owned",
            "-run",
            "-funded",
            "-linked",
            "-allied",
            "-aligned",
            "-supported",
            "-controlled",
            "-sponsored",
            "-dominated",
            "-affiliated",
            "-listed",
            "-registered",
            "-headquartered");

    private RunOnNames() {}

    /** Whether a word is an attributive compound ("Kurdish-led", "Iran-backed"). */
    static boolean attributive(Token t) {
        return t.hasHyphen() && attributive(t.lower());
    }

    /** Whether a lower-case word is an attributive compound ("kurdish-led", "iran-backed"). */
    static boolean attributive(String lower) {
        // one scan for a hyphen instead of seventeen comparisons of endings: most words have none
        int hyphen = lower.lastIndexOf('-');
        return hyphen > 0 && ATTRIBUTIVE.contains(lower.substring(hyphen));
    }

    /**
     * Whether the head at {@code head}, followed by "of" at {@code head + 1}, is followed by a
     * person rather than the rest of its name: a rank ("of Senior General ..."), or a given name or
     * an East Asian family name and at least one more capitalised word ("of Andrés Ojeda", "of Kim
     * Jong Un"), before {@code end}.
     */
    /**
     * Whether a person's name starts at token {@code k}: a listed given name or East Asian family
     * name and one more capitalised word ("Pierre Poilievre", "Kim Jong Un").
     */
    static boolean personAt(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()
                || !tokens.get(k).isCapitalised()
                || !tokens.get(k + 1).isCapitalised()) {
            return false;
        }
        String lw = tokens.get(k).lower();
        return tokens.get(k + 1).isWord() && (GIVEN.contains(Words.withoutAccents(lw)) || FAMILY_FIRST.contains(lw));
    }

    static boolean personAfterOf(List<Token> tokens, int head, int end) {
        if (WordSet.holds(NAMED_AFTER, tokens.get(head))
                || head + 2 >= end
                || !tokens.get(head + 1).lower().equals("of")) {
            return false;
        }
        Token first = tokens.get(head + 2);
        if (!first.isWord() || !first.isCapitalised()) {
            return false;
        }
        String lw = first.lower();
        // "of Senior General ...": the run may end at the rank, a title the runs stop at
        if (RANKS.contains(lw)
                && head + 3 < tokens.size()
                && tokens.get(head + 3).isCapitalised()) {
            return true;
        }
        boolean twoWords = head + 3 < end
                && tokens.get(head + 3).isWord()
                && tokens.get(head + 3).isCapitalised();
        return twoWords && (GIVEN.contains(Words.withoutAccents(lw)) || FAMILY_FIRST.contains(lw));
    }
}
