package org.briefings.enrich.person;

import static org.briefings.enrich.person.CueWords.GREETINGS;
import static org.briefings.enrich.person.PersonWords.HONORIFICS;

import java.util.ArrayList;
import java.util.List;
import org.briefings.enrich.person.PersonDocument.Candidate;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.TokenList;
import org.briefings.enrich.text.WordSet;

/**
 * Finds the people a field names in full, and the one-word references with a cue ("Mr. Kim",
 * "Reagan, the president,"), from runs of capitalised words. {@link RunNames} reads the name inside
 * a run; it becomes a person when there is a cue: a role before it, a common given name or an East
 * Asian family name first, a speech verb or a role apposition after it.
 */
final class NameCandidates {

    private final NameLists lists;
    private final NameShapes shapes;
    private final RunNames names;

    NameCandidates(NameLists lists) {
        this.lists = lists;
        this.shapes = new NameShapes(lists);
        this.names = new RunNames(lists);
    }

    /** Adds the field's people to {@code doc.people} and its cued one-word references to {@code doc.singles}. */
    void find(PersonDocument doc, Field f) {
        List<Token> toks = f.tokens();
        TokenList list = TokenList.copyOf(toks);
        int i = 0;
        while (i < toks.size()) {
            if (!list.isWord(i) || !(list.isCapitalised(i) || list.isAllCaps(i) || list.hasHyphen(i))) {
                // each test below needs a word that is capitalised, in capitals or hyphenated: most
                // tokens are turned away from the list's arrays, without reading them
                i++;
                continue;
            }
            if (!NameRuns.isNameWord(toks.get(i))
                    && !NameRuns.capitalsSurname(toks, i)
                    && !NameRuns.initials(toks, i)
                    && !NameRuns.leadingInitial(toks, i)) {
                i++;
                continue;
            }
            if (i + 1 < toks.size()
                    && toks.get(i).lineStart()
                    && WordSet.holds(GREETINGS, toks.get(i))
                    && NameRuns.isNameWord(toks.get(i + 1))) {
                i++; // "Hi Tom,": the greeting opens the run but is no part of the name
            }
            int end = NameRuns.runEnd(toks, i);
            RunNames.RunName name = names.name(doc, toks, i, end);
            if (name != null) {
                classify(doc, f, i, end, name);
            }
            i = end;
        }
    }

    /** No word of the name is one written in lower case most of the time ("Pew Research"). */
    private boolean noCommonWord(List<Token> name) {
        for (Token t : name) {
            if (t.isWord() && t.length() > 1 && lists.commonWords().contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** Decides whether the name found in a run is a person, a cued one-word reference, or nothing. */
    private void classify(PersonDocument doc, Field f, int runStart, int runEnd, RunNames.RunName found) {
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
            runEnd = RunNames.indexOf(toks, name.get(name.size() - 1), runStart) + 1;
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
        String first = firstName(name).lower(); // "Eric" of "R. Eric Petersen"
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
                    || CyrillicNames.inflectedPlace(l, lists) // "президентом Беларуси"
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
            boolean honorific =
                    (before != null && WordSet.holds(HONORIFICS, before)) || doc.address(before) || addressed;
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
        // "Qaboos bin Said": "bin" between two name words is the shape of an Arabic name
        boolean nasab = ArabicNames.nasab(name);
        // "Tendai Mnangagwa", "Santiago Peña": a listed family name after name-like words
        boolean knownSurname = KnownSurnames.last(name, doc, lists);
        // "KISHIDA Fumio": a listed family name first, in capitals
        boolean capitalsFamily = KnownSurnames.firstInCapitals(name, doc, lists);
        if (!(cue
                || given
                || familyPattern
                || speech
                || apposition
                || capitalsStyle
                || listed
                || nasab
                || knownSurname
                || capitalsFamily)) {
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
        Person p = new Person(ws, (familyPattern || capitalsFamily) && !given);
        p.mentions.add(mention);
        doc.people.add(p);
    }

    /** The first word of the name that is more than an initial. */
    private static Token firstName(List<Token> name) {
        for (Token t : name) {
            if (t.isWord() && t.length() > 1) {
                return t;
            }
        }
        return name.get(0);
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
