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
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefings.enrich.text.LowerMap;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.TokenList;
import org.briefings.enrich.text.Tokenizer;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * The organisations known by name: international and regional bodies, central banks, government
 * bodies and parliaments, parties, armed groups, companies, news media and NGOs, with acronyms and
 * aliases, read from the files of {@link #FILES} (one format, one loader; split by kind only to
 * keep each file readable). Acronyms match only with their written case ("EC", not "ec"; "Fed",
 * not "fed"), because short acronyms collide with ordinary words. An acronym written with a
 * leading {@code ~} ("~PP") is recorded but never matched on its own: it is a word or another
 * body's acronym too often ("PP", "UP", "PAN"), so it names the organisation only where the text
 * defines it in brackets after the name ({@link DocumentAcronyms}). Names match when their
 * capitalised words are capitalised in the text. In ALL-CAPS headlines names and acronyms match
 * ignoring case, except acronyms that are also English words ("WHO", "AID" in a headline are
 * words).
 */
final class OrganisationGazetteer {

    /**
     * The gazetteer's files, loaded in this order by the same reader: the first file holds the
     * bodies the rules were built on; the others are grouped by kind. A surface form names one
     * organisation across all of them (OrganisationGazetteerTest).
     */
    static final List<String> FILES = List.of(
            "organisations.tsv",
            "organisations-international.tsv",
            "organisations-national.tsv",
            "organisations-parties.tsv",
            "organisations-armed.tsv",
            "organisations-companies.tsv",
            "organisations-media.tsv",
            "organisations-ngos.tsv");

    /** Marks an acronym that is recorded but never matched on its own ("~PP"). */
    static final String RECORDED_ONLY = "~";

    /** Acronyms that are English words: in an ALL-CAPS headline they are the word. */
    private static final Set<String> WORD_ACRONYMS =
            Words.set("who", "aid", "sea", "nam", "au", "spa", "sec", "cis", "ida", "let", "ons");

    /**
     * Words after a one-word alias, or a name ending in "Treasury", that show it is not the
     * organisation ("Treasury bills", "U.S. Treasury securities").
     */
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
            "markets",
            "debt",
            "holdings",
            "rates",
            "paper",
            "auction",
            "auctions",
            "futures",
            "balances");

    /** Whether a lower-case acronym is an English word, never matched in an ALL-CAPS headline. */
    static boolean wordAcronym(String lowerCase) {
        return WORD_ACRONYMS.contains(lowerCase);
    }

    /**
     * One gazetteer entry: the words to match, the same words with typographic marks folded
     * ({@link Tokenizer#fold}, computed once here rather than at every comparison), and the
     * canonical name they mean.
     */
    private record Entry(String[] words, String[] folded, String canonical, boolean acronym) {}

    /** A gazetteer match: the tokens it covers from where it starts, and the name it means. */
    record Match(int length, String canonical) {}

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    /**
     * The same entries for look-up: longest first (the first listed among equals), so the first
     * that matches is the longest match. {@link #byFirstWord} keeps the listed order.
     */
    private final LowerMap<Entry[]> longestFirst;
    /**
     * The entries whose first word does not open with a capital ("de", "al-"), longest first:
     * outside a headline, the only ones a word that does not open with a capital can start, so
     * most words of a text ("the", "and") are answered without a look-up in the whole gazetteer.
     *
     * <p>Both keep a filter of two bits per first word ({@link LowerMap}): nearly every
     * capitalised word of a text is asked and few open an entry, and a filter of 4 KB that stays
     * in the core's cache answers most of them from the token list's array of hashes, without
     * reading the token (the look-up was 3% of enrichment's CPU on the UN speeches, 2026-12-05,
     * and the {@code HashMap} behind the filter 3% more, 2026-12-07).
     */
    private final LowerMap<Entry[]> uncapitalisedFirst;

    private final Map<String, List<String>> acronymsByName = new LinkedHashMap<>();
    private final Map<String, List<String>> formsByName = new HashMap<>();
    private final Map<String, String> countryByName = new HashMap<>();

    /** Loads the built-in files of {@link #FILES}. */
    OrganisationGazetteer() {
        for (String file : FILES) {
            try (InputStream in = OrganisationGazetteer.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException(file + " missing from the classpath");
                }
                load(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        }
        Map<String, Entry[]> longest = new HashMap<>();
        Map<String, Entry[]> uncapitalisedLongest = new HashMap<>();
        for (Map.Entry<String, List<Entry>> e : byFirstWord.entrySet()) {
            List<Entry> sorted = new ArrayList<>(e.getValue());
            sorted.sort((a, b) -> Integer.compare(b.words.length, a.words.length)); // stable: listed order kept
            longest.put(e.getKey(), sorted.toArray(new Entry[0]));
            Entry[] uncapitalised = sorted.stream()
                    .filter(x -> !Character.isUpperCase(x.words[0].charAt(0)))
                    .toArray(Entry[]::new);
            if (uncapitalised.length > 0) {
                uncapitalisedLongest.put(e.getKey(), uncapitalised);
            }
        }
        longestFirst = LowerMap.copyOf(longest, FILTER_BITS);
        uncapitalisedFirst = LowerMap.copyOf(uncapitalisedLongest, FILTER_BITS);
    }

    /** The largest first-word filter, in bits (4 KB). */
    private static final int FILTER_BITS = 1 << 15;

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
                    if (a.startsWith(RECORDED_ONLY)) {
                        acronyms.add(a.substring(RECORDED_ONLY.length()));
                    } else {
                        acronyms.add(a);
                        add(a, canonical, true);
                    }
                }
            }
            List<String> forms = new ArrayList<>(List.of(canonical));
            forms.addAll(acronyms);
            if (cols.length > 2 && !cols[2].isBlank()) {
                for (String a : cols[2].split("\\|")) {
                    add(a.strip(), canonical, false);
                    forms.add(a.strip());
                }
            }
            if (acronymsByName.containsKey(canonical)) {
                throw new IllegalStateException("organisation listed twice: " + canonical);
            }
            acronymsByName.put(canonical, List.copyOf(acronyms));
            formsByName.put(canonical, List.copyOf(forms));
            if (cols.length > 3 && !cols[3].isBlank()) {
                countryByName.put(canonical, cols[3].strip());
            }
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
        String[] folded = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            folded[i] = Tokenizer.fold(words[i]);
        }
        byFirstWord
                .computeIfAbsent(Tokenizer.fold(words[0]).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(new Entry(words, folded, canonical, acronym));
    }

    /** Acronyms the gazetteer lists for a canonical name (empty for pattern organisations). */
    List<String> acronyms(String canonicalName) {
        return acronymsByName.getOrDefault(canonicalName, List.of());
    }

    /** Every form the gazetteer records for a canonical name (itself, acronyms, aliases); the name alone if unknown. */
    List<String> forms(String canonicalName) {
        return formsByName.getOrDefault(canonicalName, List.of(canonicalName));
    }

    /** The country whose national body a canonical name is (ISO code), or null. */
    String country(String canonicalName) {
        return countryByName.get(canonicalName);
    }

    /**
     * The canonical names each matchable surface form stands for, keyed by the form as the matcher
     * compares it (folded and lower-cased): a form standing for two names is a collision, since
     * only the first listed is ever found.
     */
    Map<String, Set<String>> canonicalsByForm() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (List<Entry> entries : byFirstWord.values()) {
            for (Entry e : entries) {
                String key = Tokenizer.fold(String.join(" ", e.words)).toLowerCase(Locale.ROOT);
                out.computeIfAbsent(key, k -> new TreeSet<>()).add(e.canonical);
            }
        }
        return out;
    }

    /** The gazetteer's canonical names, in the order listed. */
    Set<String> canonicalNames() {
        return acronymsByName.keySet();
    }

    /** Whether both first-word maps keep a filter (for tests: a map too large for one does without). */
    boolean filtered() {
        return longestFirst.filtered() && uncapitalisedFirst.filtered();
    }

    /** Whether a name is one of the gazetteer's canonical names. */
    boolean knows(String canonicalName) {
        return acronymsByName.containsKey(canonicalName);
    }

    /** The longest entry matching at token i (the first listed among equals), or null. */
    Match longestAt(List<Token> tokens, int i, boolean caps) {
        // the first questions from the token list's arrays, without reading the token (every caller's
        // tokens are the tokenizer's list, so this is no copy)
        TokenList list = TokenList.copyOf(tokens);
        if (!list.isWord(i)) {
            return null;
        }
        // outside a headline an entry opening with a capital never matches a word that does not
        // (matches), so such a word is looked up among the few entries that open in lower case
        boolean capital = caps || list.isCapitalised(i);
        if (!capital && uncapitalisedFirst.isEmpty()) {
            return null;
        }
        LowerMap<Entry[]> firstWords = capital ? longestFirst : uncapitalisedFirst;
        if (!firstWords.mayHold(list.lowerHash(i))) {
            return null;
        }
        Entry[] candidates = firstWords.get(list.get(i));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            if (matches(e, tokens, i, caps)) {
                return new Match(e.words.length, e.canonical); // longest first: the first match is the longest
            }
        }
        return null;
    }

    private static boolean matches(Entry e, List<Token> tokens, int i, boolean caps) {
        if (i + e.words.length > tokens.size()) {
            return false;
        }
        // most candidates fail on a later word's length, so that is checked before the first word's case
        for (int k = 1; k < e.words.length; k++) {
            if (tokens.get(i + k).length() != e.words[k].length()) {
                return false;
            }
        }
        for (int k = 0; k < e.words.length; k++) {
            Token t = tokens.get(i + k);
            String w = e.words[k];
            if (t.length() != w.length()) {
                return false; // every comparison below needs equal lengths (folding keeps them)
            }
            if (k > 0 && t.start() - tokens.get(i + k - 1).end() > 3) {
                return false; // not across a paragraph gap or a line of punctuation
            }
            if (e.acronym) {
                if (caps
                        ? !t.text().equalsIgnoreCase(w) || wordAcronym(w.toLowerCase(Locale.ROOT))
                        : !t.text().equals(w)) {
                    return false;
                }
            } else {
                if (!Tokenizer.fold(t.text()).equalsIgnoreCase(e.folded[k])) {
                    return false;
                }
                boolean entryCapital = Character.isUpperCase(w.charAt(0));
                if (entryCapital && !caps && !t.isCapitalised()) {
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
        // "Treasury markets", and "U.S. Treasury securities" as well: the Treasury's paper, not the department
        boolean paper = e.words.length == 1 || e.words[e.words.length - 1].equalsIgnoreCase("treasury");
        if (paper && i + e.words.length < tokens.size()) {
            Token next = tokens.get(i + e.words.length);
            if (next.isWord() && WordSet.holds(NOT_AFTER_ALIAS, next)) {
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
}
