package org.briefings.enrich.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Tokenizer;
import org.briefings.enrich.text.Words;

/**
 * Finds organisations in a briefing's title and body and names each one canonically
 * ("UN", "U.N." and "United Nations" are one organisation, "United Nations").
 *
 * <p>Two sources of evidence, both rules rather than a statistical model (no English NER model
 * is available as a Maven artifact here, and the organisations analysts care about are a fairly
 * closed set):
 * <ol>
 *   <li>A compiled gazetteer, {@code organisations.tsv}: international and regional bodies,
 *       central banks, government bodies and parliaments, with acronyms and aliases. Acronyms
 *       match only with their written case ("EC", not "ec"; "Fed", not "fed"), because short
 *       acronyms collide with ordinary words. Names match when their capitalised words are
 *       capitalised in the text. In ALL-CAPS headlines names and acronyms match ignoring case,
 *       except acronyms that are also English words ("WHO", "AID" in a headline are words).</li>
 *   <li>Patterns for organisations nobody listed: a run of capitalised words ending in an
 *       organisational head word ({@code Inc}, {@code Corp}, {@code Bank}, {@code Ministry},
 *       {@code Party}, {@code Commission}, ...) or a head word followed by {@code of}
 *       ("Ministry of Finance"). Runs made only of generic words ("Central Bank", "Finance
 *       Ministry") are dropped: without their country they name nothing searchable.</li>
 * </ol>
 * An acronym introduced in brackets after a name ("Liberal Democratic Party (LDP)") is linked to
 * that name for the rest of the document. Deliberately not an organisation: "US" (a country).
 *
 * <p>The tagger is immutable and thread-safe; build one and share it.
 */
public final class OrganisationTagger {

    /** Capitalised words that, at the end of a run, make it an organisation. */
    private static final Set<String> HEADS = Words.set(
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
            "club");

    /** Head words that may be followed by "of X" ("Ministry of Finance", "Bank of Korea"). */
    private static final Set<String> OF_HEADS = Words.set(
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
            "academy");

    /** "Ministry of X", "Agency for X", "Authority on X". */
    private static final Set<String> OF_WORDS = Words.set("of", "for", "on");

    /** Country names that end in a head word ("Russian Federation"): countries, not organisations. */
    private static final Set<String> COUNTRY_NAMES = Words.set(
            "russian federation",
            "soviet union",
            "former soviet union",
            "european union",
            "united kingdom",
            "federation of russia",
            "union of soviet socialist republics");

    /** Words that may sit inside a capitalised name ("Bank of Japan", "Food and Agriculture"). */
    private static final Set<String> CONNECTORS = Words.set("of", "for", "&", "the", "on", "de", "du", "des", "la");

    /** People's titles: a capitalised run stops before them ("Council of Economic Advisers Chairman ..."). */
    private static final Set<String> ROLE_STOPS = Words.set(
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
    private static final Set<String> PLURAL_OWNERS = Words.set(
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
            "investors");

    /** Generic words: a pattern organisation made only of these and a head names nothing. */
    private static final Set<String> GENERIC = Words.set(
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
            "u.s.",
            "us",
            "s");

    /** Sentence-opening words stripped from the front of a pattern organisation. */
    private static final Set<String> OPENERS = Words.set(
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
            "new");

    /** Acronyms that are English words: in an ALL-CAPS headline they are the word. */
    private static final Set<String> WORD_ACRONYMS =
            Words.set("who", "aid", "sea", "nam", "au", "spa", "sec", "cis", "ida");

    /** Words after a one-word alias that show it is not the organisation ("Treasury bills"). */
    private static final Set<String> NOT_AFTER_ALIAS = Words.set(
            "bill",
            "bills",
            "bond",
            "bonds",
            "note",
            "notes",
            "securities",
            "yields",
            "yield",
            "issues",
            "issue",
            "refunding",
            "market",
            "paper",
            "auction",
            "auctions",
            "futures",
            "balances");

    private static final int MAX_SPANS = 5;

    /** One gazetteer entry: the words to match and the canonical name they mean. */
    private record Entry(String[] words, String canonical, boolean acronym) {}

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, List<String>> acronymsByName = new LinkedHashMap<>();

    /** Loads the built-in gazetteer {@code organisations.tsv}. */
    public OrganisationTagger() {
        try (InputStream in = OrganisationTagger.class.getResourceAsStream("organisations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("organisations.tsv missing from the classpath");
            }
            load(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String canonical = cols[0].strip();
            List<String> acronyms = new ArrayList<>();
            add(canonical, canonical, false);
            if (cols.length > 1 && !cols[1].isBlank()) {
                for (String a : cols[1].split(",")) {
                    a = a.strip();
                    acronyms.add(a);
                    add(a, canonical, true);
                }
            }
            if (cols.length > 2 && !cols[2].isBlank()) {
                for (String a : cols[2].split("\\|")) {
                    add(a.strip(), canonical, false);
                }
            }
            acronymsByName.put(canonical, List.copyOf(acronyms));
        }
    }

    private void add(String surface, String canonical, boolean acronym) {
        List<Token> tokens = Tokenizer.tokenize(surface);
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        if (words.length == 0) {
            return;
        }
        // A one-word name written like an acronym (Reuters, Kremlin) still matches as a name.
        byFirstWord
                .computeIfAbsent(Tokenizer.fold(words[0]).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(new Entry(words, canonical, acronym));
    }

    /** Acronyms the gazetteer lists for a canonical name (empty for pattern organisations). */
    public List<String> acronyms(String canonicalName) {
        return acronymsByName.getOrDefault(canonicalName, List.of());
    }

    /** Every canonical name in the gazetteer. */
    public Set<String> knownNames() {
        return acronymsByName.keySet();
    }

    /** Organisations in a briefing, one entry per canonical name, most mentioned first. */
    public List<EntityMention> tag(String title, String body) {
        Map<String, Acc> found = new LinkedHashMap<>();
        Map<String, String> docAcronyms = new HashMap<>();
        if (title != null && !title.isBlank()) {
            scan(Span.TITLE, title, found, docAcronyms);
        }
        if (body != null && !body.isBlank()) {
            scan(Span.BODY, body, found, docAcronyms);
        }
        List<EntityMention> out = new ArrayList<>();
        for (Map.Entry<String, Acc> e : found.entrySet()) {
            out.add(new EntityMention(e.getKey(), e.getValue().count, e.getValue().spans));
        }
        out.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return out;
    }

    /** Mentions collected for one organisation. */
    private static final class Acc {
        int count;
        final List<Span> spans = new ArrayList<>();
    }

    private void scan(String field, String text, Map<String, Acc> found, Map<String, String> docAcronyms) {
        List<Token> tokens = Tokenizer.tokenize(text);
        boolean caps = Words.mostlyUpperCase(text);
        boolean[] covered = new boolean[tokens.size()];
        // 1. gazetteer, longest match first, then "(ABC)" after a name
        List<int[]> hits = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            Entry best = null;
            List<Entry> candidates = t.isWord() ? byFirstWord.get(t.lower()) : null;
            if (candidates != null) {
                for (Entry e : candidates) {
                    if ((best == null || e.words.length > best.words.length) && matches(e, tokens, i, caps)) {
                        best = e;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int end = i + best.words.length;
            hits.add(new int[] {i, end});
            names.add(best.canonical);
            int after = bracketAcronym(tokens, end, best.canonical, docAcronyms);
            if (after > end) {
                hits.add(new int[] {end + 1, end + 2});
                names.add(best.canonical);
            }
            for (int k = i; k < after; k++) {
                covered[k] = true;
            }
            i = after;
        }
        // 2. patterns over capitalised runs the gazetteer did not claim
        if (!caps) {
            i = 0;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (covered[i] || !t.isWord() || !t.isCapitalised()) {
                    i++;
                    continue;
                }
                int runEnd = runEnd(tokens, i, covered);
                int[] org = patternOrg(tokens, i, runEnd);
                if (org == null) {
                    i++;
                    continue;
                }
                String name = clean(text.substring(
                        tokens.get(org[0]).start(), tokens.get(org[1] - 1).end()));
                hits.add(org);
                names.add(name);
                int after = bracketAcronym(tokens, org[1], name, docAcronyms);
                if (after > org[1]) {
                    hits.add(new int[] {org[1] + 1, org[1] + 2});
                    names.add(name);
                }
                for (int k = i; k < Math.max(after, org[1]); k++) {
                    covered[k] = true;
                }
                i = Math.max(after, org[1]);
            }
        }
        // 3. acronyms this document introduced, wherever they recur
        for (i = 0; i < tokens.size(); i++) {
            String linked = covered[i] ? null : docAcronyms.get(tokens.get(i).text());
            if (linked != null) {
                hits.add(new int[] {i, i + 1});
                names.add(linked);
            }
        }
        Integer[] order = new Integer[hits.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(k -> hits.get(k)[0]));
        for (int k : order) {
            int[] h = hits.get(k);
            String canonical = canonicalOf(found, names.get(k));
            record(
                    found,
                    canonical,
                    field,
                    text,
                    tokens.get(h[0]).start(),
                    tokens.get(h[1] - 1).end());
        }
    }

    /** Reuses an earlier spelling of the same organisation, ignoring case ("Tower Commission"). */
    private static String canonicalOf(Map<String, Acc> found, String name) {
        for (String k : found.keySet()) {
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return name;
    }

    private static String clean(String s) {
        s = s.replaceAll("\\s+", " ").strip();
        while (s.endsWith(".") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** After a name, "(ABC)" makes ABC an alias of it for the rest of the document; returns the index after ")". */
    private static int bracketAcronym(List<Token> tokens, int i, String canonical, Map<String, String> docAcronyms) {
        if (i + 2 < tokens.size()
                && tokens.get(i).isPunct('(')
                && tokens.get(i + 2).isPunct(')')) {
            Token a = tokens.get(i + 1);
            if (a.isAllCaps() && a.text().length() <= 8) {
                docAcronyms.putIfAbsent(a.text(), canonical);
                return i + 3;
            }
        }
        return i;
    }

    private static void record(
            Map<String, Acc> found, String canonical, String field, String text, int start, int end) {
        Acc acc = found.computeIfAbsent(canonical, k -> new Acc());
        acc.count++;
        if (acc.spans.size() < MAX_SPANS) {
            acc.spans.add(new Span(field, start, end, text.substring(start, end)));
        }
    }

    private boolean matches(Entry e, List<Token> tokens, int i, boolean caps) {
        if (i + e.words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < e.words.length; k++) {
            Token t = tokens.get(i + k);
            String w = e.words[k];
            if (k > 0 && t.start() - tokens.get(i + k - 1).end() > 3) {
                return false; // not across a paragraph gap or a line of punctuation
            }
            if (e.acronym) {
                if (caps
                        ? !t.text().equalsIgnoreCase(w) || WORD_ACRONYMS.contains(w.toLowerCase(Locale.ROOT))
                        : !t.text().equals(w)) {
                    return false;
                }
            } else {
                if (!Tokenizer.fold(t.text()).equalsIgnoreCase(Tokenizer.fold(w))) {
                    return false;
                }
                boolean entryCapital = Character.isUpperCase(w.charAt(0));
                if (entryCapital && !caps && !Character.isUpperCase(t.text().charAt(0))) {
                    return false;
                }
                if (entryCapital
                        && !caps
                        && w.length() > 1
                        && isAllUpper(w) != isAllUpper(t.text())
                        && !isAllUpper(t.text())) {
                    return false; // "IBRD" listed as an alias must not match "Ibrd"
                }
            }
        }
        if (e.words.length == 1 && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (next.isWord() && NOT_AFTER_ALIAS.contains(next.lower())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** End (exclusive) of the run of capitalised words, connectors and '&' starting at i. */
    private static int runEnd(List<Token> tokens, int i, boolean[] covered) {
        int j = i + 1;
        while (j < tokens.size() && !covered[j]) {
            Token t = tokens.get(j);
            Token prev = tokens.get(j - 1);
            if (t.start() - prev.end() > 2 || (t.lineStart() && t.sentenceStart())) {
                break;
            }
            if (t.isWord() && ROLE_STOPS.contains(t.lower())) {
                break;
            }
            if (t.isWord() && t.isCapitalised() && !t.text().startsWith("'")) {
                j++;
            } else if ((t.isWord() && CONNECTORS.contains(t.text())) || t.isPunct('&')) {
                if (j + 1 < tokens.size() && tokens.get(j + 1).isCapitalised()) {
                    j++;
                } else {
                    break;
                }
            } else if (t.isPunct('.')
                    && j + 1 < tokens.size()
                    && prev.isWord()
                    && HEADS.contains(prev.lower())
                    && prev.text().length() <= 4) {
                j++; // "Corp." "Co." "Inc."
                break;
            } else if (t.isWord()
                    && t.lower().equals("'s")
                    && j + 1 < tokens.size()
                    && tokens.get(j + 1).isCapitalised()
                    && PLURAL_OWNERS.contains(prev.lower())) {
                j++; // "People's Bank"
            } else {
                break;
            }
        }
        return j;
    }

    /** Token range [start, end) of an organisation inside the run [i, runEnd), or null. */
    private static int[] patternOrg(List<Token> tokens, int i, int runEnd) {
        int s = i;
        while (s < runEnd
                && (OPENERS.contains(tokens.get(s).lower())
                        || !tokens.get(s).isWord()
                        || tokens.get(s).lower().endsWith("-based"))) {
            s++;
        }
        int end = -1;
        for (int k = runEnd - 1; k > s; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            String lw = t.lower();
            if (HEADS.contains(lw) && t.isCapitalised()) {
                end = k + 1;
                if (end < runEnd && tokens.get(end).isPunct('.')) {
                    end++;
                }
                break;
            }
            if (OF_HEADS.contains(lw)
                    && k + 1 < runEnd
                    && OF_WORDS.contains(tokens.get(k + 1).lower())) {
                end = runEnd;
                break;
            }
        }
        if (end < 0) {
            // "Ministry of Finance" with the head first
            Token first = tokens.get(s < runEnd ? s : i);
            if (s + 2 < runEnd
                    && OF_HEADS.contains(first.lower())
                    && OF_WORDS.contains(tokens.get(s + 1).lower())) {
                end = runEnd;
            } else {
                return null;
            }
        }
        // "Alan Rose of First Interstate Bank": what precedes "of" must itself be organisational
        for (int k = s; k < end; k++) {
            String lw = tokens.get(k).lower();
            if (HEADS.contains(lw) || OF_HEADS.contains(lw)) {
                break;
            }
            if ((lw.equals("of") || lw.equals("for")) && tokens.get(k).isWord()) {
                s = k + 1;
            }
        }
        while (end > s && !tokens.get(end - 1).isWord() && !tokens.get(end - 1).isPunct('.')) {
            end--;
        }
        while (end > s && CONNECTORS.contains(tokens.get(end - 1).lower())) {
            end--;
        }
        int words = 0;
        boolean specific = false;
        for (int k = s; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            words++;
            String lw = t.lower();
            if (!HEADS.contains(lw) && !GENERIC.contains(lw) && !CONNECTORS.contains(lw) && !lw.equals("'s")) {
                specific = true;
            }
        }
        if (words < 2 || !specific) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int k = s; k < end; k++) {
            if (tokens.get(k).isWord()) {
                key.append(key.isEmpty() ? "" : " ").append(tokens.get(k).lower());
            }
        }
        if (COUNTRY_NAMES.contains(key.toString())) {
            return null;
        }
        return new int[] {s, end};
    }
}
