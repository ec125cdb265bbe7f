package org.briefings.enrich.person;

import java.util.Set;
import org.briefings.enrich.text.Words;

/** Word lists for cues and exclusions of people's names beside {@link PersonWords}. */
final class CueWords {

    private CueWords() {}

    /** Titles in French, Spanish, German and Russian: "le Premier ministre, Alix Didier Fils-Aimé". */
    static final Set<String> FOREIGN_TITLES = Words.set(
            "ministre",
            "président",
            "présidente",
            "dirigeant",
            "dirigeante",
            "secrétaire",
            "gouverneur",
            "maire",
            "presidente",
            "presidenta",
            "copresidente",
            "copresidenta",
            "ministro",
            "ministra",
            "canciller",
            "secretario",
            "gobernador",
            "alcalde",
            "präsident",
            "präsidentin",
            "kanzler",
            "kanzlerin",
            "ministerin",
            "machthaber",
            "bürgermeister",
            "президент",
            "министр",
            "премьер-министр",
            "лидер");

    /** Words that close a message before the writer's name ("Best, Joy"; "Grüße, Jonas"). */
    static final Set<String> SIGN_OFFS = Words.set(
            "best",
            "regards",
            "thanks",
            "cheers",
            "sincerely",
            "yours",
            "wishes",
            "amitiés",
            "cordialement",
            "salutations",
            "merci",
            "grüße",
            "grüsse",
            "gruß",
            "gruss",
            "danke",
            "saludos",
            "abrazos",
            "gracias",
            "atentamente",
            "cumprimentos",
            "abraços",
            "obrigado",
            "obrigada",
            "уважением",
            "спасибо");

    /** Words that open a message before the name of the person it is for ("Hi Tom,", "Querida Ana:"). */
    static final Set<String> GREETINGS = Words.set(
            "hi",
            "hello",
            "hey",
            "dear",
            "bonjour",
            "salut",
            "cher",
            "chère",
            "hola",
            "querido",
            "querida",
            "estimado",
            "estimada",
            "hallo",
            "liebe",
            "lieber");

    /** Titles of report text: "Justices Powell and O'Connor", "Ranking Member Reed" (the member is skipped). */
    static final Set<String> REPORT_TITLES = Words.set("justices", "ranking");

    /**
     * Things named after people: after a name they make the run an event, a place or a
     * document, not a person, even after a given name ("San Francisco Conference", "Mandela
     * Day", "Nelson Mandela Bay", "Lincoln Memorial").
     */
    static final Set<String> NAMED_THINGS = Words.set(
            // institutions named after people or holding a title word: "Kennedy School", "Cambridge
            // Judge Business School", "Nelson Mandela Foundation"
            "school",
            "college",
            "foundation",
            "magazine",
            "conference",
            "summit",
            "forum",
            "declaration",
            "convention",
            "charter",
            "protocol",
            "treaty",
            "accord",
            "accords",
            "agreement",
            "initiative",
            "programme",
            "program",
            "plan",
            "doctrine",
            "memorial",
            "monument",
            "day",
            "bay",
            "reserve",
            "prize",
            "award",
            "lecture",
            "airport",
            "stadium",
            "bridge",
            "dam",
            "street",
            "avenue",
            "boulevard",
            "square");
}
