package org.briefings.enrich.person;

import java.util.Set;
import org.briefings.enrich.text.Words;

/** The fixed word lists the person tagger reads names and their context with. */
final class PersonWords {

    /**
     * Titles, ranks and honorifics, lower case; stripped from names and taken as a cue. Each also
     * with "then-", as reports write a title of the time ("then-Secretary Mnuchin").
     */
    static final Set<String> ROLES = withThen(union(
            union(CueWords.FOREIGN_TITLES, CueWords.REPORT_TITLES),
            Words.set(
                    "mr",
                    "mrs",
                    "ms",
                    "miss",
                    "dr",
                    "prof",
                    "professor",
                    "sir",
                    "dame",
                    "lord",
                    "lady",
                    "president",
                    "vice-president",
                    "minister",
                    "secretary",
                    "chancellor",
                    "governor",
                    "chairman",
                    "chairwoman",
                    "chairperson",
                    "senator",
                    "sen",
                    "rep",
                    "representative",
                    "congressman",
                    "congresswoman",
                    "ambassador",
                    "envoy",
                    "director",
                    "commissioner",
                    "leader",
                    "king",
                    "queen",
                    "prince",
                    "princess",
                    "emperor",
                    "sheikh",
                    "sheik",
                    "emir",
                    "sultan",
                    "general",
                    "gen",
                    "admiral",
                    "adm",
                    "colonel",
                    "col",
                    "captain",
                    "capt",
                    "lieutenant",
                    "lt",
                    "sergeant",
                    "marshal",
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "judge",
                    "justice",
                    "mayor",
                    "premier",
                    "pope",
                    "patriarch",
                    "sheriff",
                    "cardinal",
                    "bishop",
                    "archbishop",
                    "ayatollah",
                    "rabbi",
                    "imam",
                    "economist",
                    "analyst",
                    "dictator",
                    "undersecretary",
                    "under-secretary",
                    "comptroller",
                    "attorney",
                    "treasurer",
                    "speaker",
                    "chief",
                    "deputy",
                    "head",
                    "vice",
                    "pm",
                    "gov",
                    "pres",
                    "officer",
                    "executive",
                    "counsellor",
                    "counselor",
                    "adviser",
                    "advisor",
                    "negotiator",
                    "delegate",
                    "chair",
                    "candidate",
                    "nominee",
                    "strongman",
                    "lawmaker",
                    "mp",
                    "exchequer",
                    "secretary-general",
                    "director-general",
                    "under-secretary-general",
                    "prime-minister",
                    "deputy-secretary-general",
                    "commander",
                    "commander-in-chief",
                    "first",
                    "ministers",
                    "presidents",
                    "leaders",
                    "senators",
                    "secretaries",
                    "governors",
                    "chairmen",
                    "premiers",
                    "kings",
                    "chieftain",
                    "founder",
                    "coordinator",
                    "administrator",
                    "ceo",
                    "cfo",
                    "brigadier",
                    "commodore")));

    /** Case endings a Russian title takes before a name ("архиепископа Баграта", "с министром"). */
    private static final String[] RUSSIAN_CASE_ENDINGS = {"ом", "ем", "ым", "а", "у", "е", "я", "ю"};

    /**
     * Whether a lower-case word is a title ({@link #ROLES}), a Russian one in any case included
     * ("архиепископа", "католикоса", "министром"): Russian inflects titles, the list holds the
     * nominative.
     */
    static boolean role(String lower) {
        if (ROLES.contains(lower)) {
            return true;
        }
        if (lower.length() < 5 || Character.UnicodeBlock.of(lower.charAt(0)) != Character.UnicodeBlock.CYRILLIC) {
            return false;
        }
        for (String end : RUSSIAN_CASE_ENDINGS) {
            if (lower.endsWith(end) && ROLES.contains(lower.substring(0, lower.length() - end.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Titles of eight letters or more, which German and Russian glue into compounds ("Vizekanzler"). */
    private static final java.util.List<String> LONG_ROLES = ROLES.stream()
            .filter(r -> r.length() >= 7 && r.chars().allMatch(Character::isLetter))
            .toList();

    /**
     * A compound whose last part is a title: "Vizekanzler", "Bundesinnenminister",
     * "Ministerpräsident", "Generalsekretär": a title the lists lack, never a given name.
     */
    static boolean compoundTitle(String lower) {
        for (String r : LONG_ROLES) {
            if (lower.length() >= r.length() + 3 && lower.endsWith(r)) {
                return true;
            }
        }
        return false;
    }

    /** Roles that only count when a name follows directly (not "the secretary said"). */
    static final Set<String> SPEECH = Words.set(
            "said",
            "says",
            "told",
            "added",
            "stated",
            "announced",
            "warned",
            "argued",
            "wrote",
            "asked",
            "noted",
            "insisted",
            "explained",
            "declared",
            "commented",
            "urged",
            "predicted",
            "estimated",
            "acknowledged",
            "replied",
            "suggested",
            "testified",
            "believes",
            "thinks",
            "stressed",
            "emphasised",
            "emphasized",
            "indicated",
            "confirmed",
            "denied",
            "disclosed",
            "conceded",
            "reiterated",
            "forecast",
            "cautioned",
            "proposed",
            "pledged",
            "vowed",
            "met",
            "visited");

    /** Headline verbs after a surname ("REAGAN SAYS", "VOLCKER SEES"). */
    static final Set<String> HEADLINE_VERBS = Words.set(
            "says",
            "said",
            "sees",
            "urges",
            "warns",
            "calls",
            "backs",
            "wants",
            "defends",
            "denies",
            "rejects",
            "predicts",
            "expects",
            "vows",
            "asks",
            "tells",
            "doubts",
            "favours",
            "favors",
            "plans",
            "supports",
            "opposes",
            "meets",
            "to",
            "hints",
            "stresses",
            "pledges");

    static final Set<String> PARTICLES = Words.set(
            "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "bin", "ibn",
            "al", "el", "abu", "ben", "ter", "zu", "y", "e", "bint", "ould");

    /** Months and weekdays end a name even after a given name ("James Baker Monday"). */
    static final Set<String> CALENDAR = Words.set(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");

    /** Titles that make a lone word a person even when it is a common word ("Mr. Rice", "President Bush"). */
    static final Set<String> HONORIFICS = withThen(Words.set(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "sir",
            "dame",
            "lord",
            "lady",
            "president",
            "senator",
            "sen",
            "rep",
            "representative",
            "congressman",
            "congresswoman",
            "governor",
            "gov",
            "minister",
            "premier",
            "chancellor",
            "king",
            "queen",
            "prince",
            "princess",
            "pope",
            "judge",
            "ambassador",
            "mayor",
            "general",
            "gen",
            "sheikh",
            "emir",
            "sultan",
            "ayatollah",
            "cardinal",
            "bishop",
            "archbishop"));

    static final Set<String> SUFFIXES = Words.set("jr", "sr", "ii", "iii", "iv");

    /**
     * Acronyms common enough to sit beside a capitalised name ("US Senator", "UN Envoy", "EU
     * Commissioner"), and file formats, currencies, units and bases beside a capitalised word in
     * reports and their link labels ("Download PDF", "Bitcoin USD", "Warren AFB"): never a surname
     * in capitals, unlike "KIM" or "MNANGAGWA".
     */
    static final Set<String> ACRONYMS =
            Words.set(("us usa uk un eu uae dprk rok prc ussr nato opec asean au ceo gdp tv ai ngo ok dc nyc"
                            + " la pm am bbc cnn ap afp ft pdf html xml csv url"
                            + " faq usd eur gbp jpy cny rmb chf afb gnp cpi fy llc inc ltd plc lng gps ev kb mb")
                    .split(" "));

    /** Family names that are also common English words; they need more than two bare words. */
    static final Set<String> AMBIGUOUS_FAMILY = Words.set(
            "he", "sun", "song", "moon", "park", "hong", "oh", "ma", "bo", "lu", "le", "lee", "han", "long", "lin",
            "tang", "ri", "jung", "ban", "kang", "wen", "yang", "chung", "cho", "shin", "vo", "dang", "ngo", "to",
            "ho");

    static final Set<String> ORG_HEADS = Words.set(
            "inc",
            "corp",
            "co",
            "ltd",
            "group",
            "bank",
            "ministry",
            "party",
            "agency",
            "commission",
            "council",
            "fund",
            "organisation",
            "organization",
            "association",
            "exchange",
            "committee",
            "department",
            "institute",
            "federation",
            "authority",
            "board",
            "company",
            "corporation",
            "plc",
            "university",
            "administration",
            "government",
            "court",
            "office",
            "union",
            "league",
            "times",
            "post",
            "journal",
            "news",
            "airlines",
            "motors",
            "industries",
            "holdings",
            "petroleum",
            "oil",
            "airways",
            "bancorp",
            "services",
            "systems",
            "technologies",
            "international",
            "capital",
            "securities",
            "partners");

    /** Auxiliaries that may sit between a name and its speech verb ("Lawson has told"). */
    static final Set<String> AUXILIARIES = Words.set(
            "has",
            "had",
            "also",
            "will",
            "would",
            "then",
            "later",
            "earlier",
            "again",
            "previously",
            "recently",
            "is",
            "was",
            "today",
            "yesterday",
            "repeatedly",
            "publicly",
            "once",
            "could",
            "may",
            "might");

    private PersonWords() {}

    private static Set<String> withThen(Set<String> titles) {
        Set<String> all = new java.util.HashSet<>(titles);
        titles.forEach(t -> all.add("then-" + t));
        return Set.copyOf(all);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
