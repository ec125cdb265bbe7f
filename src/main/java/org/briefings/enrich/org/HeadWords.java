package org.briefings.enrich.org;

import java.util.Set;
import org.briefings.enrich.text.Words;

/**
 * The head words of organisation names: the words that make a capitalised run an organisation's
 * name, at its end ("Central Bank", "Labor Party") or before a complement ("Ministry of Finance",
 * "Mission in Afghanistan"). Kept apart from {@link PatternWords}, the words around a name (its
 * openers, connectors, stops and generic words), so that a head added here is seen with every kind
 * of head it joins.
 */
final class HeadWords {

    /** Capitalised words that, at the end of a run, make it an organisation. */
    static final Set<String> HEADS = Words.set(
            "inc",
            "corp",
            "corporation",
            "co",
            "company",
            "ltd",
            "plc",
            "llc",
            "ag",
            "sa",
            "nv",
            "bhd",
            "group",
            "holdings",
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
            "foundation",
            "university",
            "bureau",
            "parliament",
            "assembly",
            "congress",
            "union",
            "league",
            "alliance",
            "front",
            "movement",
            "court",
            "tribunal",
            "office",
            "service",
            "corps",
            "army",
            "society",
            "trust",
            "industries",
            "airlines",
            "motors",
            "petroleum",
            "chamber",
            "cooperative",
            "consortium",
            "secretariat",
            "club",
            "administration",
            "forces",
            "force",
            "guard",
            "centre",
            "center",
            "coalition",
            "brigade",
            "brigades",
            "militia",
            "network",
            "programme",
            "energy",
            "minerals",
            "resources",
            "airways",
            "institution",
            // think tanks, commands, laboratories and caucuses of report-style text: "Carnegie
            // Endowment for International Peace", "U.S. Indo-Pacific Command", "Congressional
            // Black Caucus"
            "endowment",
            "command",
            "laboratory",
            "caucus",
            "directorate",
            "subcommittee",
            "academy",
            "observatory",
            "police",
            "brothers",
            "bros",
            // newspapers and journals: "Financial Times", "Washington Post", "Korea Herald"
            "times",
            "post",
            "journal",
            "herald",
            "tribune",
            "gazette",
            // publishers: "CRC Press", "Oxford University Press"
            "press",
            // schools and colleges of obituaries and biographies: "Berry College", "Wesley Girls' High
            // School", "London School of Economics"
            "school",
            "college",
            // broadcasters: "Tehran Radio", "Kenya Television"
            "radio",
            "television");

    /** Head words that may be followed by "of X" ("Ministry of Finance", "Bank of Korea"). */
    static final Set<String> OF_HEADS = Words.set(
            "ministry",
            "department",
            "bank",
            "council",
            "commission",
            "office",
            "institute",
            "university",
            "federation",
            "association",
            "organisation",
            "organization",
            "union",
            "league",
            "chamber",
            "committee",
            "agency",
            "bureau",
            "court",
            "board",
            "party",
            "house",
            "academy",
            "administration",
            "centre",
            "center",
            "forces",
            "police",
            "programme",
            "network",
            "coalition",
            "institution",
            "endowment",
            "directorate",
            "subcommittee",
            "group",
            // "International Tribunal for the Law of the Sea", "Popular Front for the Liberation of
            // Palestine", "Armed Forces of the Philippines", "Foundation for Defense of Democracies"
            "tribunal",
            "front",
            "movement",
            "alliance",
            "army",
            "authority",
            "foundation",
            "society",
            "service",
            "corps",
            "command",
            "fund",
            "parliament",
            "secretariat",
            // "European Journal of Political Economy"
            "journal",
            // "London School of Economics", "College of Europe"
            "school",
            "college",
            // "Islamic Corporation for the Development of the Private Sector", "Corporation for Public
            // Broadcasting", "Congress for Democracy and Progress", "Congress of South African Trade Unions"
            "corporation",
            "congress");

    /**
     * Heads whose name goes on with "in" and a place: "United Nations Assistance Mission in
     * Afghanistan", "UN Transitional Administration in East Timor", "UN Peacekeeping Force in Cyprus".
     */
    static final Set<String> IN_HEADS = Words.set("mission", "administration", "force");

    /**
     * Heads that make a name of generic words a party's ("National Party", "Democratic Party",
     * "People's Alliance", "Popular Front"): many countries have one by that name, and a text that
     * writes it capitalised names its own.
     */
    static final Set<String> PARTY_HEADS = Words.set("party", "alliance", "front");

    /** "Ministry of X", "Agency for X", "Authority on X". */
    static final Set<String> OF_WORDS = Words.set("of", "for", "on");

    /**
     * Heads that name a company's trade ("Husky Energy", "Amaroq Minerals") and a minister's
     * portfolio as well: before a title ("Saudi Energy Minister") they are the portfolio.
     */
    static final Set<String> TRADE_HEADS = Words.set("energy", "minerals", "resources", "petroleum", "mining");

    private HeadWords() {}
}
