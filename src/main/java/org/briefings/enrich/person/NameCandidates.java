package org.briefings.enrich.person;

import static org.briefings.enrich.person.CueWords.GREETINGS;
import static org.briefings.enrich.person.CueWords.NAMED_THINGS;
import static org.briefings.enrich.person.PersonWords.CALENDAR;
import static org.briefings.enrich.person.PersonWords.HONORIFICS;
import static org.briefings.enrich.person.PersonWords.ORG_HEADS;
import static org.briefings.enrich.person.PersonWords.PARTICLES;
import static org.briefings.enrich.person.PersonWords.ROLES;
import static org.briefings.enrich.person.PersonWords.SUFFIXES;

import java.util.ArrayList;
import java.util.List;
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

    private final NameLists lists;
    private final NameShapes shapes;

    NameCandidates(NameLists lists) {
        this.lists = lists;
        this.shapes = new NameShapes(lists);
    }

    /** A run's name after stripping: its tokens and whether a role introduced it. */
    private record RunName(List<Token> tokens, boolean roleCue) {}

    /** Adds the field's people to {@code doc.people} and its cued one-word references to {@code doc.singles}. */
    void find(PersonDocument doc, Field f) {
        List<Token> toks = f.tokens();
        int i = 0;
        while (i < toks.size()) {
            if (!NameRuns.isNameWord(toks.get(i))
                    && !NameRuns.capitalsSurname(toks, i)
                    && !NameRuns.initials(toks, i)) {
                i++;
                continue;
            }
            if (i + 1 < toks.size()
                    && toks.get(i).lineStart()
                    && GREETINGS.contains(toks.get(i).lower())
                    && NameRuns.isNameWord(toks.get(i + 1))) {
                i++; // "Hi Tom,": the greeting opens the run but is no part of the name
            }
            int end = NameRuns.runEnd(toks, i);
            RunName name = name(doc, toks, i, end);
            if (name != null) {
                classify(doc, f, i, end, name);
            }
            i = end;
        }
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
                    && ROLES.contains(before.lower())
                    && !before.text().equals("first");
            if (before != null && before.lower().equals("of") && runEnd - runStart >= 2) {
                // "Assistant Secretary of State Molly Phee", "Secretary of State Rubio": a title with
                // its portfolio before the name
                Token role = NameCues.previousWord(toks, indexOf(toks, before, runStart - 2));
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
        keepSuffixDot(toks, runEnd, name);
        // "Investor David F. Laroche", "Affairs Allen Wallis": start at a given name after other words
        if (!lists.given(name.get(0).lower())
                && !lists.familyFirst().contains(name.get(0).lower())
                && !name.get(0).isAllCaps()) { // "MIN AUNG HLAING" is one name in capitals
            for (int k = 1; k < name.size() - 1; k++) {
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

    /**
     * Where token {@code t} (one of {@code toks}, compared by identity) is, searching from {@code
     * from} on: what {@code toks.indexOf(t)} gives without comparing every token before it.
     */
    private static int indexOf(List<Token> toks, Token t, int from) {
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
                && SUFFIXES.contains(last.lower())
                && last.text().length() == 2
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
            if (k == name.size() - 1 && NameRuns.roman(t.text())) {
                continue; // a regnal number ends the name ("Bartholomew I")
            }
            if (ORG_HEADS.contains(l)
                    || NAMED_THINGS.contains(l)
                    || (!given && lists.notNames().contains(l) && !capitalsSurname)
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

    /** No word of the name is one written in lower case most of the time ("Pew Research"). */
    private boolean noCommonWord(List<Token> name) {
        for (Token t : name) {
            if (t.isWord() && t.text().length() > 1 && lists.commonWords().contains(t.lower())) {
                return false;
            }
        }
        return true;
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
            name = NameShapes.beforeOrganisation(name, orgStart);
            if (name.isEmpty()) {
                return;
            }
            end = name.get(name.size() - 1).end();
            runEnd = indexOf(toks, name.get(name.size() - 1), runStart) + 1;
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
        boolean familyPattern = lists.familyFirst().contains(first) && shapes.familyFirstPattern(name, doc);
        Mention mention = new Mention(f, start, end);
        boolean addressed = NameCues.signOff(toks, runStart, runEnd) || NameCues.greeting(toks, runStart, runEnd);
        if (addressed) {
            cue = true; // the writer or the reader of a message, a name by position ("Best, Joy", "Hi Tom,")
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
            if (before != null
                    && NameShapes.ARTICLES.contains(before.text())
                    && !NameShapes.administration(toks, at, afterIdx)) {
                return; // "the Hutus", "the Kennedys": a group; "the Trump administration" names Trump
            }
            boolean honorific = (before != null && HONORIFICS.contains(before.lower())) || addressed;
            if (!honorific
                    && (lists.commonWords().contains(l) || lists.capitals().contains(l))) {
                return;
            }
            // a lone capitalised word before "said" is as often a company or an adverb ("Citicorp
            // said", "Additionally") as a person: alone it needs a title or a role apposition
            // (measured on Reuters TRAIN: bare "X said" added 0.3% recall and mostly companies)
            boolean appositionOk = apposition
                    && !doc.lowerVocabulary.contains(l)
                    && !w.sentenceStart()
                    && !NameShapes.notNameWord(w.text());
            // "the Trump administration" names the person (docs/annotation.md)
            boolean administration = NameShapes.administration(toks, at, afterIdx) && !w.sentenceStart();
            if (cue || appositionOk || administration) {
                doc.singles.add(new Candidate(w.text(), mention));
            }
            return;
        }
        boolean capitalsStyle = shapes.capitalsStyle(name, doc);
        // a source after "according to", a name listed beside a person, the author of a cited
        // work, a name after "led by" or before "of" and a party: no common word in it
        boolean listed = words <= 3
                && (NameCues.afterAccordingTo(toks, runStart)
                        || NameCues.coordinatedWithPerson(toks, runStart, f, doc.people)
                        || NameCues.citedAuthor(toks, runStart, runEnd)
                        || NameCues.afterLink(toks, runStart)
                        || NameCues.memberOf(toks, runEnd, f, doc))
                && noCommonWord(name);
        if (!(cue || given || familyPattern || speech || apposition || capitalsStyle || listed)) {
            return;
        }
        if (!given && !familyPattern && !cue && name.get(0).sentenceStart() && doc.lowerVocabulary.contains(first)) {
            return;
        }
        if (!cue && lists.capitals().contains(joinedLower(name))) {
            return; // "Phnom Penh said", "in Kuala Lumpur": a city of the gazetteer, not a person
        }
        List<String> ws = new ArrayList<>();
        boolean joinNext = false;
        for (Token t : name) {
            if (t.isPunct('-') && !ws.isEmpty()) {
                ws.set(ws.size() - 1, ws.get(ws.size() - 1) + "-");
                joinNext = true;
                continue;
            }
            boolean capitals =
                    t.isAllCaps() && !NameRuns.roman(t.text()) && t.text().indexOf('.') < 0;
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

    /** The words of a name in lower case, joined by single spaces ("phnom penh"). */
    private static String joinedLower(List<Token> name) {
        StringBuilder out = new StringBuilder();
        for (Token t : name) {
            out.append(out.isEmpty() ? "" : " ").append(t.lower());
        }
        return out.toString();
    }
}
