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
            "лидер",
            // former holders and more offices, as French, Spanish, Portuguese, German and Russian
            // reports write them before a name ("el exsenador Payo Cubas", "la députée Anne Roux")
            "exsenador",
            "exsenadora",
            "expresidente",
            "expresidenta",
            "exministro",
            "exministra",
            "ex-président",
            "ex-présidente",
            "ex-ministre",
            "ex-presidente",
            "ex-ministro",
            "senador",
            "senadora",
            "diputado",
            "diputada",
            "député",
            "députée",
            "sénateur",
            "sénatrice",
            "vice-président",
            "vice-présidente",
            "vicepresidente",
            "vicepresidenta",
            "gobernadora",
            "alcaldesa",
            "embajador",
            "embajadora",
            "ambassadeur",
            "ambassadrice",
            "juez",
            "jueza",
            "juge",
            "général",
            "comandante",
            "opositor",
            "opositora",
            "dirigente",
            "candidato",
            "candidata",
            "porte-parole",
            "portavoz",
            "primeira-ministra",
            "primeiro-ministro",
            "deputado",
            "deputada",
            "governador",
            "governadora",
            "prefeito",
            "prefeita",
            "bundeskanzler",
            "bundeskanzlerin",
            "ministerpräsident",
            "ministerpräsidentin",
            "außenminister",
            "außenministerin",
            "abgeordnete",
            "abgeordneter",
            "губернатор",
            "мэр",
            "посол",
            "генерал",
            "глава",
            "председатель",
            "депутат",
            "сенатор",
            "канцлер",
            "патриарх",
            "католикос",
            "архиепископ",
            "митрополит",
            "епископ",
            "премьер",
            "вице-премьер",
            "спикер",
            "генсек",
            "секретарь",
            "президента",
            "министра",
            "премьер-министра",
            "главы",
            "лидера",
            // Irish offices, written in Irish in English text ("Taoiseach Micheál Martin")
            "taoiseach",
            "tánaiste",
            "tanaiste");

    /**
     * Forms of address that open a name in other languages, as "Mr." does in English: "M.
     * Tebboune", "Mme Nakamura", "Sr. Okonkwo", "Sra. Varela", "Herr Scholz", "Frau Baerbock". The
     * word after one is a person, even alone. Not "Don"/"Dona", which are also given names, nor
     * the French "M."/"MM.", an initial in English text ({@link PersonDocument#address(Token)}).
     */
    static final Set<String> ADDRESS_FORMS = Words.set(
            "mme",
            "mmes",
            "mlle",
            "sr",
            "sra",
            "srta",
            "herr",
            "frau",
            "signor",
            "signora",
            "senhor",
            "senhora",
            "господин",
            "госпожа");

    /** French function words: three of them and no "the" make a text French enough for "M. Macron". */
    static final Set<String> FRENCH_WORDS =
            Words.set("le", "la", "les", "des", "du", "est", "une", "dans", "pour", "qui", "sur", "avec", "selon");

    /**
     * Labels of a message header line naming a person: "To: Lena", "À : Chloé", "Para: Lucía",
     * "An: Jonas", "Кому: Ольга", "Cc: Marta", "From: Ana", "De : Julien".
     */
    static final Set<String> HEADER_LABELS =
            Words.set("to", "à", "a", "para", "an", "кому", "cc", "from", "de", "von", "от");

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

    /**
     * Titles of report text: "Justices Powell and O'Connor", "Ranking Member Reed" (the member is
     * skipped), and ranks of memorial and military text ("Brigadier Jamil", "Commodore Bainimarama").
     */
    static final Set<String> REPORT_TITLES = Words.set("justices", "ranking", "brigadier", "commodore");

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
