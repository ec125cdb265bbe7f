package org.briefings.enrich.org;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Names in French, Spanish and Portuguese that open with a capitalised head and go on in lower
 * case, with no acronym to bound them: "le Conseil présidentiel de transition a nommé ...", "le
 * Tribunal suprême de justice a validé ...", "l'Organisation nationale de gestion des urgences",
 * "o Conselho Constitucional". The name takes the adjectives after the head and the complements
 * introduced by "de", "da" ("de transition", "des urgences", "d'État"), and ends at punctuation, a
 * function word or a word that is neither (a verb: "nommé" after "a", "aprobó"). Only in a field
 * written in one of those languages: in English the same heads ("Tribunal", "Commission") are
 * followed by verbs that look like any other word.
 */
final class HeadFirstNames {

    /** Words a name takes after the head, at most. */
    private static final int MAX_AFTER = 6;

    /**
     * Characters between a word and the next when {@link ElidedArticles} cut an elided article
     * ("d'") from the next: a space and the article's two characters.
     */
    private static final int ELIDED_GAP = 3;

    /** Indefinite articles: after one, a head names a kind of body, not one body. */
    private static final Set<String> INDEFINITE = Words.set("un", "una", "une", "unos", "unas", "uno");

    /** Prepositions that introduce a complement inside the name. */
    private static final Set<String> LINKS = Words.set("de", "des", "du", "del", "d'", "da", "do", "das", "dos");

    /** Endings of French and Spanish adjectives ("présidentiel", "unitaire", "nacional", "eléctrica"). */
    private static final List<String> ADJECTIVE_ENDINGS = List.of(
            "al",
            "ale",
            "aux",
            "ales",
            "el",
            "elle",
            "iel",
            "ielle",
            "ien",
            "ienne",
            "ique",
            "iques",
            "if",
            "ive",
            "aire",
            "aires",
            "ain",
            "aine",
            "ais",
            "aise",
            "ois",
            "oise",
            "ier",
            "ière",
            "eur",
            "ieure",
            "ême",
            "iste",
            "istes",
            "ista",
            "istas",
            "eux",
            "euse",
            "ble",
            "ico",
            "ica",
            "icos",
            "icas",
            "ivo",
            "iva",
            "ano",
            "ana",
            "ense",
            "ar",
            "ares",
            "or",
            "ora",
            "ero",
            "era",
            "ino",
            "ina",
            "ente",
            "ado",
            "ada",
            "ido",
            "ida",
            "ionnel",
            "ionnelle");

    /** Function words of French, Spanish, Portuguese and English, counted to tell the language of a field. */
    static final Set<String> ROMANCE = Words.set(
            "le", "la", "les", "des", "du", "est", "une", "et", "dans", "el", "los", "las", "del", "que", "y", "una",
            "por", "con", "para", "sur", "avec", "da", "das", "dos", "os", "uma", "com", "não", "pela", "pelo", "ao");

    static final Set<String> ENGLISH = Words.set("the", "of", "and", "is", "was", "to", "in", "with", "for", "on");

    static {
        if (ROMANCE.stream().anyMatch(ENGLISH::contains)) {
            throw new ExceptionInInitializerError("a function word listed as both Romance and English");
        }
    }

    /** The longest of those function words: a longer word is none of them, without a look-up. */
    private static final int FUNCTION_WORD_LENGTH = Stream.concat(ROMANCE.stream(), ENGLISH.stream())
            .mapToInt(String::length)
            .max()
            .orElse(0);

    /** Ministries written in lower case before their portfolio: "le ministère de l'Unification". */
    private static final Set<String> LOWER_HEADS = Words.set("ministère", "ministerio");

    /**
     * Nouns written in lower case before the name of a party, movement or group: "le parti Rêve
     * géorgien", "el partido Fuerza Popular", "el grupo Mara Salvatrucha". The noun is not part of
     * the name.
     */
    private static final Set<String> NAME_NOUNS = Words.set(
            "parti",
            "partido",
            "mouvement",
            "movimiento",
            "coalition",
            "coalición",
            "groupe",
            "grupo",
            "milice",
            "milicia",
            "alliance",
            "alianza");

    private HeadFirstNames() {}

    /**
     * A name at a lower-case word {@code i}: a ministry and its capitalised portfolio ("le ministère
     * de l'Unification", "el ministerio de Defensa"), or the capitalised name after a noun for a
     * party or group ("le parti présidentiel Renaissance" is "Renaissance"); null otherwise.
     */
    static TokenRange lowerCaseAt(List<Token> tokens, int i, boolean[] covered) {
        String w = tokens.get(i).lower();
        if (LOWER_HEADS.contains(w)) {
            boolean portfolio = i + 2 < tokens.size()
                    && WordSet.holds(LINKS, tokens.get(i + 1))
                    && (tokens.get(i + 2).isCapitalised()
                            || (i + 3 < tokens.size() && tokens.get(i + 3).isCapitalised()));
            return portfolio ? at(tokens, i, covered) : null;
        }
        if (!NAME_NOUNS.contains(w)) {
            return null;
        }
        int k = i + 1;
        if (k < tokens.size()
                && tokens.get(k).isWord()
                && !tokens.get(k).isCapitalised()
                && adjective(tokens.get(k).lower())) {
            k++; // "le parti présidentiel Renaissance", "el partido oficialista Morena"
        }
        if (k >= tokens.size()
                || covered[k]
                || !tokens.get(k).isCapitalised()
                || tokens.get(k).sentenceStart()) {
            return null;
        }
        int end = k + 1;
        while (end < tokens.size()
                && end - k < MAX_AFTER
                && !covered[end]
                && tokens.get(end).isWord()
                && !tokens.get(end).sentenceStart()
                && tokens.get(end).start() - tokens.get(end - 1).end() <= 1
                && (tokens.get(end).isCapitalised() || adjective(tokens.get(end).lower()))) {
            end++;
        }
        return new TokenRange(k, end);
    }

    /** Whether a field is written in French, Spanish or Portuguese rather than English, by its function words. */
    static boolean romance(List<Token> tokens) {
        int romance = 0;
        int english = 0;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            // an English text decides it about two thirds in: even were every token left a
            // romance function word, there would not be more than twice the English ones
            if ((i & 63) == 0 && romance + (n - i) <= 2 * english) {
                return false;
            }
            Token t = tokens.get(i);
            // the word's length from its offsets first: its lower-case form is never shorter. Then
            // the lists, English first: a word in neither is turned away by the hash the token
            // keeps, while reading a member's string costs, and English texts are most of them
            if (t.isWord() && t.end() - t.start() <= FUNCTION_WORD_LENGTH && !t.isCapitalised()) {
                if (WordSet.holds(ENGLISH, t)) {
                    english++;
                } else if (WordSet.holds(ROMANCE, t)) {
                    romance++;
                }
            }
        }
        return romance >= 3 && romance > 2 * english;
    }

    /** The name opening with a head at token {@code i}, or null. */
    static TokenRange at(List<Token> tokens, int i, boolean[] covered) {
        Token head = tokens.get(i);
        String h = head.lower();
        if (!head.isWord()
                || head.isAllCaps()
                || !(AcronymNames.HEADS_FIRST.contains(h) || AcronymNames.OPENING_HEADS.contains(h))) {
            return null;
        }
        // "un Congreso bicameral", "une commission spéciale": an indefinite article describes a kind of body
        if (i > 0 && WordSet.holds(INDEFINITE, tokens.get(i - 1))) {
            return null;
        }
        int end = i + 1;
        int k = i + 1;
        boolean afterLink = false;
        while (k < tokens.size() && k - i <= MAX_AFTER && !covered[k]) {
            Token t = tokens.get(k);
            // after a link the word may have lost its elided article: "de l'Unification"
            int gap = afterLink ? 3 : 1;
            int space = t.start() - tokens.get(k - 1).end();
            // "Conseil d'État", "Police nationale d'Haïti": the elided "d'" cut from a capitalised word is a link
            boolean elidedComplement = !afterLink && space == ELIDED_GAP && t.isCapitalised();
            if (!t.isWord() || (space > gap && !elidedComplement) || t.sentenceStart()) {
                break;
            }
            String l = t.lower();
            if (elidedComplement) {
                end = k + 1;
            } else if (LINKS.contains(l) || elidedLink(l)) {
                if (RunOnNames.personAt(tokens, k + 1)) {
                    break; // "le Parti conservateur de Pierre Poilievre": the party, then who leads it
                }
                if (elidedLink(l) && l.length() > 2) {
                    end = k + 1; // "d'appui": the link and its noun in one token
                }
                afterLink = true;
            } else if (afterLink || t.isCapitalised() || adjective(l)) {
                end = k + 1;
                afterLink = false;
            } else {
                break;
            }
            k++;
        }
        return end > i + 1 ? new TokenRange(i, end) : null;
    }

    private static boolean elidedLink(String l) {
        return l.startsWith("d'") || l.startsWith("d\u2019");
    }

    /** Whether a lower-case word has the ending of a French or Spanish adjective ("électoral", "nacional"). */
    static boolean adjective(String l) {
        for (String e : ADJECTIVE_ENDINGS) {
            if (l.length() > e.length() + 2 && l.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
