package org.briefings.enrich.org;

import static org.briefings.enrich.org.HeadWords.HEADS;
import static org.briefings.enrich.org.HeadWords.IN_HEADS;
import static org.briefings.enrich.org.PatternWords.ARTICLES;
import static org.briefings.enrich.org.PatternWords.CONNECTORS;
import static org.briefings.enrich.org.PatternWords.PLURAL_OWNERS;
import static org.briefings.enrich.org.PatternWords.ROLE_STOPS;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.enrich.date.Months;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Where a run of capitalised words that may hold an organisation's name ends: which lowercase
 * connectors, articles, possessives, places after "in" and company suffixes after a comma it goes on
 * across, and which titles and dates end it. Kept apart from {@link OrganisationPatterns}, which
 * decides what inside the run is a name, because where a run stops is a question of the text's
 * layout and punctuation, and the same run is read by other rules too ({@link EnclosingNames}).
 */
final class CapitalisedRuns {

    /** Offices named after their holder: "Lamar County Sheriff's Office", "Mayor's Office". */
    private static final Set<String> OFFICE_HOLDERS = Words.set(
            "sheriff",
            "governor",
            "attorney",
            "prosecutor",
            "mayor",
            "comptroller",
            "controller",
            "auditor",
            "coroner",
            "marshal",
            "inspector");

    /** Connectors that an article may follow inside one name; "and the" lists two. */
    private static final Set<String> LINKS = WordSet.of("of", "for", "on", "de", "pour", "para");

    /** Indefinite articles, inside a name only after "for": "Council for a Livable World". */
    private static final Set<String> INDEFINITE = Set.of("a", "an");

    /** Company suffixes written after a comma ("Raw Farm, LLC"). */
    private static final Set<String> COMMA_SUFFIXES = Words.set("inc", "llc", "ltd", "plc", "corp", "l.l.c");

    /**
     * Function words a heading writes in capitals ("IN THE HIGH COURT OF KENYA AT NAIROBI",
     * "BETWEEN LAW SOCIETY OF KENYA ... PETITIONER"): read as the lower-case words they are, so
     * that they join or end a name there as they do in running text; and the labels of the parties
     * in a judgment's heading ("RESPONDENT NATIONAL POLICE SERVICE"), which open no name.
     */
    private static final Set<String> CAPS_FUNCTION_WORDS = Words.set(
            "in",
            "the",
            "of",
            "at",
            "and",
            "between",
            "for",
            "on",
            "to",
            "by",
            "from",
            "with",
            "before",
            "versus",
            "petitioner",
            "petitioners",
            "respondent",
            "respondents",
            "appellant",
            "appellants",
            "applicant",
            "applicants",
            "plaintiff",
            "plaintiffs",
            "defendant",
            "defendants");

    private CapitalisedRuns() {}

    /** Whether a token is a function word written in capitals ("OF", "IN THE"). */
    static boolean capsFunctionWord(Token t) {
        return t.isAllCaps() && WordSet.holds(CAPS_FUNCTION_WORDS, t);
    }

    /** End (exclusive) of the run of capitalised words, connectors and '&' starting at i. */
    static int runEnd(List<Token> tokens, int i, boolean[] covered) {
        int j = i + 1;
        while (j < tokens.size() && !covered[j]) {
            Token t = tokens.get(j);
            Token prev = tokens.get(j - 1);
            boolean capsFunction = capsFunctionWord(t);
            String word = capsFunction ? t.lower() : t.text();
            // after a connector the word may have lost an elided article: "pour l'Exploitation"
            int gap = WordSet.holds(CONNECTORS, prev) ? 4 : 2;
            if (t.start() - prev.end() > gap || (t.lineStart() && t.sentenceStart())) {
                break;
            }
            if (t.isWord() && WordSet.holds(ROLE_STOPS, t)) {
                if (!NamedOffices.officeOf(tokens, j)) {
                    break;
                }
                if (NamedOffices.holderNamed(tokens, j + 1)) {
                    j++; // "Office of the Deputy Attorney General Todd Blanche": the office ends at its title
                    break;
                }
            }
            if ((t.isWord() && t.isCapitalised() && !capsFunction && !t.text().startsWith("'")) || elided(t)) {
                j++;
            } else if (placeAfter(tokens, j)) {
                j++; // "Assistance Mission in Afghanistan"
            } else if (CompanySuffixes.lowerCase(t)) {
                j++; // "Sorvella plc"
                break;
            } else if ((t.isWord() && (CONNECTORS.contains(word) || word.equals("and"))) || t.isPunct('&')) {
                if (word.equals("on")
                        && j + 1 < tokens.size()
                        && Months.dayOrMonthName(tokens.get(j + 1).text())) {
                    break; // "the High Constitutional Court on Friday": a date, not "Authority on ..."
                }
                if (j + 1 < tokens.size() && (tokens.get(j + 1).isCapitalised() || elided(tokens.get(j + 1)))) {
                    j++;
                } else if (LINKS.contains(word)
                        && j + 2 < tokens.size()
                        && (ARTICLES.contains(tokens.get(j + 1).text())
                                || (word.equals("for")
                                        && INDEFINITE.contains(tokens.get(j + 1).text())))
                        && tokens.get(j + 2).isCapitalised()
                        && !tokens.get(j + 2).sentenceStart()) {
                    // "National Council for the Safeguard of the Homeland", "Court of Appeals for
                    // the D.C. Circuit", "Revolutionary Front for an Independent East Timor": a
                    // connector and an article inside one name
                    j += 2;
                } else {
                    break;
                }
            } else if (t.isPunct('.')
                    && j + 1 < tokens.size()
                    && prev.isWord()
                    && WordSet.holds(HEADS, prev)
                    && prev.length() <= 4) {
                j++; // "Corp." "Co." "Inc."
                break;
            } else if (t.isPunct(',')
                    && j + 1 < tokens.size()
                    && WordSet.holds(COMMA_SUFFIXES, tokens.get(j + 1))
                    && tokens.get(j + 1).start() - t.end() <= 1) {
                j++; // "Raw Farm, LLC", "Acme Widgets, Inc.": the suffix after a comma is the name's
            } else if ((t.lower().equals("'s")
                            || t.text().equals("'")
                            || t.text().equals("\u2019"))
                    && j + 1 < tokens.size()
                    && tokens.get(j + 1).isCapitalised()
                    && (WordSet.holds(PLURAL_OWNERS, prev) || WordSet.holds(OFFICE_HOLDERS, prev))) {
                j++; // "People's Bank", "Workers' Party"
            } else {
                break;
            }
        }
        return j;
    }

    /** Whether token j is an "in" between a head of {@link HeadWords#IN_HEADS} and a capitalised place. */
    static boolean placeAfter(List<Token> tokens, int j) {
        if (!tokens.get(j).text().equals("in")
                || j + 1 >= tokens.size()
                || !WordSet.holds(IN_HEADS, tokens.get(j - 1))
                || !tokens.get(j - 1).isCapitalised()) {
            return false;
        }
        // a country or a city of the gazetteer, in up to three words ("East Timor"), not "in March"
        Gazetteer places = Gazetteer.load();
        StringBuilder place = new StringBuilder();
        for (int k = j + 1; k < Math.min(tokens.size(), j + 4); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.isCapitalised() || t.sentenceStart()) {
                return false;
            }
            place.append(place.isEmpty() ? "" : " ").append(t.text());
            if (places.codeFor(place.toString()).isPresent()
                    || !places.datelinePlace(place.toString()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A French word with its elided article, "l'Exploitation", "d'Ivoire": a capitalised word of
     * a name ("Institut Français de Recherche pour l'Exploitation de la Mer", "Ministère de
     * l'Unification").
     */
    static boolean elided(Token t) {
        char first = t.firstChar();
        if (first != 'l' && first != 'd') {
            return false; // nearly every token, answered without reading its text
        }
        String w = t.text();
        return t.isWord()
                && w.length() > 3
                && (w.charAt(0) == 'l' || w.charAt(0) == 'd')
                && (w.charAt(1) == '\'' || w.charAt(1) == '\u2019')
                && Character.isUpperCase(w.charAt(2));
    }
}
