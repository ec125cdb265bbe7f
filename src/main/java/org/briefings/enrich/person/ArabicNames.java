package org.briefings.enrich.person;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * The particles of Arabic names: "bin"/"ibn"/"bint" (son or daughter of), "Al"/"al-"/"el-" (the
 * family or tribe), "Abu" (father of). The word after one is a name even when it is also an
 * English word or a word the lists treat as not a name ("Qaboos bin Said", "Hikmat al-Hijri",
 * "Tamim bin Hamad Al Thani"), and a name goes on after a regnal number when the father's name
 * follows ("Abdullah II Bin Al Hussein").
 */
final class ArabicNames {

    /** Particles, lower case, whatever their case in the text ("Bin", "bin", "Al", "al"). */
    static final Set<String> PARTICLES = Words.set("bin", "ibn", "bint", "al", "el", "abu", "ben", "ould");

    /** The particles that say "son of" or "daughter of". */
    private static final Set<String> NASAB = WordSet.of("bin", "ibn", "bint");

    private static final Set<String> GLUED = Words.set("al", "el");

    private ArabicNames() {}

    /** A particle as its own word, or glued to the name by a hyphen ("al-Hijri"). */
    static boolean particle(Token t) {
        if (!t.isWord()) {
            return false;
        }
        String l = t.lower();
        if (PARTICLES.contains(l)) {
            return true;
        }
        int dash = l.indexOf('-');
        return dash > 0 && GLUED.contains(l.substring(0, dash)) && dash + 1 < l.length();
    }

    /**
     * Whether word {@code k} of a name is the name a particle introduces: glued to its particle
     * ("al-Hijri") or right after one ("bin Said", "Al Thani"), with a name word before the
     * particle.
     */
    static boolean afterParticle(List<Token> name, int k) {
        Token t = name.get(k);
        if (!t.isWord() || !t.isCapitalised() && !particle(t)) {
            return false;
        }
        if (particle(t) && !WordSet.holds(PARTICLES, t)) {
            return k > 0; // "al-Hijri" after a name word
        }
        return k > 1 && WordSet.holds(PARTICLES, name.get(k - 1)) && !particle(name.get(k - 2));
    }

    /** "Qaboos bin Said", "Fatima bint Mubarak": a name word, "bin"/"ibn"/"bint" in lower case, a name word. */
    static boolean nasab(List<Token> name) {
        for (int k = 1; k + 1 < name.size(); k++) {
            String x = name.get(k).text();
            if ((x.equals("bin") || x.equals("ibn") || x.equals("bint"))
                    && name.get(k - 1).isCapitalised()
                    && name.get(k + 1).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    /** "II Bin Al Hussein": after a regnal number, "bin" and a name word continue the name. */
    static boolean nasabAfter(List<Token> toks, int j) {
        return j + 1 < toks.size()
                && toks.get(j).isWord()
                && WordSet.holds(NASAB, toks.get(j))
                && Character.isUpperCase(toks.get(j + 1).text().charAt(0));
    }
}
