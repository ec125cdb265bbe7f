package org.briefings.enrich.country;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.country.Gazetteer.Entry;
import org.briefings.enrich.country.Gazetteer.Flag;
import org.briefings.enrich.country.Gazetteer.Kind;
import org.briefings.enrich.text.TextField;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Finds the gazetteer's forms in one field: at every capitalised word, the entries that start
 * with it, longest first; the first that matches and passes the context checks is a hit, and a
 * matched block ("Uruguay Round") or a rejected name consumes its tokens all the same.
 *
 * <p>Weights of a hit in the mention count: names 1.0, demonyms and capitals 0.8, cities 0.5,
 * states/provinces 0.4; a name used attributively ("Luxembourg-listed") half of that.
 */
final class FormMatcher {

    /**
     * ALL-CAPS for country matching: more than ten capitals per lower-case letter, at least three.
     * Stricter than the entity taggers' headline check, because here it switches "US" and
     * "TURKEY" from names to words.
     */
    private static final int CAPS_RATIO = 10;

    private static final int CAPS_MIN_UPPER = 3;

    /** Capitalised words that start sentences or precede a country without being a first name. */
    private static final Set<String> NOT_A_FIRST_NAME = WordSet.of(
            "the",
            "in",
            "at",
            "on",
            "for",
            "from",
            "to",
            "and",
            "but",
            "or",
            "of",
            "with",
            "by",
            "as",
            "both",
            "while",
            "including",
            "said",
            "meanwhile",
            "however",
            "also",
            "then",
            "like",
            "unlike",
            "than",
            "via",
            "into",
            "against",
            "between",
            "within",
            "across",
            "around",
            "king",
            "queen",
            "prince",
            "kingdom",
            "government",
            "neighbouring",
            "neighboring",
            "neighbour",
            "neighbor",
            "if",
            "when",
            "after",
            "before",
            "since",
            "because",
            "where",
            "only",
            "even",
            "all",
            "west",
            "east",
            "north",
            "south",
            "central",
            "northern",
            "southern",
            "eastern",
            "western",
            "visit",
            "visited",
            "visiting",
            "although",
            "though");

    private static final String US = "US";

    private final Gazetteer gazetteer;

    FormMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Mostly upper-case text: a headline such as "U.S. CORN OUTPUT TO FALL". */
    static boolean allCaps(String s) {
        return Words.mostlyUpperCase(s, CAPS_RATIO, CAPS_MIN_UPPER);
    }

    /** Adds to {@code out} every form named in {@code field}'s text from offset {@code from} on. */
    void scan(TextField field, int from, List<CountryHit> out) {
        String text = field.text();
        String name = field.name();
        if (text.isEmpty()) {
            return;
        }
        Tokens t = Tokens.of(field);
        boolean allCaps = allCaps(text);
        for (int i = 0; i < t.size; i++) {
            if (t.start[i] < from || !t.isWord(i)) {
                continue;
            }
            Entry[] candidates;
            if (t.mayStartName(i)) {
                candidates = gazetteer.startingAt(t, i);
            } else {
                // forms such as "the two Koreas" or "mer du Japon" start with a lower-case word
                candidates = gazetteer.startingLowercaseAt(t, i);
                if (candidates.length == 0) {
                    continue;
                }
            }
            int prefix = 0;
            if (candidates.length == 0 && arabicPrefix(t, i)) {
                prefix = 1; // "والصين" is "and China"
                candidates = gazetteer.startingWith(t.key(i).substring(1));
            }
            // the next token's key hash, asked of forms of two words or more, made once here
            int nextKeyHash = 0;
            boolean nextKeyHashMade = false;
            for (Entry e : candidates) {
                if (e.keyCount() > 1) {
                    if (i + 1 >= t.size) {
                        continue; // the form runs past the text (matches says no)
                    }
                    if (!nextKeyHashMade) {
                        nextKeyHash = t.keyHash(i + 1);
                        nextKeyHashMade = true;
                    }
                    if (nextKeyHash != e.secondKeyHash()) {
                        continue; // the second word differs (matches says no), its keys not read
                    }
                }
                if (!matches(t, i, e)) {
                    continue;
                }
                int last = i + e.keys().length - 1;
                int state = e.kind() == Kind.BLOCK || e.codes().contains(US) ? -1 : stateAfter(t, last, e);
                if (state >= 0) {
                    // "Paris, Texas", "Athens, Ga.": the American namesake, the state included
                    int s = t.start[i];
                    int en = t.end[state];
                    out.add(new CountryHit(
                            US, name, s, en, text.substring(s, en), Kind.CITY, weight(Kind.CITY), false, false));
                    i = state;
                    break;
                }
                if (accept(t, i, last, e, allCaps)) {
                    int s = t.start[i] + prefix;
                    int en = t.end[last];
                    double weight = weight(e.kind());
                    if (attributive(t, last)) {
                        weight *= 0.5;
                    }
                    boolean weakHere = allCaps && (e.has(Flag.NOCAPS) || e.has(Flag.WEAK));
                    for (String code : e.codes()) {
                        out.add(new CountryHit(
                                code,
                                name,
                                s,
                                en,
                                text.substring(s, en),
                                e.kind(),
                                weight,
                                weakHere,
                                e.has(Flag.PENINSULA)));
                    }
                }
                i = last; // a block or a rejected name still consumes its tokens
                break;
            }
        }
    }

    /**
     * The last token of a US state written right after the place ending at {@code last} ("Paris,
     * Texas", "Moscow, Idaho", "Lima, OH"), or -1. A postal code that is also the place's own
     * country code ("Berlin, DE") is that country, not Delaware.
     */
    private int stateAfter(Tokens t, int last, Entry place) {
        int j = last + 2;
        if (j >= t.size || t.first(last + 1) != ',' || !t.isWord(j)) {
            return -1;
        }
        for (Entry st : gazetteer.statesStartingWith(t.key(j))) {
            if (matches(t, j, st) && !place.codes().contains(st.form())) {
                return j + st.keys().length - 1;
            }
        }
        return -1;
    }

    /**
     * Arabic writes "and", "with", "to" and "so" as a letter glued to the next word (و ب ل ف ك):
     * when a word is not a form itself, the word without that letter may be.
     */
    private static boolean arabicPrefix(Tokens t, int i) {
        if (t.end[i] - t.start[i] < 4) {
            return false;
        }
        char c = t.first(i);
        return c == '\u0648' || c == '\u0628' || c == '\u0644' || c == '\u0641' || c == '\u0643';
    }

    private static boolean matches(Tokens t, int i, Entry e) {
        String[] keys = e.keys();
        if (i + keys.length > t.size) {
            return false;
        }
        boolean cs = e.has(Flag.CS);
        for (int k = 0; k < keys.length; k++) {
            int j = i + k;
            if (k > 0 && !t.keyIs(j, keys[k])) {
                return false;
            }
            String want = e.tokens()[k];
            if (cs) {
                if (!t.text.regionMatches(t.start[j], want, 0, want.length())
                        || t.end[j] - t.start[j] != want.length()) {
                    return false;
                }
            } else if (Character.isUpperCase(want.charAt(0)) && !t.capitalised(j)) {
                return false;
            }
        }
        return true;
    }

    /** Context checks after a form matched; false leaves the tokens unmatched. */
    private static boolean accept(Tokens t, int first, int last, Entry e, boolean allCaps) {
        if (e.kind() == Kind.BLOCK) {
            return false;
        }
        // "US$" is a currency; "<UK>" is a stock ticker (Union Carbide), not the country
        if (e.has(Flag.CS)
                && last + 1 < t.size
                && (t.first(last + 1) == '$' || (t.first(last + 1) == '>' && first > 0 && t.first(first - 1) == '<'))) {
            return false;
        }
        if (e.has(Flag.AFTER_PLACE)
                && !(first >= 2 && t.first(first - 1) == ',' && t.isWord(first - 2) && t.capitalised(first - 2))) {
            return false; // "Winnemucca, Nev." yes; "Mo." or "Miss." alone are not places
        }
        if (e.has(Flag.WEAK) && !allCaps) {
            if (first > 0
                    && t.isWord(first - 1)
                    && t.capitalised(first - 1)
                    && !t.upper(first - 1)
                    && !NOT_A_FIRST_NAME.contains(t.key(first - 1))) {
                return false; // "Michael Jordan"
            }
            if (last + 1 < t.size
                    && t.isWord(last + 1)
                    && t.capitalised(last + 1)
                    && !NOT_A_FIRST_NAME.contains(t.key(last + 1))) {
                return false; // "Chad Smith", "Georgia Tech"
            }
        }
        return true;
    }

    /** "Luxembourg-listed": a name glued by a hyphen to a lower-case word describes something else. */
    private static boolean attributive(Tokens t, int last) {
        return last + 2 < t.size
                && t.first(last + 1) == '-'
                && !t.adjacentSpace(last)
                && t.isWord(last + 2)
                && Character.isLowerCase(t.first(last + 2));
    }

    private static double weight(Kind k) {
        return switch (k) {
            case NAME, OFFICIAL, ALT, MULTI -> 1.0;
            case DEMONYM, CAPITAL -> 0.8;
            case CITY -> 0.5;
            case REGION, DATELINE -> 0.4;
            default -> 0.0;
        };
    }
}
