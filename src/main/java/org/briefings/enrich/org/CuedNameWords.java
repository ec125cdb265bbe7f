package org.briefings.enrich.org;

import java.util.Set;
import org.briefings.enrich.date.Months;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * The word lists {@link CuedNames} reads a name's context with: the nouns for kinds of bodies,
 * the modifiers between a name and its noun, and the words that rule a cue out. Kept apart from
 * the rules, as {@link PatternWords} is for the patterns, so that every word they depend on is in
 * one place.
 */
final class CuedNameWords {

    /** Nouns for a kind of body: after its name ("the Georgian Dream party") or before it. */
    static final Set<String> NOUNS = Words.set(
            "party",
            "movement",
            "militia",
            "group",
            "rebels",
            "coalition",
            "alliance",
            "bloc",
            "faction",
            "gang",
            "cartel",
            "agency",
            "newspaper",
            "broadcaster",
            "company",
            "firm",
            "consultancy",
            "conglomerate",
            "insurer",
            "carrier",
            "lender",
            "miner",
            "site",
            "outlet",
            "journal",
            "magazine",
            "website",
            "daily",
            "band",
            "team",
            "club",
            "consortium",
            "cooperative",
            "subsidiary",
            "maker",
            "manufacturer",
            "producer",
            "retailer",
            "meatpacker",
            "operator",
            "exporter",
            "developer",
            "chain",
            "airline");

    /**
     * Nouns that name a body only with a modifier before them ("the news agency", "the news site",
     * "the mining company"): alone they are too often a description ("the firm Monday").
     */
    static final Set<String> NEED_MODIFIER = Words.set(
            "agency",
            "site",
            "outlet",
            "carrier",
            "miner",
            "maker",
            "producer",
            "operator",
            "developer",
            "chain",
            "cooperative");

    /** Words between a name and its noun, or before the noun: "the M23 rebel group", "the ruling party". */
    static final Set<String> MODIFIERS = Words.set(
            "rebel",
            "mercenary",
            "militant",
            "armed",
            "opposition",
            "ruling",
            "governing",
            "islamist",
            "jihadist",
            "paramilitary",
            "political",
            "separatist",
            "insurgent",
            "extremist",
            "terrorist",
            "nationalist",
            "populist",
            "centrist",
            "conservative",
            "liberal",
            "far-right",
            "far-left",
            "right-wing",
            "left-wing",
            "news",
            "mining",
            "shipping",
            "energy",
            "oil",
            "state",
            "state-owned",
            "state-run",
            "private",
            "security",
            "consulting",
            "technology",
            "tech",
            "investment",
            "insurance",
            "media",
            "environmental",
            "pro-government",
            "pro-russian",
            "opposition-held",
            "ruling-party",
            "small",
            "new",
            "army",
            "official",
            "scientific",
            "medical",
            "online",
            "telecoms",
            "telecom",
            "dairy",
            "drone",
            "defence",
            "defense",
            "arms",
            "car",
            "steel",
            "food",
            "chemicals",
            "pharmaceutical",
            "drug",
            "retail",
            "logistics",
            "construction",
            "research",
            "rights",
            "advocacy",
            "power",
            "gas",
            "coal",
            "gold",
            "copper",
            "lithium",
            "meatpacking",
            "agribusiness",
            "engineering",
            "software",
            "chip",
            "semiconductor",
            "satellite",
            "centre-right",
            "center-right",
            "centre-left",
            "center-left");

    /**
     * Words a body-noun apposition may go on with after its noun: "CBC, a consortium led by ...",
     * "Uranium One, a subsidiary of Rosatom", "Cristosal, a rights group that ...".
     */
    static final Set<String> AFTER_NOUN = Words.set(
            "led",
            "run",
            "owned",
            "based",
            "of",
            "that",
            "which",
            "founded",
            "backed",
            "controlled",
            "headquartered",
            "listed");

    /** Words before a run that make it the last part of a longer name or a list. */
    static final Set<String> LIST_LINKS = WordSet.of("and", ",", "&", "/", "-", "or");

    /**
     * Peoples, faiths and regions: "the Arab coalition", "the Kurdish militia", "the Sunni
     * faction" describe a body by who is in it.
     */
    static final Set<String> PEOPLES = Words.set(
            "arab",
            "arabs",
            "kurdish",
            "kurd",
            "kurds",
            "islamic",
            "islamist",
            "muslim",
            "christian",
            "jewish",
            "hindu",
            "buddhist",
            "sunni",
            "shia",
            "shiite",
            "druze",
            "western",
            "eastern",
            "northern",
            "southern",
            "african",
            "asian",
            "european",
            "latin",
            "tribal",
            "ethnic",
            "pashtun",
            "tamil",
            "tutsi",
            "hutu");

    /** Indefinite articles: "a Nuer militia" is a kind of body, not its name. */
    static final Set<String> INDEFINITE = Set.of("a", "an");

    /** Words that open an apposition naming a kind of body: "Sovcomflot, the state shipping company,". */
    static final Set<String> DETERMINERS = WordSet.of("a", "an", "the", "its");

    /** Words an apposition's description does not run through: "Kim, a member of the party," is a person. */
    static final Set<String> PREPOSITIONS =
            Words.set("of", "in", "for", "with", "to", "at", "on", "by", "from", "and", "or", "who", "whose");

    /** Capitalised words that are never a name beside these nouns (months are read by {@link Months}). */
    static final Set<String> NOT_NAMES = Words.set(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "i",
            "he",
            "she",
            "we",
            "they",
            "it",
            "mr",
            "mrs",
            "ms",
            "dr");

    private CuedNameWords() {}
}
