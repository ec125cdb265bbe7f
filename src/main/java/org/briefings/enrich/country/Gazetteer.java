package org.briefings.enrich.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefings.enrich.text.WordSet;

/**
 * The country gazetteer: every surface form that names a country (names, official names,
 * alternative names, demonyms, capitals, major cities, states and provinces), indexed by token
 * sequence so the tagger matches a whole document with one hash look-up per capitalised token
 * instead of one regular expression per country.
 *
 * <p>The data is the resource {@code gazetteer.tsv}, built by {@code scripts/build-gazetteer.py}
 * from public sources (see NOTICE) and a small hand-written supplement. Keeping the build in a
 * script and the result in a plain resource means the tagger loads in milliseconds, needs no
 * network and can be reviewed line by line.
 *
 * <p>Historical codes: withdrawn countries keep their ISO 3166-3 alpha-2 codes ({@code SU},
 * {@code DD}, {@code YU}, {@code CS}, {@code ZR}, {@code YD}). "West Germany" maps to {@code DE}:
 * the Federal Republic of Germany is the same state before and after 1990 (East Germany acceded
 * to it), and ISO kept its code. "Burma" maps to {@code MM}, the same state under its later name.
 */
public final class Gazetteer {

    /** What kind of form an entry is; the kind sets its weight and where it may match. */
    public enum Kind {
        NAME,
        OFFICIAL,
        ALT,
        DEMONYM,
        CAPITAL,
        CITY,
        REGION,
        DATELINE,
        BLOCK,
        MULTI,
        /**
         * A US state, its abbreviation or postal code as written right after a place name ("Paris,
         * Texas", "Athens, Ga.", "Lima, OH"): read only there, where it makes the place American.
         */
        STATE;

        static Kind parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /** Matching constraints from the gazetteer's flags column. */
    public enum Flag {
        /** Exact spelling only ("US" but never "us" or "Us"). */
        CS,
        /** Also a first name or surname ("Jordan", "Chad"): not next to another capitalised name. */
        WEAK,
        /** Ignored in ALL-CAPS text unless the same country is named elsewhere ("TURKEY", "US"). */
        NOCAPS,
        /** "Korea"/"Korean" alone: resolved to whichever Korea the document names. */
        PENINSULA,
        /** A state abbreviation ("Nev.", "N.Y."): counts only right after "Place," in running text. */
        AFTER_PLACE
    }

    /**
     * One surface form.
     *
     * @param codes  country codes it names (one, or several for {@link Kind#MULTI}, none for {@link Kind#BLOCK})
     * @param kind   what sort of form
     * @param form   the form as written in the gazetteer
     * @param tokens the form's tokens as written (case kept, used for case checks)
     * @param keys   the form's tokens folded for look-up
     * @param flags  matching constraints
     * @param flagBits the same as bits, one per {@link Flag#ordinal()} (made from {@code flags})
     */
    public record Entry(
            List<String> codes,
            Kind kind,
            String form,
            String[] tokens,
            String[] keys,
            Set<Flag> flags,
            int flagBits,
            int keyCount,
            int secondKeyHash) {

        /**
         * {@code flagBits} is made here from {@code flags} (one bit per {@link Flag#ordinal()}),
         * whatever is given: the matcher asks an entry's flags for every candidate at every
         * capitalised word, and a set's look-up (an unmodifiable view of an {@code EnumSet}) was a
         * third of the matcher's test of a candidate (JFR, 2026-12-06). {@code keyCount} (the number
         * of keys) and {@code secondKeyHash} (the hash of {@code keys[1]}, 0 for a form of one word)
         * are made here for the same reason: a word such as "the" starts dozens of forms, and the
         * matcher turns away those whose second word differs from the text's by this number,
         * without following each entry to its keys and their strings (JFR, 2026-12-07: 3% of
         * enrichment on the speeches).
         */
        public Entry {
            int bits = 0;
            for (Flag f : flags) {
                bits |= 1 << f.ordinal();
            }
            flagBits = bits;
            keyCount = keys.length;
            secondKeyHash = keys.length > 1 ? keys[1].hashCode() : 0;
        }

        Entry(List<String> codes, Kind kind, String form, String[] tokens, String[] keys, Set<Flag> flags) {
            this(codes, kind, form, tokens, keys, flags, 0, 0, 0);
        }

        boolean has(Flag f) {
            return (flagBits & (1 << f.ordinal())) != 0;
        }
    }

    private static volatile Gazetteer defaultInstance;

    private final Map<String, String> names;
    /**
     * First token key -> entries starting with it, longest first; looked up from a token without
     * folding it into a string when it is ASCII.
     */
    private final FirstKeyTable firstKeys;
    /** Folded form -> codes, best first, for reading datelines. */
    private final Map<String, List<String>> datelinePlaces;

    /** First token key -> US state forms starting with it, longest first (see {@link Kind#STATE}). */
    private final Map<String, Entry[]> statesByFirstKey;
    /** Folded whole forms of {@link Kind#STATE}, for datelines. */
    private final Set<String> stateKeys;

    /** The forms whose first word is lower-case ("the two Koreas", "mer du Japon"). */
    private final LowercaseStarts lowercaseStarts;

    private final int formCount;
    /** Folded name, official or alternative name -> code, for turning what people type into a code. */
    private final Map<String, String> nameKeys;

    private Gazetteer(
            Map<String, String> names,
            Map<String, Entry[]> byFirstKey,
            Map<String, List<String>> datelinePlaces,
            Map<String, Entry[]> statesByFirstKey,
            int formCount,
            Map<String, String> nameKeys) {
        this.nameKeys = nameKeys;
        this.statesByFirstKey = statesByFirstKey;
        this.lowercaseStarts = new LowercaseStarts(byFirstKey);
        this.stateKeys = WordSet.copyOf(statesByFirstKey.values().stream()
                .flatMap(Arrays::stream)
                .map(e -> PlaceKeys.of(e.form()))
                .toList());
        this.names = names;
        this.firstKeys = new FirstKeyTable(byFirstKey);
        this.datelinePlaces = datelinePlaces;
        this.formCount = formCount;
    }

    /** The gazetteer shipped as a resource; loaded once and shared (it is immutable). */
    public static Gazetteer load() {
        Gazetteer g = defaultInstance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = defaultInstance;
                if (g == null) {
                    try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
                        if (in == null) {
                            throw new IllegalStateException("gazetteer.tsv missing from the classpath");
                        }
                        g = parse(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    defaultInstance = g;
                }
            }
        }
        return g;
    }

    /** Reads the TSV format written by {@code scripts/build-gazetteer.py}. */
    public static Gazetteer parse(InputStream in) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        // (codes, kind, form) -> flags, merged: a form listed twice keeps every flag
        Map<String, Entry> merged = new LinkedHashMap<>();
        Map<String, List<String[]>> dateline = new HashMap<>();
        Map<String, String> nameKeys = new HashMap<>();
        List<Entry> states = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                continue;
            }
            String code = cols[0];
            Kind kind = Kind.parse(cols[1]);
            String form = cols[2];
            EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
            if (cols.length > 3 && !cols[3].isBlank()) {
                for (String f : cols[3].split(",", -1)) {
                    if (!f.isBlank()) {
                        flags.add(Flag.valueOf(f.strip().toUpperCase(Locale.ROOT)));
                    }
                }
            }
            if (kind == Kind.NAME) {
                names.put(code, form);
            }
            List<String> codes = code.equals("-") ? List.of() : List.of(code.split(","));
            if ((kind == Kind.NAME || kind == Kind.OFFICIAL || kind == Kind.ALT) && codes.size() == 1) {
                nameKeys.putIfAbsent(PlaceKeys.of(form), code);
            }
            // every form but blocks and multis may open a dateline; dateline-only forms nowhere else
            if (kind != Kind.BLOCK && kind != Kind.MULTI) {
                dateline.computeIfAbsent(PlaceKeys.of(form), k -> new ArrayList<>())
                        .add(new String[] {code, String.valueOf(datelinePriority(kind))});
            }
            if (kind == Kind.STATE) {
                states.add(entry(codes, kind, form, flags));
                continue;
            }
            if (kind == Kind.DATELINE) {
                if (!form.endsWith(".")) {
                    continue;
                }
                // "Winnemucca, Nev." in running text: an abbreviation after "Place," (see CountryTagger)
                flags.add(Flag.AFTER_PLACE);
                kind = Kind.REGION;
            }
            // a country's forms share one entry per spelling; the strongest kind wins
            Kind effective = kind;
            String mkey = String.join(",", codes) + "\t" + form;
            Entry old = merged.get(mkey);
            if (old != null) {
                flags.addAll(old.flags());
                effective = stronger(old.kind(), kind);
            }
            merged.put(mkey, entry(codes, effective, form, flags));
        }
        Map<String, Entry[]> byFirst = byFirstKey(merged.values());
        Map<String, List<String>> places = new HashMap<>();
        for (Map.Entry<String, List<String[]>> e : dateline.entrySet()) {
            List<String[]> l = e.getValue();
            l.sort((a, b) -> Integer.compare(Integer.parseInt(a[1]), Integer.parseInt(b[1])));
            List<String> codes = new ArrayList<>();
            for (String[] c : l) {
                if (!codes.contains(c[0])) {
                    codes.add(c[0]);
                }
            }
            places.put(e.getKey(), List.copyOf(codes));
        }
        for (Map.Entry<String, String> n : names.entrySet()) {
            nameKeys.put(PlaceKeys.of(n.getValue()), n.getKey());
        }
        return new Gazetteer(
                Map.copyOf(names),
                byFirst,
                Map.copyOf(places),
                byFirstKey(states),
                merged.size(),
                Map.copyOf(nameKeys));
    }

    private static Entry entry(List<String> codes, Kind kind, String form, Set<Flag> flags) {
        String[] tokens = Tokens.words(form);
        String[] keys = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            keys[i] = Tokens.fold(tokens[i]);
        }
        return new Entry(codes, kind, form, tokens, keys, Collections.unmodifiableSet(flags));
    }

    /** Entries indexed by their first token's key, longest first. */
    private static Map<String, Entry[]> byFirstKey(Iterable<Entry> entries) {
        Map<String, List<Entry>> lists = new HashMap<>();
        for (Entry e : entries) {
            if (e.keys().length > 0) {
                lists.computeIfAbsent(e.keys()[0], k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Entry[]> byFirst = new HashMap<>();
        for (Map.Entry<String, List<Entry>> e : lists.entrySet()) {
            Entry[] arr = e.getValue().toArray(new Entry[0]);
            Arrays.sort(arr, (a, b) -> Integer.compare(b.keys().length, a.keys().length));
            byFirst.put(e.getKey(), arr);
        }
        return Map.copyOf(byFirst);
    }

    /** Lower is better: a dateline's "Ore." or a state name outranks a same-named foreign city. */
    private static int datelinePriority(Kind k) {
        return switch (k) {
            case NAME, OFFICIAL, ALT -> 0;
            case REGION, DATELINE, STATE -> 1;
            case CAPITAL -> 2;
            case CITY -> 3;
            default -> 4;
        };
    }

    /** Kinds are declared strongest first. */
    private static Kind stronger(Kind a, Kind b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Entries whose first token has this folded key, longest first; empty when none. */
    Entry[] startingWith(String firstKey) {
        return firstKeys.get(firstKey);
    }

    /** Entries whose first token has the folded key of token {@code i}, longest first; empty when none. */
    Entry[] startingAt(Tokens t, int i) {
        return firstKeys.at(t, i);
    }

    private static final Entry[] NONE = new Entry[0];

    /**
     * For a token that does not start with a capital: the entries whose first token has its folded
     * key, longest first, when some of them start with a lower-case word ("the two Koreas"); empty
     * otherwise. The answer is {@link #startingAt}'s whenever it is not empty, from one look-up in
     * the small table of such keys instead of a test there and a second look-up in the whole
     * gazetteer.
     */
    Entry[] startingLowercaseAt(Tokens t, int i) {
        return lowercaseStarts.at(t, i);
    }

    /** US state forms ({@link Kind#STATE}) whose first token has this folded key, longest first. */
    Entry[] statesStartingWith(String firstKey) {
        Entry[] e = statesByFirstKey.get(firstKey);
        return e == null ? NONE : e;
    }

    /** True when a dateline's region ("Texas", "Ga.", "OH") is a US state. */
    boolean isState(String region) {
        return stateKeys.contains(PlaceKeys.of(region));
    }

    /** Country codes a dateline place name can stand for, best first; empty when unknown. */
    public List<String> datelinePlace(String place) {
        List<String> l = datelinePlaces.get(PlaceKeys.of(place));
        return l == null ? List.of() : l;
    }

    /** English short name of a code ("KP" -> "North Korea"), or the code itself. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    /**
     * The code for what a person types for a country: a code ("kp"), a name ("North Korea"), an
     * official or alternative name ("DPRK", "Burma"); empty when it is none of these.
     */
    public Optional<String> codeFor(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String s = nameOrCode.strip();
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.length() == 2 && names.containsKey(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(nameKeys.get(PlaceKeys.of(s)));
    }

    /** Every country code the gazetteer knows. */
    public Set<String> codes() {
        return names.keySet();
    }

    /** Number of distinct (country, form) entries, for diagnostics. */
    public int size() {
        return formCount;
    }
}
