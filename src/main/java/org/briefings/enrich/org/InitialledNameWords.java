package org.briefings.enrich.org;

import java.util.Set;
import org.briefings.enrich.text.Words;

/**
 * The word lists {@link InitialledNames} decides with whether what an acronym stands for is a
 * body: last words of documents and of other things with acronyms, words for bodies, nouns after
 * the bracket. Kept apart from the rule, as {@link CuedNameWords} is for {@link CuedNames}, so that
 * every word it depends on is in one place.
 */
final class InitialledNameWords {

    /**
     * Last words of laws, documents and plans: the only ones that stop a name opening with a head
     * and its complement ("Office of the Director of National Intelligence (ODNI)", "Bureau of
     * Industry and Security (BIS)", whose last word names the field, not the thing; "Department of
     * Defense Appropriations Act (DODAA)" is still a law).
     */
    static final Set<String> DOCUMENTS = Words.set(
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
    static final Set<String> NOT_BODIES = Words.set(
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
    static final Set<String> BODY_WORDS = Words.set(
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
            // groups that name themselves for meeting or standing together: "Forum for Democratic
            // Change (FDC)", "Democratic Rally (DISY)", "United Tajik Opposition (UTO)", "Economic
            // Community of West African States (ECOWAS)"
            "forum",
            "rally",
            "opposition",
            "community",
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

    /**
     * Nouns after the bracket that say what the acronym names: "the We Invest in Nationhood (WIN)
     * party", "the A Partnership for National Unity (APNU) coalition". A name of ordinary words
     * needs no body word of its own then.
     */
    static final Set<String> NOUNS_AFTER =
            Words.set("party", "coalition", "alliance", "movement", "group", "bloc", "militia", "gang", "union");

    private InitialledNameWords() {}
}
