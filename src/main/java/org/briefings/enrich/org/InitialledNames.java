package org.briefings.enrich.org;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Words;

/**
 * A name defined by its acronym: "the National Unity Government (NUG)", "the Citizenship by
 * Investment Unit (CIU)". Writers bracket an acronym after the names of bodies they will refer to
 * again, and when the initials of the capitalised words before the bracket spell it, the words
 * are one bounded name even without a head word or a gazetteer entry. What the acronym stands
 * for must still look like a body: countries ("Democratic Republic of the Congo (DRC)") and
 * names ending in words for laws, plans, products, places and the like ("Exclusive Economic
 * Zone (EEZ)", "Seafood Import Monitoring Program (SIMP)") are not organisations.
 */
final class InitialledNames {

    /** Longest name read before a bracket, in tokens. */
    private static final int MAX_TOKENS = 14;

    /** Leading words the match may skip ("Opposition National Unity Government (NUG)"). */
    private static final int MAX_SKIPPED = 3;

    /** Small words inside a name that an acronym may or may not spell ("Special Jurisdiction for Peace"). */
    private static final Set<String> SMALL = Words.set(
            "of", "for", "and", "the", "on", "in", "by", "to", "at", "&", "de", "la", "du", "des", "del", "y", "et");

    /** Country prefixes kept in front of a name whose acronym leaves them out ("U.S. Customs and Border Protection (CBP)"). */
    private static final Set<String> COUNTRY_PREFIXES = Set.of("U.S.", "US", "U.K.", "UK");

    /**
     * Last words of laws, documents and plans: the only ones that stop a name opening with a head
     * and its complement ("Office of the Director of National Intelligence (ODNI)", "Bureau of
     * Industry and Security (BIS)", whose last word names the field, not the thing; "Department of
     * Defense Appropriations Act (DODAA)" is still a law).
     */
    private static final Set<String> DOCUMENTS = Words.set(
            "act",
            "agreement",
            "treaty",
            "convention",
            "protocol",
            "accord",
            "accords",
            "charter",
            "declaration",
            "resolution",
            "law",
            "code",
            "rule",
            "rules",
            "regulation",
            "regulations",
            "directive",
            "order",
            "report",
            "review",
            "plan",
            "program",
            "initiative",
            "strategy");

    /**
     * Last words of things that are not bodies beside {@link #DOCUMENTS}: products, measures,
     * places, groups of countries.
     */
    private static final Set<String> NOT_BODIES = Words.set(
            "standard",
            "standards",
            "framework",
            "doctrine",
            "policy",
            "project",
            "scheme",
            "goal",
            "goals",
            "target",
            "targets",
            "index",
            "survey",
            "assessment",
            "zone",
            "area",
            "region",
            "province",
            "state",
            "city",
            "district",
            "county",
            "territory",
            "territories",
            "island",
            "islands",
            "sea",
            "river",
            "strait",
            "gulf",
            "corridor",
            "basin",
            "peninsula",
            "republic",
            "states",
            "countries",
            "nations",
            "economies",
            "product",
            "products",
            "rights",
            "income",
            "investment",
            "system",
            "systems",
            "vehicle",
            "vehicles",
            "missile",
            "missiles",
            "weapon",
            "weapons",
            "device",
            "devices",
            "technology",
            "technologies",
            "intelligence",
            "equipment",
            "officer",
            "officers",
            "war",
            "operation",
            "exercise",
            "dialogue",
            "process",
            "tax",
            "tariff",
            "rate",
            "price",
            "status",
            "visa",
            "certificate",
            "fishing",
            "summit",
            "conference",
            "round",
            "talks",
            "partnership",
            "mechanism",
            "facility",
            "contributions",
            "emissions",
            "disease",
            "syndrome",
            "virus",
            "dam",
            "bridge",
            "pipeline",
            "port",
            "airport",
            "canal",
            "railway",
            "road",
            "highway",
            "plant",
            "station",
            "mine",
            "field",
            "reactor",
            "base",
            "park",
            "reserve",
            "ratio",
            "credit",
            "grant",
            "grants",
            "loan",
            "loans",
            "sales",
            "package",
            "assistance",
            "benefit",
            "benefits");

    /**
     * Words for bodies beyond the pattern heads: a name the acronym bounds must hold one of these
     * or a head ("National Unity Government", "Citizenship by Investment Unit"), so that
     * programmes and measures with acronyms ("Foreign Military Sales (FMS)") stay out.
     */
    private static final Set<String> BODY_WORDS = Words.set(
            "government",
            "unit",
            "units",
            "command",
            "directorate",
            "division",
            "mission",
            "panel",
            "platform",
            "jurisdiction",
            "customs",
            "navy",
            "ministry",
            "cabinet",
            "senate",
            "house",
            "majlis",
            "parliament",
            "legislature",
            "junta",
            "regime",
            "bloc",
            "caucus",
            "taskforce",
            "team",
            "squad",
            "council",
            "company",
            "firm",
            "partners",
            "laboratory",
            "laboratories",
            "hospital",
            "school",
            "college",
            "media",
            "news",
            "press",
            "radio",
            "television",
            "broadcasting",
            "times",
            "post",
            "journal",
            "fleet",
            "regiment",
            "battalion",
            "militias",
            "rebels",
            "guards");

    private InitialledNames() {}

    /**
     * The name starting at or shortly after token {@code i} and ending right before "(ACR)"
     * whose initials spell ACR, or null. Tokens already claimed ({@code covered}) end the search.
     */
    static TokenRange at(List<Token> tokens, int i, boolean[] covered) {
        int open = bracketAfterRun(tokens, i, covered);
        if (open < 0) {
            return null;
        }
        String acronym = tokens.get(open + 1).text();
        for (int s = i; s <= Math.min(i + MAX_SKIPPED, open - 2); s++) {
            Token first = tokens.get(s);
            if (!first.isCapitalised() || SMALL.contains(first.lower()) || !spells(tokens, s, open, acronym)) {
                continue;
            }
            int from = s > i && COUNTRY_PREFIXES.contains(tokens.get(s - 1).text()) ? s - 1 : s;
            return isBody(tokens, s, open) ? new TokenRange(from, open) : null;
        }
        return null;
    }

    /**
     * Index of "(" when tokens from {@code i} are capitalised words, small words and
     * possessives up to "(ACR)", else -1.
     */
    private static int bracketAfterRun(List<Token> tokens, int i, boolean[] covered) {
        for (int j = i; j < tokens.size() && j < i + MAX_TOKENS; j++) {
            Token t = tokens.get(j);
            if (covered[j] || (j > i && t.sentenceStart())) {
                return -1;
            }
            if (t.isPunct('(')) {
                return j > i && acronymInBrackets(tokens, j) ? j : -1;
            }
            boolean partOfName = (t.isWord() && (t.isCapitalised() || SMALL.contains(t.lower())))
                    || t.isPunct('&')
                    || t.lower().equals("'s")
                    || t.lower().equals("'");
            if (!partOfName) {
                return -1;
            }
        }
        return -1;
    }

    /** "(NUG)" at {@code open}: two to eight capitals, no plural "s" ("SDGs" are goals). */
    private static boolean acronymInBrackets(List<Token> tokens, int open) {
        if (open + 2 >= tokens.size() || !tokens.get(open + 2).isPunct(')')) {
            return false;
        }
        Token a = tokens.get(open + 1);
        return a.isAllCaps() && a.text().length() <= 8 && a.text().chars().allMatch(Character::isLetter);
    }

    /**
     * Whether the words [from, to) spell {@code acronym}: each capitalised word gives its first
     * letter, each small word its first letter or nothing, possessives nothing.
     */
    static boolean spells(List<Token> tokens, int from, int to, String acronym) {
        // reachable[k]: the first k letters of the acronym are spelt by the words read so far
        boolean[] reachable = new boolean[acronym.length() + 1];
        reachable[0] = true;
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.lower().startsWith("'")) {
                continue;
            }
            boolean optional = SMALL.contains(t.lower());
            char initial = Character.toUpperCase(t.text().charAt(0));
            boolean[] next = new boolean[reachable.length];
            for (int k = 0; k < reachable.length; k++) {
                if (!reachable[k]) {
                    continue;
                }
                if (optional) {
                    next[k] = true;
                }
                if (k < acronym.length() && acronym.charAt(k) == initial) {
                    next[k + 1] = true;
                }
            }
            reachable = next;
        }
        return reachable[acronym.length()];
    }

    /** Not a country, and not ending in a word for something other than a body. */
    private static boolean isBody(List<Token> tokens, int from, int to) {
        String last = tokens.get(to - 1).lower();
        boolean headFirst = to - from > 2
                && HeadWords.OF_HEADS.contains(tokens.get(from).lower())
                && Set.of("of", "for", "on").contains(tokens.get(from + 1).lower());
        if (DOCUMENTS.contains(last) || (!headFirst && NOT_BODIES.contains(last))) {
            return false;
        }
        boolean body = false;
        for (int k = from; k < to; k++) {
            String lw = tokens.get(k).lower();
            body |= HeadWords.HEADS.contains(lw) || HeadWords.OF_HEADS.contains(lw) || BODY_WORDS.contains(lw);
        }
        if (!body) {
            return false;
        }
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            name.append(name.isEmpty() ? "" : " ").append(tokens.get(k).text());
        }
        return Gazetteer.load().codeFor(name.toString()).isEmpty();
    }
}
