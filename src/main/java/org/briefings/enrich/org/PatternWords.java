package org.briefings.enrich.org;

import java.util.Set;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * The words around an organisation's name that {@link OrganisationPatterns} and {@link
 * CapitalisedRuns} read capitalised runs with: the words that open a run but not the name, join its
 * words, stop it before a title, or are too generic to name anything on their own. The head words
 * that make a run a name are in {@link HeadWords}.
 */
final class PatternWords {

    /** Articles after a connector inside a name ("for the", "de la", "of the"). */
    static final Set<String> ARTICLES = WordSet.of("the", "la", "le", "les", "los", "las", "el");

    /** Generic words that describe a party's standing, never name one ("the Ruling Party"). */
    static final Set<String> STANDING = Words.set(
            "ruling",
            "opposition",
            "governing",
            "main",
            "major",
            "big",
            "state",
            "third",
            "political",
            "each",
            "other");

    /** Country names that end in a head word ("Russian Federation"): countries, not organisations. */
    static final Set<String> COUNTRY_NAMES = Words.set(
            "russian federation",
            "soviet union",
            "former soviet union",
            "european union",
            "united kingdom",
            "federation of russia",
            "union of soviet socialist republics");

    /** Words that may sit inside a capitalised name ("Bank of Japan", "Food and Agriculture"). */
    static final Set<String> CONNECTORS = Words.set(
            "of", "for", "&", "the", "on", "de", "du", "des", "la", "del", "los", "las", "y", "et", "pour", "para");

    /** People's titles: a capitalised run stops before them ("Council of Economic Advisers Chairman ..."). */
    static final Set<String> ROLE_STOPS = Words.set(
            "chairman",
            "chairwoman",
            "president",
            "secretary",
            "minister",
            "governor",
            "director",
            "chief",
            "spokesman",
            "spokeswoman",
            "head",
            "leader",
            "deputy",
            "vice",
            "chancellor",
            "commissioner",
            "senator",
            "ambassador",
            "mr",
            "mrs",
            "ms",
            "dr",
            "general",
            "premier",
            "king",
            "queen",
            "prince");

    /** Words whose possessive belongs inside a name ("People's Bank", "Workers' Party"). */
    static final Set<String> PLURAL_OWNERS = Words.set(
            "people",
            "workers",
            "women",
            "children",
            "men",
            "farmers",
            "peoples",
            "citizens",
            "veterans",
            "consumers",
            "investors",
            "girls",
            "boys");

    /**
     * Words before an "and" that end a name of their own rather than share the following head:
     * places and peoples listed beside an organisation ("Britain and the Paris Club").
     */
    static final Set<String> NOT_JOINED = Words.set(
            "u.s.",
            "us",
            "usa",
            "america",
            "britain",
            "china",
            "japan",
            "russia",
            "france",
            "germany",
            "india",
            "europe",
            "africa",
            "asia",
            "washington",
            "london",
            "moscow",
            "beijing",
            "tokyo",
            "paris",
            "american",
            "british",
            "chinese",
            "japanese",
            "russian",
            "french",
            "german",
            "european",
            "government",
            "governments",
            "president",
            "minister",
            "house",
            "senate",
            "congress",
            "states",
            "kingdom",
            "nations");

    /** Generic words: a pattern organisation made only of these and a head names nothing. */
    static final Set<String> GENERIC = Words.set(
            "the",
            "central",
            "national",
            "federal",
            "state",
            "new",
            "general",
            "public",
            "foreign",
            "finance",
            "trade",
            "economic",
            "economy",
            "international",
            "world",
            "development",
            "investment",
            "reserve",
            "commercial",
            "savings",
            "people",
            "people's",
            "peoples",
            "supreme",
            "high",
            "higher",
            "lower",
            "upper",
            "ruling",
            "opposition",
            "main",
            "big",
            "major",
            "local",
            "regional",
            "government",
            "interior",
            "defence",
            "defense",
            "justice",
            "health",
            "education",
            "agriculture",
            "energy",
            "industry",
            "labour",
            "labor",
            "security",
            "executive",
            "joint",
            "special",
            "standing",
            "select",
            "a",
            "an",
            "this",
            "that",
            "its",
            "his",
            "her",
            "their",
            "our",
            "and",
            "of",
            "for",
            "on",
            "in",
            "communist",
            "socialist",
            "democratic",
            "conservative",
            "liberal",
            "green",
            "republican",
            "democrat",
            "first",
            "second",
            "third",
            "north",
            "south",
            "east",
            "west",
            "european",
            "american",
            // kinds of school: "High School", "Law School", "Business School" name no one school
            "business",
            "law",
            "medical",
            "graduate",
            "primary",
            "secondary",
            "elementary",
            "boarding",
            "s");

    /** Sentence-opening words stripped from the front of a pattern organisation. */
    static final Set<String> OPENERS = Words.set(
            "the",
            "a",
            "an",
            "in",
            "on",
            "at",
            "by",
            "for",
            "from",
            "to",
            "with",
            "and",
            "but",
            "while",
            "as",
            "after",
            "before",
            "under",
            "both",
            "when",
            "if",
            "since",
            "said",
            "says",
            "this",
            "that",
            "its",
            "their",
            "his",
            "her",
            "our",
            "meanwhile",
            "also",
            "however",
            "today",
            "yesterday",
            "last",
            "new",
            "el",
            "le",
            "les",
            "los",
            "las",
            // Portuguese: "O Conselho Constitucional"
            "o",
            "os");

    private PatternWords() {}
}
