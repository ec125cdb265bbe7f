package org.briefings.enrich.person;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * When "Sheikh" is part of a name rather than a title (docs/annotation.md, tenth round). In the
 * Gulf and the Levant it is a title and is dropped ("Sheikh Tahnoon bin Zayed" is {@code Tahnoon
 * bin Zayed}, "Sheikh Hikmat al-Hijri" is {@code Hikmat al-Hijri}). It is part of the name in two
 * cases: inside a name, after a given name ("Hassan Sheikh Mohamud", a Somali name), and in
 * Bangladeshi names, where it is the family's name ("Sheikh Hasina", "Sheikh Mujibur Rahman",
 * "Sheikh Kamal"): in a text that names Bangladesh, and with no Arabic particle after it (a
 * Bangladeshi text can still name a Gulf ruler, "Sheikh Mohammed bin Zayed").
 */
final class SheikhNames {

    static final Set<String> SHEIKH = Words.set("sheikh", "sheik");

    /** Words that place a text in Bangladesh. */
    private static final List<String> BANGLADESH = List.of("Bangladesh", "Bangabandhu", "Dhaka", "Awami");

    /** Particles of Bangladeshi names as much as of Gulf ones ("Sheikh Abu Naser"). */
    private static final Set<String> NOT_GULF = Words.set("abu", "ben", "ould");

    private SheikhNames() {}

    /** Whether token {@code k} of the run {@code [runStart, runEnd)} is "Sheikh" as part of a name. */
    static boolean partOfName(List<Token> toks, int k, int runStart, int runEnd, PersonDocument doc, NameLists lists) {
        Token t = toks.get(k);
        if (!t.isWord() || !WordSet.holds(SHEIKH, t) || k + 1 >= runEnd) {
            return false;
        }
        Token next = toks.get(k + 1);
        if (!NameRuns.isNameWord(next) && !next.isAllCaps()) {
            return false; // "Sheikh HASINA" is a name as much as "Sheikh Hasina"
        }
        if (k > runStart
                && toks.get(k - 1).isWord()
                && lists.given(toks.get(k - 1).lower())) {
            return true; // "Hassan Sheikh Mohamud"
        }
        for (int j = k + 1; j < runEnd; j++) {
            Token w = toks.get(j);
            if (ArabicNames.particle(w) && !WordSet.holds(NOT_GULF, w)) {
                return false; // "Sheikh Mohammed bin Zayed", "Sheikh Hamad Al Thani": a Gulf ruler's title
            }
        }
        return bangladeshi(doc);
    }

    private static boolean bangladeshi(PersonDocument doc) {
        for (Field f : doc.fields) {
            for (String w : BANGLADESH) {
                if (f.text().contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
