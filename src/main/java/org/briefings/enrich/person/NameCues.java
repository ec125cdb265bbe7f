package org.briefings.enrich.person;

import static org.briefings.enrich.person.CueWords.GREETINGS;
import static org.briefings.enrich.person.CueWords.SIGN_OFFS;
import static org.briefings.enrich.person.PersonWords.AUXILIARIES;
import static org.briefings.enrich.person.PersonWords.ROLES;
import static org.briefings.enrich.person.PersonWords.SPEECH;

import java.util.List;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;

/** The context that makes a capitalised run a person: a speech verb after it, a role around it. */
final class NameCues {

    private NameCues() {}

    /** A speech verb at i, after up to two auxiliaries or after a comma ("Dauster, said"). */
    static boolean speechFollows(List<Token> toks, int i) {
        for (int k = i; k < Math.min(toks.size(), i + 3); k++) {
            Token t = toks.get(k);
            if (t.isWord() && WordSet.holds(SPEECH, t)) {
                return true;
            }
            if (!(t.isWord() && WordSet.holds(AUXILIARIES, t)) && !(k == i && t.isPunct(','))) {
                return false;
            }
        }
        return false;
    }

    /** ", the finance minister," / ", chairman of ..." right after a name. */
    static boolean apposition(List<Token> toks, int i) {
        if (i >= toks.size() || !toks.get(i).isPunct(',')) {
            return false;
        }
        for (int k = i + 1; k < Math.min(toks.size(), i + 8); k++) {
            Token t = toks.get(k);
            if (t.isPunct(',') || t.isPunct('.') || t.isPunct(';')) {
                return false;
            }
            if (t.isWord() && WordSet.holds(ROLES, t) && !t.lower().equals("head")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The signature of a message: "Best, Joy", "Amitiés, Claire", "Grüße, Jonas" closing the text,
     * where a lone given name (or a common word used as one) is the writer.
     */
    static boolean signOff(List<Token> toks, int runStart, int runEnd) {
        if (runEnd < toks.size() && !toks.get(runEnd).lineStart()) {
            return false;
        }
        if (runStart < 2 || !toks.get(runStart - 1).isPunct(',')) {
            return false;
        }
        int k = runStart - 2;
        while (k > 0 && !toks.get(k).lineStart() && runStart - k < 4) {
            k--;
        }
        if (!toks.get(k).lineStart()) {
            return false;
        }
        for (int j = k; j < runStart - 1; j++) {
            if (toks.get(j).isWord() && WordSet.holds(SIGN_OFFS, toks.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person a message is addressed to: "Hi Tom,", "Dear Ana,", "Hola Marta:" opening a line,
     * or a line of a message's header naming a person ("To: Lena", "À : Chloé", "Para: Lucía";
     * {@link CueWords#HEADER_LABELS}). The name is one or two words and ends
     * the greeting (a comma, a colon, an exclamation mark or the line's end).
     */
    static boolean greeting(List<Token> toks, int runStart, int runEnd) {
        if (runStart < 1 || runEnd - runStart > 2) {
            return false;
        }
        boolean closed = runEnd >= toks.size()
                || toks.get(runEnd).lineStart()
                || toks.get(runEnd).isPunct(',')
                || toks.get(runEnd).isPunct(':')
                || toks.get(runEnd).isPunct('!');
        if (!closed) {
            return false;
        }
        Token before = toks.get(runStart - 1);
        if (before.isWord() && before.lineStart() && WordSet.holds(GREETINGS, before)) {
            return true;
        }
        return runStart >= 2
                && before.isPunct(':')
                && toks.get(runStart - 2).lineStart()
                && WordSet.holds(CueWords.HEADER_LABELS, toks.get(runStart - 2));
    }

    /** "Diva Amon et al.": the first author of a cited work. */
    static boolean etAl(List<Token> toks, int i) {
        return i + 1 < toks.size()
                && toks.get(i).text().equals("et")
                && toks.get(i + 1).text().equals("al");
    }

    /**
     * "France's Herné Berville", "Russia's Sergei Lavrov": a country's possessive before a name of
     * two words or more, none of them a word the text writes in lower case.
     */
    static boolean afterCountryPossessive(List<Token> toks, int runStart, NameLists lists) {
        if (runStart < 2 || !toks.get(runStart - 1).lower().equals("'s")) {
            return false;
        }
        Token owner = toks.get(runStart - 2);
        return owner.isWord() && lists.placeWords().contains(owner.lower());
    }

    /** "according to Harlan Oxendine": a source named right after "according to". */
    static boolean afterAccordingTo(List<Token> toks, int runStart) {
        return runStart >= 2
                && toks.get(runStart - 1).lower().equals("to")
                && toks.get(runStart - 2).lower().equals("according");
    }

    /** Verbs and adjectives that put a person right after them: "led by", "loyal to". */
    private static final java.util.Set<String> LINKS = WordSet.of(
            "led by", "run by", "headed by", "founded by", "chaired by", "loyal to", "linked to", "close to");

    /** "the coalition led by Aubrey Norton", "loyal to Ismael Zambada": a name after a link to a person. */
    static boolean afterLink(List<Token> toks, int runStart) {
        return runStart >= 2
                && LINKS.contains(toks.get(runStart - 2).lower() + " "
                        + toks.get(runStart - 1).lower());
    }

    /**
     * "Ersin Tatar of the National Unity Party": a name followed by "of", an optional "the" and an
     * organisation the text names right there, the way news text introduces a party's people.
     */
    static boolean memberOf(List<Token> toks, int runEnd, Field f, PersonDocument doc) {
        int k = runEnd;
        if (k + 1 >= toks.size() || !toks.get(k).text().equals("of")) {
            return false;
        }
        k++;
        if (toks.get(k).text().equals("the") && k + 1 < toks.size()) {
            k++;
        }
        return doc.organisationAt(f, toks.get(k).start());
    }

    /**
     * "Max J. Krause and Thabet Tolaymat", "Robert Bork, Harriet Miers": a name joined by "and", "&"
     * or a comma (an Oxford comma too) to a person already found in the same field, the way
     * author lists and lists of nominees run.
     */
    static boolean coordinatedWithPerson(List<Token> toks, int runStart, Field f, List<Person> people) {
        int k = runStart - 1;
        if (k < 1 || toks.get(runStart).lineStart()) {
            return false; // "Excellencies,\nDistinguished Ladies": a new line is a new item, not a list
        }
        Token joint = toks.get(k);
        boolean and =
                joint.isWord() && (joint.lower().equals("and") || joint.text().equals("&"));
        if (!and && !joint.isPunct(',')) {
            return false;
        }
        k--;
        if (and && k > 0 && toks.get(k).isPunct(',')) {
            k--;
        }
        int end = toks.get(k).end();
        for (Person p : people) {
            for (Mention m : p.mentions) {
                if (m.field() == f && m.end() == end && p.words.size() > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "; Hass McCook, \"Drivers of ...\"": the author of a cited work in a list of sources, a name
     * opening an item (after a semicolon, a colon, "and" or at a line's start) and followed by a
     * comma and the quoted title.
     */
    static boolean citedAuthor(List<Token> toks, int runStart, int runEnd) {
        if (runEnd + 1 >= toks.size()
                || !toks.get(runEnd).isPunct(',')
                || !(toks.get(runEnd + 1).isPunct('"') || toks.get(runEnd + 1).isPunct('\u201c'))
                // an opening quote, not the closing one of a title that ends in a name ("... Backyard Flocks,\"")
                || toks.get(runEnd + 1).start() == toks.get(runEnd).end()
                || runEnd + 2 >= toks.size()
                || toks.get(runEnd + 2).start() != toks.get(runEnd + 1).end()) {
            return false;
        }
        if (runStart == 0 || toks.get(runStart).lineStart()) {
            return true;
        }
        Token before = toks.get(runStart - 1);
        return before.isPunct(';')
                || before.isPunct(':')
                || (before.isWord() && before.lower().equals("and"));
    }

    /** Words in a name, its dots after initials left out. */
    static int words(List<Token> name) {
        int words = 0;
        for (int k = 0; k < name.size(); k++) {
            if (name.get(k).isWord()) {
                words++;
            }
        }
        return words;
    }

    /** "Minister of Trade and Industry, Hajime Tamura, ...": a role earlier in the same clause. */
    static boolean roleBefore(List<Token> toks, int runStart) {
        if (runStart == 0 || !toks.get(runStart - 1).isPunct(',')) {
            return false;
        }
        for (int k = runStart - 2; k >= Math.max(0, runStart - 10); k--) {
            Token t = toks.get(k);
            if (t.isPunct(',') || t.isPunct('.') || t.isPunct(';')) {
                return false;
            }
            if (t.isWord() && WordSet.holds(ROLES, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word before token i, over the dot of an abbreviation ("Mr. Kim"), or null. A full stop
     * that ends a sentence is a boundary: in "... be appointed prime minister. Addressing
     * reporters ..." the role belongs to the sentence before.
     */
    static Token previousWord(List<Token> toks, int i) {
        int k = i - 1;
        if (k >= 0 && toks.get(k).isPunct('.')) {
            // "M. Tebboune", "Sr. Okonkwo": a form of address does not end the sentence
            boolean address = k > 0 && WordSet.holds(CueWords.ADDRESS_FORMS, toks.get(k - 1));
            if (i < toks.size() && toks.get(i).sentenceStart() && !address) {
                return null;
            }
            k--;
        }
        return k >= 0 && toks.get(k).isWord() ? toks.get(k) : null;
    }
}
