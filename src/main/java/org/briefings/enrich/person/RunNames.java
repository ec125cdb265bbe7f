package org.briefings.enrich.person;

import static org.briefings.enrich.person.CueWords.NAMED_THINGS;
import static org.briefings.enrich.person.PersonWords.CALENDAR;
import static org.briefings.enrich.person.PersonWords.ORG_HEADS;
import static org.briefings.enrich.person.PersonWords.PARTICLES;
import static org.briefings.enrich.person.PersonWords.ROLES;
import static org.briefings.enrich.person.PersonWords.SUFFIXES;

import java.util.ArrayList;
import java.util.List;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;

/**
 * The name inside a run of capitalised words: the run loses its titles and honorifics and the
 * opening words that are not names ("The", "Economic", "American"), and is cut where a word stops
 * looking like a name. Whether the name is a person is {@link NameCandidates}' decision.
 */
final class RunNames {

    private final NameLists lists;

    RunNames(NameLists lists) {
        this.lists = lists;
    }

    /** A run's name after stripping: its tokens and whether a role introduced it. */
    record RunName(List<Token> tokens, boolean roleCue) {}

    /** The name inside the run {@code [runStart, runEnd)}, or null when nothing of it is a name. */
    RunName name(PersonDocument doc, List<Token> toks, int runStart, int runEnd) {
        // 1. strip titles and honorifics: the name starts after the last role word
        int s = runStart;
        boolean cue = false;
        int sheikh = -1;
        for (int k = runEnd - 1; k >= runStart; k--) {
            Token t = toks.get(k);
            if (SheikhNames.partOfName(toks, k, runStart, runEnd, doc, lists)) {
                sheikh = k; // "Sheikh Hasina", "Hassan Sheikh Mohamud": a word of the name, not a title
                continue;
            }
            // "Senior General MIN AUNG HLAING": a word in capitals is part of the name, not a title
            boolean inCapitals = t.isAllCaps()
                    && t.length() > 1
                    && k > runStart
                    && !toks.get(k - 1).isAllCaps();
            // "Confederación General del Trabajo": an adjective before a particle, not a title
            boolean beforeParticle =
                    k + 1 < runEnd && PARTICLES.contains(toks.get(k + 1).text());
            // "Sultan Al Jaber", "Sultan bin Salman": before a particle, "Sultan" is the given name
            boolean givenTitle = t.lower().equals("sultan") && k + 1 < runEnd && ArabicNames.particle(toks.get(k + 1));
            // "Mme Nakamura", "El Sr. Okonkwo": a form of address before the name ("M" only
            // opening the run, as inside one it is an initial: "Jean M. Dupont")
            boolean address = doc.address(t) && (k == runStart || (t.length() > 1 && wordAfter(toks, k, runEnd)));
            if (givenTitle) {
                cue = true;
                break;
            }
            if (t.isWord() && (Titles.role(t.lower()) || address) && !inCapitals && !beforeParticle && !givenTitle) {
                // popes are named with their title (docs/annotation.md): "Pope Francis", "Pope Leo XIV"
                s = t.lower().equals("pope") && k + 1 < runEnd ? k : k + 1;
                if (t.lower().equals("ranking")
                        && s + 1 < runEnd
                        && toks.get(s).lower().equals("member")) {
                    s++; // "Ranking Member Reed": the committee's senior minority member, a two-word title
                }
                cue = true;
                break;
            }
        }
        if (!cue) {
            Token before = NameCues.previousWord(toks, runStart);
            // "the first Member on this list": a lower-case "first" is an ordinal, not "First Lady"
            cue = before != null
                    && (Titles.role(before.lower()) || doc.address(before))
                    && !before.text().equals("first");
            if (before != null && before.lower().equals("of") && runEnd - runStart >= 2) {
                // "Assistant Secretary of State Molly Phee", "Secretary of State Rubio": a title with
                // its portfolio before the name
                Token role = NameCues.previousWord(toks, indexOf(toks, before, runStart - 2));
                cue = role != null && WordSet.holds(ROLES, role);
            }
        }
        // 2. strip opening words that are not names ("The", "Economic", "American", "State")
        boolean strippedNonName = false;
        while (s < runEnd && s != sheikh) {
            Token t = toks.get(s);
            if (!t.isWord()) {
                s++;
                continue;
            }
            String l = t.lower();
            if (PlaceGivenNames.givenHere(toks, s, runEnd, cue, lists)) {
                break; // "Santiago Peña", "Minister Israel Katz": the place is a given name here
            }
            boolean opener = lists.notNames().contains(l)
                    || lists.placeWords().contains(l)
                    || ORG_HEADS.contains(l)
                    || l.endsWith("-based")
                    || CyrillicNames.inflectedPlace(l, lists)
                    || (t.sentenceStart() && doc.lowerVocabulary.contains(l))
                    || (s < runEnd - 1
                            && doc.lowerVocabulary.contains(l)
                            && !lists.given(l)
                            && !lists.familyFirst().contains(l));
            if (!opener) {
                break;
            }
            strippedNonName = true;
            s++;
        }
        if (strippedNonName && cue && s > runStart && !WordSet.holds(ROLES, toks.get(s - 1))) {
            // "Secretary of State Mike Pompeo" keeps its cue; "President Reagan administration" is handled below
            Token before = NameCues.previousWord(toks, runStart);
            cue = before != null && before.lower().equals("of");
            for (int k = runStart; k < s && !cue; k++) {
                cue = WordSet.holds(ROLES, toks.get(k));
            }
        }
        List<Token> name = new ArrayList<>();
        for (int k = s; k < runEnd; k++) {
            if (toks.get(k).isWord()
                    || ((toks.get(k).isPunct('.') || toks.get(k).isPunct('-')) && !name.isEmpty())) {
                name.add(toks.get(k));
            }
        }
        trimTrailingDots(name);
        if (name.isEmpty()) {
            return null;
        }
        keepSuffixDot(toks, runEnd, name);
        // "Investor David F. Laroche", "Affairs Allen Wallis": start at a given name after other words
        int sheikhAt = sheikh < 0 ? -1 : name.indexOf(toks.get(sheikh));
        if (sheikhAt > 0 && !lists.given(name.get(sheikhAt - 1).lower())) {
            // "Bangabandhu Sheikh Mujibur Rahman", "Freedom Fighter Sheikh Mani": the words before
            // the family's "Sheikh" are honorifics, not the name
            name = new ArrayList<>(name.subList(sheikhAt, name.size()));
            sheikhAt = 0;
        }
        if (sheikhAt == 0) {
            cue = true; // the Bangladeshi family's "Sheikh" opens the name and says it is one
        } else if (!lists.given(name.get(0).lower())
                && !lists.familyFirst().contains(name.get(0).lower())
                && !name.get(0).isAllCaps()) { // "MIN AUNG HLAING" is one name in capitals
            // "R. Eric Petersen" keeps its initial; "Group B. Daniel Ortega" is a label and a name
            for (int k = 1; k < name.size() - 1 && (strippedNonName || !initialsOnly(name, k)); k++) {
                if (name.get(k).isWord()
                        && lists.given(name.get(k).lower())
                        && !name.get(k + 1).isPunct('-')
                        && !UnlistedGivenNames.before(name, k, doc, lists)) {
                    name = new ArrayList<>(name.subList(k, name.size()));
                    break;
                }
            }
        }
        // 3. the rest must look like a name
        int cut = cutAt(doc, name);
        if (cut < name.size()) {
            boolean presidency = cut == 1 && name.get(cut).lower().equals("administration");
            if ((WordSet.holds(ORG_HEADS, name.get(cut)) || WordSet.holds(NAMED_THINGS, name.get(cut)))
                    && !presidency) {
                return null; // "Tower Commission", "Exxon Corp"; but "the Trump Administration" names Trump
            }
            name = new ArrayList<>(name.subList(0, cut));
            while (!name.isEmpty()
                    && (!name.get(name.size() - 1).isWord()
                            || PARTICLES.contains(name.get(name.size() - 1).text()))) {
                name.remove(name.size() - 1);
            }
            if (name.isEmpty()) {
                return null;
            }
        }
        if (name.size() == 1 && WordSet.holds(SheikhNames.SHEIKH, name.get(0))) {
            return null; // what was left of a name is its "Sheikh"
        }
        return new RunName(name, cue);
    }

    /** Whether the words of the name before index {@code k} are single initials ("R. Eric Petersen"). */
    private static boolean initialsOnly(List<Token> name, int k) {
        for (int j = 0; j < k; j++) {
            Token t = name.get(j);
            if (t.isWord() && t.length() > 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word follows token {@code k} inside the run {@code (k, runEnd)}. */
    private static boolean wordAfter(List<Token> toks, int k, int runEnd) {
        for (int j = k + 1; j < runEnd; j++) {
            if (toks.get(j).isWord()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where token {@code t} (one of {@code toks}, compared by identity) is, searching from {@code
     * from} on: what {@code toks.indexOf(t)} gives without comparing every token before it.
     */
    static int indexOf(List<Token> toks, Token t, int from) {
        for (int k = Math.max(0, from); k < toks.size(); k++) {
            if (toks.get(k) == t) {
                return k;
            }
        }
        return toks.indexOf(t);
    }

    /** "John Roberts Jr.": the dot of a closing suffix is part of the name, not the sentence's end. */
    private static void keepSuffixDot(List<Token> toks, int runEnd, List<Token> name) {
        Token last = name.get(name.size() - 1);
        if (runEnd < toks.size()
                && WordSet.holds(SUFFIXES, last)
                && last.length() == 2
                && toks.get(runEnd).isPunct('.')
                && toks.get(runEnd).start() == last.end()) {
            name.add(toks.get(runEnd));
        }
    }

    private static void trimTrailingDots(List<Token> name) {
        while (!name.isEmpty() && !name.get(name.size() - 1).isWord()) {
            name.remove(name.size() - 1);
        }
    }

    /** Index of the first word after the first that is not part of a name, or the size. */
    private int cutAt(PersonDocument doc, List<Token> name) {
        String first = name.get(0).lower();
        // a "Sheikh" kept in the name holds the given name's place: "Sheikh Abu Naser"
        boolean given = lists.given(first) || SheikhNames.SHEIKH.contains(first);
        boolean family = lists.familyFirst().contains(first);
        for (int k = 1; k < name.size(); k++) {
            Token t = name.get(k);
            if (!t.isWord()) {
                continue;
            }
            String l = t.lower();
            if (ArabicNames.afterParticle(name, k)) {
                continue; // "Qaboos bin Said", "Hikmat al-Hijri": a family name, even when also a word
            }
            // "Madhav Kumar NEPAL", "Domingos SIMOES PEREIRA": a surname in capitals after a given
            // name in normal case is a surname even when it is also a place
            boolean capitalsSurname = t.isAllCaps() && !name.get(0).isAllCaps() && (given || k > 1);
            if (k == name.size() - 1 && NameRuns.roman(t.text())) {
                continue; // a regnal number ends the name ("Bartholomew I")
            }
            if (t.lineStart() && (Titles.role(l) || lists.commonWords().contains(l))) {
                return k; // "Priya Raghunathan\nSenior Fellow": the signature's title line
            }
            // "Truong My Lan", "Le Hong Hiep": a short given-name part of a three-part family-first name
            boolean syllable = family && NameCues.words(name) == 3 && l.length() <= 4;
            if (ORG_HEADS.contains(l)
                    || NAMED_THINGS.contains(l)
                    || (!given && lists.notNames().contains(l) && !capitalsSurname && !syllable)
                    || (lists.placeWords().contains(l) && !capitalsSurname && !placeNamedSurname(name, k, given))
                    || NameShapes.notNameWord(t.text())
                    || CALENDAR.contains(l)
                    || (!given && !family && doc.lowerVocabulary.contains(l) && !PARTICLES.contains(t.text()))) {
                return k;
            }
        }
        return name.size();
    }

    /** "Mary Lou McDonald": a word of an island's name, last after a given name, is a surname. */
    private boolean placeNamedSurname(List<Token> name, int k, boolean given) {
        return given
                && k == name.size() - 1
                && PlaceNamedSurnames.contains(name.get(k).lower())
                && !lists.commonWords().contains(name.get(k).lower());
    }
}
