package org.briefings.enrich.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.enrich.text.SpanCover;
import org.briefings.enrich.text.TextField;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.TokenList;
import org.briefings.enrich.text.Tokenizer;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * What the person tagger knows about one document while it tags it: the fields, the words the
 * document uses in lower case (a capitalised "Analysts" that opens a sentence is then a word, not
 * a name), where its organisations are, and the people and one-word references found so far.
 */
final class PersonDocument {

    /** A one-word reference ("Mr. Kim", "Reagan said") waiting to be linked to a full name. */
    record Candidate(String word, Mention mention) {}

    final List<Field> fields = new ArrayList<>();
    /** The words the fields write in lower case (not a headline field), asked about capitalised words. */
    final LowerWords lowerVocabulary;

    private final List<Span> orgSpans = new ArrayList<>();

    /** {@link #orgSpans} by field, sorted for look-ups ({@link #cover}); emptied by each claim. */
    private final Map<String, SpanCover> covers = new HashMap<>(4);
    /** Capitalised words of the organisations found: their spans are capped, their words are not. */
    final Set<String> orgWords = new HashSet<>();
    /**
     * Names of the organisations found that end as a company's does ("Mark IV Industries Inc"), to
     * tell a company's leading words from a person. Only these can answer {@link #companyPrefix},
     * so they are picked once here rather than at every name candidate: with every organisation's
     * name in the list, each candidate read them all (organisations times candidates, which grows
     * with a report's length; 2.6% of the JFR samples on the CRS reports, 0.7% measured by
     * {@code EnrichAB}).
     */
    private final List<String> companies = new ArrayList<>();

    /** Endings of company names: a name that opens one ("Mark IV" of "Mark IV Industries Inc") is the company's. */
    static final Set<String> COMPANY_ENDINGS = WordSet.of(
            "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "plc", "llc", "industries", "holdings", "group");

    private static final int LONGEST_COMPANY_ENDING =
            COMPANY_ENDINGS.stream().mapToInt(String::length).max().orElse(0);

    final List<Person> people = new ArrayList<>();
    final List<Candidate> singles = new ArrayList<>();

    PersonDocument(TextField title, TextField body, List<EntityMention> organisations) {
        if (!title.isBlank()) {
            fields.add(Field.of(title, 0));
        }
        if (!body.isBlank()) {
            fields.add(Field.of(body, 1));
        }
        lowerVocabulary = new LowerWords(body.tokens().size() / 4 + 16);
        for (Field f : fields) {
            if (f.caps()) {
                continue;
            }
            lowerVocabulary.addLowerWords(TokenList.copyOf(f.tokens()));
        }
        for (EntityMention org : organisations) {
            orgSpans.addAll(org.spans());
            if (companyEnding(org.name())) {
                companies.add(org.name());
            }
        }
        for (Span s : orgSpans) {
            for (Token t : Tokenizer.tokenize(s.text())) {
                if (t.isWord() && t.isCapitalised()) {
                    orgWords.add(t.text());
                }
            }
        }
    }

    /**
     * Whether {@code t} is a form of address before a name: "Mme", "Sr.", "Herr"
     * ({@link CueWords#ADDRESS_FORMS}), or "M."/"MM." in a French text ("M. Macron"; in English
     * "M. Bevand" is an initial).
     */
    boolean address(Token t) {
        if (t == null) {
            return false;
        }
        String l = t.lower();
        if (CueWords.ADDRESS_FORMS.contains(l)) {
            return true;
        }
        if (!t.text().equals("M") && !t.text().equals("MM")) {
            return false;
        }
        return !lowerVocabulary.contains("the")
                && CueWords.FRENCH_WORDS.stream()
                                .filter(lowerVocabulary::contains)
                                .count()
                        >= 3;
    }

    /**
     * Where the first organisation overlapping {@code [start, end)} of the field begins, or -1
     * when none does.
     */
    int organisationStart(Field f, int start, int end) {
        return cover(f).firstOverlapping(start, end);
    }

    /**
     * The organisations' (and claimed names') spans of one field, for the three questions asked of
     * every name candidate; built when first asked and again after a claim. Each question walked
     * every span of the document, organisations times candidates, which grows with a report's length.
     */
    private SpanCover cover(Field f) {
        return covers.computeIfAbsent(
                f.name(),
                name -> SpanCover.ofSpans(
                        orgSpans.stream().filter(s -> s.field().equals(name)).toList()));
    }

    /**
     * True when an organisation of the document is a company whose name opens with {@code name}:
     * "Mark IV said" in a story about "Mark IV Industries Inc" names the company, not a person.
     */
    boolean companyPrefix(String name) {
        if (companies.isEmpty()) {
            return false;
        }
        String prefix = Words.singleSpaces(name) + " ";
        for (String c : companies) {
            if (c.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name's last word is a company's ending ("Inc", "plc", "Holdings"), in any case.
     * Compared in place rather than cut out and lower-cased, which for every organisation of every
     * text was 2-3% of enrichment (JFR, 2026-12-06). The endings are ASCII, and a word with another
     * character never lower-cases to one of them (the Kelvin sign, the one character that becomes
     * an ASCII letter, becomes "k", which no ending has), so such a word is none.
     */
    static boolean companyEnding(String name) {
        int from = name.lastIndexOf(' ') + 1;
        int length = name.length() - from;
        if (length > LONGEST_COMPANY_ENDING) {
            return false;
        }
        for (int k = from; k < name.length(); k++) {
            if (name.charAt(k) >= 0x80) {
                return false;
            }
        }
        for (String ending : COMPANY_ENDINGS) {
            if (ending.length() == length && name.regionMatches(true, from, ending, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A span already read as a person's name ({@link InvertedNames}): no other name is read over
     * it, as over an organisation.
     */
    void claim(Span span) {
        orgSpans.add(span);
        covers.clear();
    }

    /** True when an organisation found in the field starts at character {@code start}. */
    boolean organisationAt(Field f, int start) {
        return cover(f).startsAt(start);
    }

    /** True when {@code [start, end)} of the field overlaps an organisation found there. */
    boolean inOrganisation(Field f, int start, int end) {
        return cover(f).firstOverlapping(start, end) >= 0;
    }
}
