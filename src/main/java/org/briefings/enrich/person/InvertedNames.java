package org.briefings.enrich.person;

import java.util.ArrayList;
import java.util.List;
import org.briefings.Span;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;

/**
 * Names written surname first, in the author lists of reports: "Authors: Blanchard, Christopher
 * M.; Thomas, Clayton; Zanotti, Jim". Read left to right they look like a surname and then a given
 * name cut at its initial ("Christopher M"), and the surnames are lost; so the list form is read
 * first. An item opens the field, a line, or follows a colon or semicolon, and ends at a semicolon
 * or the line's end; it is one capitalised word, a comma, a known given name and initials. The
 * person is named in the usual order ("Christopher M. Blanchard"), so a later "Blanchard" joins
 * them. Items of a sentence ("Nelson, Rebecca and Tom went") do not open after a colon or
 * semicolon, and a sign-off ("Best, Joy"; "Thanks,\nMarco") is the writer's name alone; both are
 * left to the other rules.
 */
final class InvertedNames {

    private InvertedNames() {}

    /** Adds the people of every inverted list item of {@code f} and claims their spans. */
    static void find(PersonDocument doc, Field f, NameLists lists) {
        List<Token> toks = f.tokens();
        for (int i = 0; i + 2 < toks.size(); i++) {
            Token surname = toks.get(i);
            Token given = toks.get(i + 2);
            // the shape first ("Surname, Given" opening an item), the word lists only then: in a
            // text hard-wrapped into lines most words open a line
            if (!opensItem(toks, i)
                    || !toks.get(i + 1).isPunct(',')
                    || given.lineStart() // "Thanks,\nMarco" signs a message
                    || !surname.isCapitalised()
                    || !NameRuns.isNameWord(surname)
                    || !NameRuns.isNameWord(given)
                    || lists.notNames().contains(surname.lower())
                    || lists.placeWords().contains(surname.lower())
                    || WordSet.holds(CueWords.SIGN_OFFS, surname)
                    || WordSet.holds(CueWords.GREETINGS, surname)
                    || !(lists.given(given.lower()) || unlistedGiven(doc, toks, i, lists))) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(given.text()));
            int k = i + 3;
            while (k < toks.size() && initial(toks.get(k))) {
                String letter = toks.get(k).text();
                k++;
                if (k < toks.size()
                        && toks.get(k).isPunct('.')
                        && toks.get(k).start() == toks.get(k - 1).end()) {
                    k++;
                }
                words.add(letter.endsWith(".") ? letter : letter + ".");
            }
            if (!closesItem(toks, k)) {
                continue;
            }
            words.add(surname.text());
            int end = toks.get(k - 1).end();
            Person p = new Person(words, false);
            p.mentions.add(new Mention(f, surname.start(), end));
            doc.people.add(p);
            doc.claim(new Span(f.name(), surname.start(), end, f.text().substring(surname.start(), end)));
            i = k - 1;
        }
    }

    /**
     * "Thomas, Clayton" in a list of authors, a given name the list does not know: taken when the
     * item is one of a semicolon list (a semicolon before or right after it) and neither word is
     * one the text or the language writes in lower case ("Energy, Water; Trade, Tariffs" is not a
     * list of people).
     */
    private static boolean unlistedGiven(PersonDocument doc, List<Token> toks, int i, NameLists lists) {
        Token surname = toks.get(i);
        Token given = toks.get(i + 2);
        boolean semicolonList = (i > 0 && toks.get(i - 1).isPunct(';'))
                || (i + 3 < toks.size() && toks.get(i + 3).isPunct(';'));
        return semicolonList
                && !given.sentenceStart()
                && !lists.notNames().contains(given.lower())
                && !lists.placeWords().contains(given.lower())
                && !lists.commonWords().contains(given.lower())
                && !lists.commonWords().contains(surname.lower())
                && !doc.lowerVocabulary.contains(given.lower())
                && !doc.lowerVocabulary.contains(surname.lower());
    }

    private static boolean opensItem(List<Token> toks, int i) {
        if (i == 0 || toks.get(i).lineStart()) {
            return true;
        }
        Token before = toks.get(i - 1);
        return before.isPunct(';') || before.isPunct(':');
    }

    private static boolean closesItem(List<Token> toks, int k) {
        return k >= toks.size()
                || toks.get(k).isPunct(';')
                || toks.get(k).lineStart()
                || toks.get(k).isPunct('|');
    }

    /** "M" or "M.": one capital letter. */
    private static boolean initial(Token t) {
        String s = t.text();
        return t.isWord()
                && (s.length() == 1 || (s.length() == 2 && s.charAt(1) == '.'))
                && Character.isUpperCase(s.charAt(0));
    }
}
