package org.briefings.enrich.person;

import static org.briefings.enrich.person.PersonWords.ACRONYMS;
import static org.briefings.enrich.person.PersonWords.AMBIGUOUS_FAMILY;
import static org.briefings.enrich.person.PersonWords.CALENDAR;
import static org.briefings.enrich.person.PersonWords.HONORIFICS;
import static org.briefings.enrich.person.PersonWords.NAMED_THINGS;
import static org.briefings.enrich.person.PersonWords.ORG_HEADS;
import static org.briefings.enrich.person.PersonWords.PARTICLES;
import static org.briefings.enrich.person.PersonWords.ROLES;
import static org.briefings.enrich.person.PersonWords.SUFFIXES;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.briefings.enrich.person.PersonDocument.Candidate;
import org.briefings.enrich.text.Token;

/**
 * Finds the people a field names in full, and the one-word references with a cue ("Mr. Kim",
 * "Reagan, the president,"), from runs of capitalised words. A run loses its titles and
 * honorifics and the opening words that are not names ("The", "Economic", "American"), is cut
 * where a word stops looking like a name, and becomes a person when there is a cue: a role before
 * it, a common given name or an East Asian family name first, a speech verb or a role apposition
 * after it.
 */
final class NameCandidates {

    /** Roman numerals: regnal numbers, never surnames. */
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    private final NameLists lists;

    NameCandidates(NameLists lists) {
        this.lists = lists;
    }

    /** A run's name after stripping: its tokens and whether a role introduced it. */
    private record RunName(List<Token> tokens, boolean roleCue) {}

    /** Adds the field's people to {@code doc.people} and its cued one-word references to {@code doc.singles}. */
    void find(PersonDocument doc, Field f) {
        List<Token> toks = f.tokens();
        int i = 0;
        while (i < toks.size()) {
            if (!isNameWord(toks.get(i)) && !capitalsSurname(toks, i) && !initials(toks, i)) {
                i++;
                continue;
            }
            int end = runEnd(toks, i);
            RunName name = name(doc, toks, i, end);
            if (name != null) {
                classify(doc, f, i, end, name);
            }
            i = end;
        }
    }

    /** A capitalised word, or a particle prefix glued to one ("al-Assad"); not an acronym. */
    static boolean isNameWord(Token t) {
        if (!t.isWord() || t.text().startsWith("'") || t.text().startsWith("\u2019")) {
            return false;
        }
        char c = t.text().charAt(0);
        if (Character.isUpperCase(c)) {
            return !t.isAllCaps();
        }
        String l = t.lower();
        int dash = l.indexOf('-');
        return dash > 0
                && PARTICLES.contains(l.substring(0, dash))
                && dash + 1 < t.text().length()
                && Character.isUpperCase(t.text().charAt(dash + 1));
    }

    /** Dotted abbreviations of places and bodies, never a person's initials. */
    private static final java.util.Set<String> DOTTED = org.briefings.enrich.text.Words.set(
            "u.s.", "u.n.", "u.k.", "e.u.", "d.c.", "u.a.e.", "u.s.a.", "u.s.s.r.", "p.m.", "a.m.", "n.y.", "l.a.");

    /** Initials opening a name, "J.B. Pritzker", "F.W. de Klerk": one token, right before a name word. */
    static boolean initials(List<Token> toks, int i) {
        Token t = toks.get(i);
        String x = t.text();
        if (!t.isWord() || x.length() < 4 || x.length() > 6 || DOTTED.contains(t.lower()) || i + 1 >= toks.size()) {
            return false;
        }
        for (int k = 0; k < x.length(); k++) {
            if (k % 2 == 0 ? !Character.isUpperCase(x.charAt(k)) : x.charAt(k) != '.') {
                return false;
            }
        }
        Token next = toks.get(i + 1);
        return x.endsWith(".") && isNameWord(next) && adjacent(t, next) && !next.sentenceStart();
    }

    /**
     * A surname in capitals beside a name word, the house style of many government reports:
     * "KIM Il Sung", "Emmerson MNANGAGWA", "Nicolas MADURO Moros". An acronym stands alone or
     * beside other capitals ("UN", "the US Congress"), so the capitals word must touch a name word
     * written in normal case; common acronyms are excluded outright.
     */
    static boolean capitalsSurname(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!t.isAllCaps()
                || ACRONYMS.contains(t.lower())
                || ROMAN.matcher(t.text()).matches()
                || !t.text().chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
            return false;
        }
        return (i > 0 && isNameWord(toks.get(i - 1)) && adjacent(toks.get(i - 1), t))
                || afterRole(toks, i)
                // the second word of a surname in capitals: "Domingos SIMOES PEREIRA"
                || (i > 1
                        && toks.get(i - 1).isAllCaps()
                        && adjacent(toks.get(i - 1), t)
                        && isNameWord(toks.get(i - 2))
                        && adjacent(toks.get(i - 2), toks.get(i - 1))
                        && capitalsSurname(toks, i - 1))
                || (i + 1 < toks.size()
                        && isNameWord(toks.get(i + 1))
                        && adjacent(t, toks.get(i + 1))
                        && !toks.get(i + 1).sentenceStart());
    }

    /** "President WIN MYINT", "Senior General MIN AUNG HLAING": a name all in capitals after a title. */
    private static boolean afterRole(List<Token> toks, int i) {
        int first = i;
        while (first > 0
                && first > i - 4
                && toks.get(first - 1).isAllCaps()
                && adjacent(toks.get(first - 1), toks.get(first))) {
            first--;
        }
        if (first == 0) {
            return false;
        }
        Token role = toks.get(first - 1);
        return role.isWord()
                && role.isCapitalised()
                && !role.isAllCaps()
                && ROLES.contains(role.lower())
                && adjacent(role, toks.get(first));
    }

    /** "Patriarch Bartholomew I", "King Abdullah I": a title before the run or inside it, so "I" is a number. */
    private static boolean titled(List<Token> toks, int runStart, int at) {
        if (at + 1 < toks.size()
                && toks.get(at + 1).isWord()
                && Character.isUpperCase(toks.get(at + 1).text().charAt(0))) {
            return false;
        }
        for (int k = Math.max(0, runStart - 1); k < at; k++) {
            if (toks.get(k).isWord()
                    && ROLES.contains(toks.get(k).lower())
                    && toks.get(k).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() == 1;
    }

    /** End (exclusive) of the run of name words, initials' dots and particles from i. */
    private static int runEnd(List<Token> toks, int i) {
        int j = i + 1;
        while (j < toks.size()) {
            Token t = toks.get(j);
            Token prev = toks.get(j - 1);
            if (t.sentenceStart() && !t.isPunct('.')) {
                break;
            }
            if (isNameWord(t) || capitalsSurname(toks, j)) {
                j++;
            } else if (t.isPunct('-')
                    && t.start() == prev.end()
                    && isNameWord(prev)
                    && j + 1 < toks.size()
                    && isNameWord(toks.get(j + 1))
                    && toks.get(j + 1).start() > t.end()) {
                j++; // a hyphenated name wrapped at the line end: "Muhammad- Bande"
            } else if (ROMAN.matcher(t.text()).matches()
                    && isNameWord(prev)
                    && (t.text().length() > 1 || titled(toks, i, j))) {
                j++; // a regnal number ends the name: "Mohammed VI", "Pope Leo XIV"
                break;
            } else if (t.isPunct('.')
                    && t.start() == prev.end()
                    && prev.isWord()
                    && (prev.text().length() == 1 || ROLES.contains(prev.lower()) || SUFFIXES.contains(prev.lower()))
                    && j + 1 < toks.size()
                    && isNameWord(toks.get(j + 1))) {
                j++;
            } else if (t.isWord()
                    && PARTICLES.contains(t.text())
                    && j + 1 < toks.size()
                    && isNameWord(toks.get(j + 1))
                    && !toks.get(j + 1).sentenceStart()) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** The name inside the run {@code [runStart, runEnd)}, or null when nothing of it is a name. */
    private RunName name(PersonDocument doc, List<Token> toks, int runStart, int runEnd) {
        // 1. strip titles and honorifics: the name starts after the last role word
        int s = runStart;
        boolean cue = false;
        for (int k = runEnd - 1; k >= runStart; k--) {
            Token t = toks.get(k);
            // "Senior General MIN AUNG HLAING": a word in capitals is part of the name, not a title
            boolean inCapitals = t.isAllCaps()
                    && t.text().length() > 1
                    && k > runStart
                    && !toks.get(k - 1).isAllCaps();
            // "Confederación General del Trabajo": an adjective before a particle, not a title
            boolean beforeParticle =
                    k + 1 < runEnd && PARTICLES.contains(toks.get(k + 1).text());
            if (t.isWord() && ROLES.contains(t.lower()) && !inCapitals && !beforeParticle) {
                // popes are named with their title (docs/annotation.md): "Pope Francis", "Pope Leo XIV"
                s = t.lower().equals("pope") && k + 1 < runEnd ? k : k + 1;
                cue = true;
                break;
            }
        }
        if (!cue) {
            Token before = NameCues.previousWord(toks, runStart);
            // "the first Member on this list": a lower-case "first" is an ordinal, not "First Lady"
            cue = before != null
                    && ROLES.contains(before.lower())
                    && !before.text().equals("first");
            if (before != null && before.lower().equals("of") && runEnd - runStart > 2) {
                // "Assistant Secretary of State Molly Phee": a title with its portfolio before the name
                Token role = NameCues.previousWord(toks, toks.indexOf(before));
                cue = role != null && ROLES.contains(role.lower());
            }
        }
        // 2. strip opening words that are not names ("The", "Economic", "American", "State")
        boolean strippedNonName = false;
        while (s < runEnd) {
            Token t = toks.get(s);
            if (!t.isWord()) {
                s++;
                continue;
            }
            String l = t.lower();
            boolean opener = lists.notNames().contains(l)
                    || lists.placeWords().contains(l)
                    || ORG_HEADS.contains(l)
                    || l.endsWith("-based")
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
        if (strippedNonName
                && cue
                && s > runStart
                && !ROLES.contains(toks.get(s - 1).lower())) {
            // "Secretary of State Mike Pompeo" keeps its cue; "President Reagan administration" is handled below
            Token before = NameCues.previousWord(toks, runStart);
            cue = before != null && before.lower().equals("of");
            for (int k = runStart; k < s && !cue; k++) {
                cue = ROLES.contains(toks.get(k).lower());
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
        // "Investor David F. Laroche", "Affairs Allen Wallis": start at a given name after other words
        if (!lists.given(name.get(0).lower())
                && !lists.familyFirst().contains(name.get(0).lower())
                && !name.get(0).isAllCaps()) { // "MIN AUNG HLAING" is one name in capitals
            for (int k = 1; k < name.size() - 1; k++) {
                if (name.get(k).isWord()
                        && lists.given(name.get(k).lower())
                        && !name.get(k + 1).isPunct('-')) {
                    name = new ArrayList<>(name.subList(k, name.size()));
                    break;
                }
            }
        }
        // 3. the rest must look like a name
        int cut = cutAt(doc, name);
        if (cut < name.size()) {
            boolean presidency = cut == 1 && name.get(cut).lower().equals("administration");
            if ((ORG_HEADS.contains(name.get(cut).lower())
                            || NAMED_THINGS.contains(name.get(cut).lower()))
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
        return new RunName(name, cue);
    }

    private static void trimTrailingDots(List<Token> name) {
        while (!name.isEmpty() && !name.get(name.size() - 1).isWord()) {
            name.remove(name.size() - 1);
        }
    }

    /** Index of the first word after the first that is not part of a name, or the size. */
    private int cutAt(PersonDocument doc, List<Token> name) {
        String first = name.get(0).lower();
        boolean given = lists.given(first);
        boolean family = lists.familyFirst().contains(first);
        for (int k = 1; k < name.size(); k++) {
            Token t = name.get(k);
            if (!t.isWord()) {
                continue;
            }
            String l = t.lower();
            // "Madhav Kumar NEPAL", "Domingos SIMOES PEREIRA": a surname in capitals after a given
            // name in normal case is a surname even when it is also a place
            boolean capitalsSurname = t.isAllCaps() && !name.get(0).isAllCaps() && (given || k > 1);
            if (k == name.size() - 1 && ROMAN.matcher(t.text()).matches()) {
                continue; // a regnal number ends the name ("Bartholomew I")
            }
            if (ORG_HEADS.contains(l)
                    || NAMED_THINGS.contains(l)
                    || (!given && lists.notNames().contains(l) && !capitalsSurname)
                    || (lists.placeWords().contains(l) && !capitalsSurname)
                    || notNameWord(t.text())
                    || CALENDAR.contains(l)
                    || (!given && !family && doc.lowerVocabulary.contains(l) && !PARTICLES.contains(t.text()))) {
                return k;
            }
        }
        return name.size();
    }

    /** Decides whether the name found in a run is a person, a cued one-word reference, or nothing. */
    private void classify(PersonDocument doc, Field f, int runStart, int runEnd, RunName found) {
        List<Token> toks = f.tokens();
        List<Token> name = found.tokens();
        boolean cue = found.roleCue();
        int start = name.get(0).start();
        int end = name.get(name.size() - 1).end();
        int orgStart = doc.organisationStart(f, start, end);
        if (orgStart >= 0) {
            // "Pedro Sánchez y Junts per Catalunya": the run went on into an organisation over a
            // particle; the name is what comes before it
            name = beforeOrganisation(name, orgStart);
            if (name.isEmpty()) {
                return;
            }
            end = name.get(name.size() - 1).end();
            runEnd = toks.indexOf(name.get(name.size() - 1)) + 1;
        }
        int words = NameCues.words(name);
        if (words > 5 || doc.companyPrefix(f.text().substring(start, end))) {
            return;
        }
        int afterIdx = runEnd;
        if (afterIdx < toks.size() && toks.get(afterIdx).lower().equals("'s")) {
            afterIdx++;
        }
        boolean speech = NameCues.speechFollows(toks, afterIdx);
        boolean apposition = NameCues.apposition(toks, runEnd)
                || (words > 1
                        && NameCues.roleBefore(toks, runStart)
                        && runEnd < toks.size()
                        && (toks.get(runEnd).isPunct(',') || toks.get(runEnd).isPunct('.') || speech))
                || NameCues.etAl(toks, runEnd)
                || (words > 1 && NameCues.afterCountryPossessive(toks, runStart, lists));
        String first = name.get(0).lower();
        boolean given = lists.given(first);
        boolean familyPattern = lists.familyFirst().contains(first) && familyFirstPattern(name, doc);
        Mention mention = new Mention(f, start, end);
        if (NameCues.signOff(toks, runStart, runEnd)) {
            cue = true; // the writer of a message, a name by position ("Best, Joy")
        }
        if (words == 1) {
            Token w = name.get(0);
            String l = w.lower();
            if (lists.notNames().contains(l)
                    || lists.placeWords().contains(l)
                    || doc.orgWords.contains(w.text())
                    || (lists.given(l) && !cue)) {
                return;
            }
            // alone, a common word ("Order", "Addressing") or a city ("Bamako") is not a person
            // unless an honorific says so ("Mr. Rice", "President Bush")
            int at = runStart;
            while (toks.get(at) != w) {
                at++;
            }
            Token before = NameCues.previousWord(toks, at);
            if (before != null && ARTICLES.contains(before.text()) && !administration(toks, w, afterIdx)) {
                return; // "the Hutus", "the Kennedys": a group; "the Trump administration" names Trump
            }
            boolean honorific =
                    (before != null && HONORIFICS.contains(before.lower())) || NameCues.signOff(toks, runStart, runEnd);
            if (!honorific
                    && (lists.commonWords().contains(l) || lists.capitals().contains(l))) {
                return;
            }
            // a lone capitalised word before "said" is as often a company or an adverb ("Citicorp
            // said", "Additionally") as a person: alone it needs a title or a role apposition
            // (measured on Reuters TRAIN: bare "X said" added 0.3% recall and mostly companies)
            boolean appositionOk =
                    apposition && !doc.lowerVocabulary.contains(l) && !w.sentenceStart() && !notNameWord(w.text());
            // "the Trump administration" names the person (docs/annotation.md)
            boolean administration = administration(toks, w, afterIdx) && !w.sentenceStart();
            if (cue || appositionOk || administration) {
                doc.singles.add(new Candidate(w.text(), mention));
            }
            return;
        }
        boolean capitalsStyle = capitalsStyle(name, doc);
        if (!(cue || given || familyPattern || speech || apposition || capitalsStyle)) {
            return;
        }
        if (!given && !familyPattern && !cue && name.get(0).sentenceStart() && doc.lowerVocabulary.contains(first)) {
            return;
        }
        List<String> ws = new ArrayList<>();
        boolean joinNext = false;
        for (Token t : name) {
            if (t.isPunct('-') && !ws.isEmpty()) {
                ws.set(ws.size() - 1, ws.get(ws.size() - 1) + "-");
                joinNext = true;
                continue;
            }
            boolean capitals = t.isAllCaps()
                    && !ROMAN.matcher(t.text()).matches()
                    && t.text().indexOf('.') < 0;
            String w = capitals ? ShortReferences.titleCase(t.text()) : t.text();
            if (joinNext) {
                ws.set(ws.size() - 1, ws.get(ws.size() - 1) + w);
                joinNext = false;
            } else {
                ws.add(w);
            }
        }
        Person p = new Person(ws, familyPattern && !given);
        p.mentions.add(mention);
        doc.people.add(p);
    }

    /** Lower-case articles before a lone capitalised word that make it a group or a thing. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "les", "los", "las", "die");

    /** "the Trump administration", "the first Trump Administration": the word before it. */
    private static boolean administration(List<Token> toks, Token w, int afterIdx) {
        int next = toks.indexOf(w) + 1;
        return (afterIdx < toks.size() && toks.get(afterIdx).lower().equals("administration"))
                || (next < toks.size() && toks.get(next).lower().equals("administration"));
    }

    /** The words of a name that end before an organisation starting at {@code orgStart}. */
    private static List<Token> beforeOrganisation(List<Token> name, int orgStart) {
        List<Token> kept = new ArrayList<>();
        for (Token t : name) {
            if (t.end() > orgStart) {
                break;
            }
            kept.add(t);
        }
        while (!kept.isEmpty()
                && (!kept.get(kept.size() - 1).isWord()
                        || PARTICLES.contains(kept.get(kept.size() - 1).text()))) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    /**
     * A name in the house style of government reports, given names in normal case and the surname
     * in capitals ("Sam NUJOMA", "Rosario MURILLO", "Domingos SIMOES PEREIRA"): the style is itself
     * the cue, whatever the given name. A word in capitals that names an organisation of the
     * briefing ("SWAPO") or is a word the briefing writes in lower case is not a surname.
     */
    private boolean capitalsStyle(List<Token> name, PersonDocument doc) {
        if (name.get(0).isAllCaps()) {
            return false; // family name first in capitals is the family-first pattern's ("KIM Jong Un"), not "МИД
            // Японии"
        }
        boolean capitals = false;
        boolean normal = false;
        for (Token t : name) {
            if (!t.isWord()) {
                continue;
            }
            String l = t.lower();
            if (t.isAllCaps()) {
                if (t.text().length() < 3
                        || ROMAN.matcher(t.text()).matches()
                        || doc.orgWords.contains(t.text())
                        || doc.lowerVocabulary.contains(l)) {
                    return false;
                }
                capitals = true;
            } else {
                if (doc.lowerVocabulary.contains(l)
                        || lists.notNames().contains(l)
                        || lists.placeWords().contains(l)) {
                    return false;
                }
                normal = true;
            }
        }
        return capitals && normal;
    }

    /** Word shapes that are never part of a name: adverbs, participles, "D-Pa." party-state tags. */
    private static boolean notNameWord(String w) {
        int n = w.length();
        if (n > 6
                && (w.endsWith("ally")
                        || w.endsWith("ously")
                        || w.endsWith("ively")
                        || w.endsWith("ately")
                        || w.endsWith("edly")
                        || w.endsWith("ingly"))) {
            return true;
        }
        return n >= 3 && w.charAt(1) == '-' && "DRI".indexOf(w.charAt(0)) >= 0 && Character.isUpperCase(w.charAt(2));
    }

    /** "Kim Jong Un", "Moon Jae-in", "Xi Jinping": family name, then one or two given-name parts. */
    private boolean familyFirstPattern(List<Token> name, PersonDocument doc) {
        List<Token> words = name.stream().filter(Token::isWord).toList();
        if (words.size() < 2 || words.size() > 3) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            String l = words.get(k).lower();
            // a short syllable of a three-part name may be a word of the text's language ("Un" in French)
            boolean syllable = words.size() == 3 && l.length() <= 3;
            if (lists.notNames().contains(l)
                    || lists.placeWords().contains(l)
                    || (doc.lowerVocabulary.contains(l) && !syllable)
                    || lists.given(l)) {
                return false;
            }
        }
        if (words.size() == 3) {
            return true;
        }
        String second = words.get(1).text();
        int dash = second.indexOf('-');
        boolean hyphenatedGiven =
                dash > 0 && dash + 1 < second.length() && Character.isLowerCase(second.charAt(dash + 1));
        return hyphenatedGiven || !AMBIGUOUS_FAMILY.contains(words.get(0).lower());
    }
}
