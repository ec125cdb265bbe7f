package org.briefings.enrich.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefings.enrich.person.PersonTagger;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer's files are well formed and unambiguous: every surface form names one
 * organisation, no one-word name is an ordinary English word or a given name, and no acronym
 * that is an English word can match in an ALL-CAPS headline. These are the mistakes a list of
 * thousands of names invites, and each costs precision on every text that uses the word.
 */
class OrganisationGazetteerTest {

    private static final OrganisationGazetteer GAZETTEER = new OrganisationGazetteer();

    private static final Pattern ISO = Pattern.compile("[A-Z]{2}");

    @Test
    void everyCanonicalNameAsWrittenIsFoundAtItsFirstWordThroughTheFirstWordFilter() {
        assertTrue(GAZETTEER.filtered(), "the built-in gazetteer is small enough for its first-word filters");
        List<String> missed = new ArrayList<>();
        for (String name : GAZETTEER.canonicalNames()) {
            List<Token> tokens = Tokenizer.tokenize(name);
            if (!tokens.get(0).isWord()) {
                continue; // "38 North", "350.org": the gazetteer is looked up at words, never at a number
            }
            OrganisationGazetteer.Match m = GAZETTEER.longestAt(tokens, 0, false);
            if (m == null || m.length() != tokens.size()) {
                missed.add(name);
            }
        }
        assertEquals(List.of(), missed);
    }

    @Test
    void everySurfaceFormNamesOneOrganisation() {
        List<String> collisions = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : GAZETTEER.canonicalsByForm().entrySet()) {
            if (e.getValue().size() > 1) {
                collisions.add(e.getKey() + " -> " + e.getValue());
            }
        }
        assertEquals(List.of(), collisions, "forms naming two organisations (only the first is ever found)");
    }

    @Test
    void everyLineHasANameAndAtMostFourColumnsAndACountryIsAnIsoCode() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String file : OrganisationGazetteer.FILES) {
            for (String line : lines(file)) {
                String[] cols = line.split("\t", -1);
                boolean ok = cols.length <= 4
                        && !cols[0].isBlank()
                        && cols[0].equals(cols[0].strip())
                        && (cols.length < 4
                                || cols[3].isEmpty()
                                || ISO.matcher(cols[3]).matches())
                        && (cols.length < 3 || !cols[2].contains("||") && !cols[2].endsWith("|"));
                if (!ok) {
                    bad.add(file + ": " + line);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void aOneWordNameIsNoOrdinaryWordNorAGivenName() throws IOException {
        Set<String> common = words("/org/briefings/enrich/person/common-words.txt");
        Set<String> given = words("/org/briefings/enrich/person/given-names.txt");
        List<String> bad = new ArrayList<>();
        for (String file : OrganisationGazetteer.FILES) {
            for (String line : lines(file)) {
                String[] cols = line.split("\t", -1);
                List<String> names = new ArrayList<>(List.of(cols[0]));
                if (cols.length > 2 && !cols[2].isBlank()) {
                    names.addAll(List.of(cols[2].split("\\|")));
                }
                for (String n : names) {
                    String w = n.strip().toLowerCase(Locale.ROOT);
                    if (!w.contains(" ") && (common.contains(w) || given.contains(w) || ENGLISH.contains(w))) {
                        bad.add(file + ": " + n);
                    }
                }
            }
        }
        // the rules were built over these: each is checked in context by the tagger's own tests
        bad.removeAll(List.of("organisations.tsv: Diet", "organisations.tsv: Vox", "organisations.tsv: Fed"));
        assertEquals(List.of(), bad);
    }

    @Test
    void anAcronymThatIsAWordIsRecordedOnlyOrKeptOutOfHeadlines() throws IOException {
        Set<String> common = words("/org/briefings/enrich/person/common-words.txt");
        List<String> bad = new ArrayList<>();
        for (String file : OrganisationGazetteer.FILES) {
            for (String line : lines(file)) {
                String[] cols = line.split("\t", -1);
                if (cols.length < 2 || cols[1].isBlank()) {
                    continue;
                }
                for (String a : cols[1].split(",")) {
                    String w = a.strip().toLowerCase(Locale.ROOT);
                    if (!a.strip().startsWith(OrganisationGazetteer.RECORDED_ONLY)
                            && (common.contains(w) || ENGLISH.contains(w))
                            && !OrganisationGazetteer.wordAcronym(w)
                            && !w.equals("usda")) { // a word only in Reuters' lower-case headlines
                        bad.add(file + ": " + a.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void aRecordedOnlyAcronymIsAFormButNeverMatchedAlone() {
        OrganisationTagger tagger = new OrganisationTagger();
        assertTrue(tagger.recordedForms("People's Party").contains("PP"));
        assertEquals(List.of(), TaggedNames.names("The PP and the UP were words. PAN and CAN too."));
        // defined in brackets after the name, it names the party wherever it recurs
        assertEquals(
                List.of("People's Party"),
                TaggedNames.names("Spain's People's Party (PP) won. The PP said it would govern."));
        assertEquals(
                3,
                tagger.tag("", "Spain's People's Party (PP) won. The PP said it would govern.")
                        .get(0)
                        .count());
    }

    @Test
    void thePersonTaggerStillLoadsWithTheWholeGazetteer() {
        // a person's name is not claimed by a one-word organisation of the lists
        PersonTagger people = new PersonTagger(new OrganisationTagger());
        assertTrue(people.tag("", "Finance minister Maria Santos said on Monday she would resign.").stream()
                .anyMatch(p -> p.name().equals("Maria Santos")));
    }

    /**
     * Short English words that are names or aliases in some language but must never match
     * alone when capitalised at the start of a sentence.
     */
    private static final Set<String> ENGLISH = Set.copyOf(List.of(
            "and",
            "or",
            "not",
            "can",
            "may",
            "will",
            "up",
            "us",
            "it",
            "is",
            "am",
            "are",
            "be",
            "do",
            "go",
            "no",
            "so",
            "on",
            "in",
            "at",
            "to",
            "by",
            "of",
            "an",
            "as",
            "if",
            "we",
            "he",
            "me",
            "my",
            "oh",
            "ok",
            "per",
            "pan",
            "pp",
            "ice",
            "all",
            "one",
            "new",
            "now",
            "out",
            "off",
            "own",
            "set",
            "win",
            "yes",
            "act",
            "aid",
            "arm",
            "art",
            "bar",
            "big",
            "car",
            "cat",
            "dam",
            "day",
            "die",
            "dog",
            "end",
            "era",
            "eye",
            "fan",
            "far",
            "few",
            "fit",
            "fly",
            "fun",
            "gap",
            "gas",
            "gun",
            "hat",
            "hit",
            "hot",
            "ill",
            "ink",
            "job",
            "key",
            "kid",
            "lab",
            "law",
            "lay",
            "led",
            "leg",
            "let",
            "lie",
            "lip",
            "lit",
            "log",
            "lot",
            "low",
            "mad",
            "man",
            "map",
            "men",
            "mix",
            "mob",
            "mud",
            "net",
            "nut",
            "oil",
            "old",
            "pay",
            "pen",
            "pet",
            "pie",
            "pig",
            "pin",
            "pit",
            "pop",
            "pot",
            "put",
            "ran",
            "rat",
            "raw",
            "red",
            "rid",
            "rim",
            "rob",
            "rod",
            "row",
            "run",
            "sad",
            "saw",
            "say",
            "sea",
            "see",
            "sit",
            "six",
            "sky",
            "son",
            "spy",
            "sun",
            "tag",
            "tax",
            "tea",
            "ten",
            "tie",
            "tin",
            "tip",
            "toe",
            "top",
            "toy",
            "try",
            "two",
            "use",
            "van",
            "war",
            "way",
            "web",
            "wet",
            "who",
            "why",
            "win",
            "won",
            "yet",
            "you",
            "zoo",
            "change",
            "together",
            "forward",
            "renew",
            "reform",
            "unity",
            "hope",
            "future",
            "progress",
            "freedom",
            "justice",
            "solidarity",
            "democracy",
            "liberty",
            "union",
            "alliance",
            "front",
            "movement",
            "party",
            "people",
            "popular",
            "republic",
            "national",
            "united",
            "green",
            "greens",
            "left",
            "right",
            "centre",
            "center",
            "labour",
            "labor",
            "liberal",
            "liberals",
            "conservative",
            "conservatives",
            "democrats",
            "republicans",
            "socialists",
            "communists",
            "independents",
            "shell",
            "apple",
            "amazon",
            "total",
            "target",
            "gap",
            "visa",
            "oracle",
            "meta",
            "alphabet",
            "square",
            "block",
            "snap",
            "ford",
            "dell",
            "delta",
            "united",
            "american",
            "southwest",
            "frontier",
            "spirit",
            "shell",
            "mercury",
            "jupiter",
            "apollo",
            "orion",
            "atlas",
            "titan",
            "phoenix",
            "eagle",
            "falcon",
            "hawk",
            "lion",
            "tiger",
            "panther",
            "cobra",
            "scorpion",
            "viper",
            "wolf",
            "wolves",
            "bear",
            "bears"));

    /** The lower-cased lines of a word list (an absolute resource path). */
    private static Set<String> words(String resource) throws IOException {
        Set<String> out = new HashSet<>();
        lines(resource).forEach(l -> out.add(l.strip().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** The lines of a resource beside the gazetteer (or an absolute path), without comments and blanks. */
    private static List<String> lines(String file) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = OrganisationGazetteer.class.getResourceAsStream(file)) {
            assertTrue(in != null, file + " missing");
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .forEach(out::add);
        }
        return out;
    }
}
