package org.briefings.enrich.org;

import static org.briefings.enrich.org.CuedNameWords.AFTER_NOUN;
import static org.briefings.enrich.org.CuedNameWords.DETERMINERS;
import static org.briefings.enrich.org.CuedNameWords.INDEFINITE;
import static org.briefings.enrich.org.CuedNameWords.LIST_LINKS;
import static org.briefings.enrich.org.CuedNameWords.MODIFIERS;
import static org.briefings.enrich.org.CuedNameWords.NEED_MODIFIER;
import static org.briefings.enrich.org.CuedNameWords.NOT_NAMES;
import static org.briefings.enrich.org.CuedNameWords.NOUNS;
import static org.briefings.enrich.org.CuedNameWords.PEOPLES;
import static org.briefings.enrich.org.CuedNameWords.PREPOSITIONS;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.enrich.date.Months;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;

/**
 * Names with no head word that nobody listed, marked as a body by the common noun the text puts
 * beside them: "the ruling Georgian Dream party", "the M23 rebel group", "the Interfax news
 * agency" (the name before the noun), "the opposition party Demokraatit", "the news site
 * Mongabay" (the name after it). Parties, armed groups, companies and media are named this way
 * the first time a text meets them; the noun is the cue a careful reader uses, so the name needs
 * no list. The noun is not part of the name ("Georgian Dream"), unless the noun and the name
 * together are a name the gazetteer knows ("the Wagner group" is the Wagner Group), or the name
 * alone is a generic word ("the Labour party" is the Labour Party).
 *
 * <p>Not a name: places and peoples ("the Russian group", "the Texas company"), a word opening a
 * sentence alone ("Opposition party leaders"), days and months, people's titles.
 */
final class CuedNames {

    /** Longest name read beside its noun, in words. */
    private static final int MAX_WORDS = 4;

    /** Places and peoples in every language of the country gazetteer, lower case ("russian", "texas"). */
    private static final Set<String> PLACES =
            loadPlaces(Set.of("name", "alt", "official", "demonym", "capital", "city", "state", "region"));

    /**
     * As {@link #PLACES} with the gazetteer's dateline towns, for the place words beside a name
     * ("a La Paz research group"); alone a dateline town may be a body's name too ("Forbes").
     */
    private static final Set<String> ALL_PLACES =
            loadPlaces(Set.of("name", "alt", "official", "demonym", "capital", "city", "state", "region", "dateline"));

    private CuedNames() {}

    /**
     * The name at token {@code i} that a body noun marks, or null. Tokens claimed already end
     * the name.
     */
    static Cued at(List<Token> tokens, int i, boolean[] covered) {
        TokenRange listed = TickerNames.at(tokens, i, covered);
        if (listed != null) {
            return new Cued(listed, null, -1); // "Brenmark (BRMK.N)": a ticker names a company
        }
        Cued context = ContextCues.at(tokens, i, covered);
        if (context != null) {
            return context;
        }
        TokenRange cited = CitedPublications.at(tokens, i, covered);
        if (cited != null) {
            return new Cued(cited, null, -1);
        }
        if (i > 0 && WordSet.holds(LIST_LINKS, tokens.get(i - 1))) {
            return null; // "the Accountability, Coherence and Transparency group", "the Houthi/Saleh coalition"
        }
        // the three cues below need a body noun, a modifier or a comma beside the run: checked
        // first, because reading the run's words (runEnd) costs lookups and nearly every run has none
        int raw = rawRunEnd(tokens, i, covered);
        if (raw < 0 || !cueBeside(tokens, i, raw) || runEnd(tokens, i, covered) < 0) {
            return null;
        }
        int end = raw;
        Cued cued = nounAfter(tokens, i, end);
        if (cued == null) {
            cued = nounBefore(tokens, i, end);
        }
        if (cued == null) {
            cued = apposition(tokens, i, end);
        }
        return cued;
    }

    /**
     * "Sovcomflot, Russia's state shipping company, said": the name before an apposition that
     * is a body noun, after "a", "the", "its" or a place's possessive and a few words that are
     * no prepositions, and before a comma or a full stop ("Kim, a member of the party," is not).
     */
    private static Cued apposition(List<Token> tokens, int from, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).isPunct(',')) {
            return null;
        }
        int k = end + 1;
        Token first = tokens.get(k);
        if (first.isWord() && DETERMINERS.contains(first.text())) {
            k++;
        } else if (first.isCapitalised()
                && k + 1 < tokens.size()
                && tokens.get(k + 1).lower().equals("'s")) {
            k += 2; // "Russia's"
        } else {
            return null;
        }
        int words = 0;
        while (k < tokens.size() && words < 3) {
            int place = placeEnd(tokens, k);
            if (place > k) {
                k = place; // "a Danish shipping company", "a La Paz research group"
                words++;
                continue;
            }
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalised() || WordSet.holds(NOUNS, t) || WordSet.holds(PREPOSITIONS, t)) {
                break;
            }
            k++;
            words++;
        }
        if (k + 1 >= tokens.size() || !lowerIn(tokens.get(k), NOUNS)) {
            return null;
        }
        Token after = tokens.get(k + 1);
        boolean closed = after.isPunct(',')
                || after.isPunct('.')
                || after.isPunct(';')
                || (after.isWord() && AFTER_NOUN.contains(after.text()));
        if (!closed
                || (WordSet.holds(NEED_MODIFIER, tokens.get(k)) && words == 0)
                || generic(tokens, from, end)
                || WordSet.holds(PatternWords.OPENERS, tokens.get(from))
                || tokens.get(from).lower().endsWith("ly")) {
            // "Meanwhile, the ...", "Separately, a ...": a sentence adverb, not a name
            return null;
        }
        return new Cued(new TokenRange(from, end), null, -1);
    }

    /**
     * A cued name: tokens {@code range}; when the noun joins the name, the name to use; and the
     * noun's index when it follows the name directly ("Wagner group"), else -1.
     */
    record Cued(TokenRange range, String name, int noun) {}

    /**
     * "the Georgian Dream party": the noun after the run, with up to two modifiers between. Not
     * after "a" ("a Nuer militia", "a Tutsi-led rebel group" describe a kind of body).
     */
    private static Cued nounAfter(List<Token> tokens, int from, int end) {
        if (from > 0 && WordSet.holds(INDEFINITE, tokens.get(from - 1))) {
            return null;
        }
        int k = end;
        int modifiers = 0;
        while (k < tokens.size() && modifiers < 2 && lowerIn(tokens.get(k), MODIFIERS)) {
            k++;
            modifiers++;
        }
        if (k >= tokens.size() || !lowerIn(tokens.get(k), NOUNS)) {
            return null;
        }
        String noun = tokens.get(k).lower();
        if (NEED_MODIFIER.contains(noun) && modifiers == 0) {
            return null;
        }
        // "Opposition party leaders": one word opening a sentence is as often an ordinary word
        if (end - from == 1
                && tokens.get(from).sentenceStart()
                && !tokens.get(from).isAllCaps()) {
            return null;
        }
        if (generic(tokens, from, end)) {
            // "the Labour party", "the Communist party": the noun is part of the name
            return modifiers == 0 && noun.equals("party")
                    ? new Cued(new TokenRange(from, k + 1), text(tokens, from, end) + " Party", -1)
                    : null;
        }
        return new Cued(new TokenRange(from, end), null, modifiers == 0 ? k : -1);
    }

    /** "the opposition party Demokraatit": the noun, after a modifier or "the", right before the run. */
    private static Cued nounBefore(List<Token> tokens, int from, int end) {
        if (from < 2 || tokens.get(from).sentenceStart() || !lowerIn(tokens.get(from - 1), NOUNS)) {
            return null;
        }
        Token before = tokens.get(from - 2);
        // "the French group Lactalis": a people's adjective modifies the noun as a lower-case word does
        boolean modified = lowerIn(before, MODIFIERS)
                || (before.isCapitalised() && !before.sentenceStart() && WordSet.holds(PLACES, before));
        boolean determined = before.isWord() && before.text().equals("the");
        String noun = tokens.get(from - 1).lower();
        if (!(modified || (determined && !NEED_MODIFIER.contains(noun))) || generic(tokens, from, end)) {
            return null;
        }
        return new Cued(new TokenRange(from, end), null, -1);
    }

    /**
     * The end of the run of adjacent capitalised words from {@code i} that {@link #runEnd} reads,
     * from the tokens' shapes alone, or -1 when there is none or it is too long to be a name.
     * {@link #runEnd} answers this end or -1, so a caller can test its cheaper conditions on this
     * end first.
     */
    static int rawRunEnd(List<Token> tokens, int i, boolean[] covered) {
        int j = i;
        while (j < tokens.size()
                && !covered[j]
                && tokens.get(j).isWord()
                && tokens.get(j).isCapitalised()
                && (j == i
                        || (!tokens.get(j).sentenceStart()
                                && tokens.get(j).start() - tokens.get(j - 1).end() <= 1))) {
            j++;
        }
        return j == i || j - i > MAX_WORDS ? -1 : j;
    }

    /**
     * Whether a cue that {@link #nounAfter}, {@link #nounBefore} or {@link #apposition} needs
     * stands beside the run {@code [from, end)}: a modifier or body noun after it, a body noun
     * before it, or a comma after it.
     */
    private static boolean cueBeside(List<Token> tokens, int from, int end) {
        if (end < tokens.size()) {
            Token after = tokens.get(end);
            if (after.isPunct(',') || lowerIn(after, MODIFIERS) || lowerIn(after, NOUNS)) {
                return true;
            }
        }
        return from >= 2 && lowerIn(tokens.get(from - 1), NOUNS);
    }

    /**
     * End of the run of capitalised words from {@code i} (letters and digits: "M23"), or -1
     * when it is too long, a place, or holds a word that is never a name.
     */
    static int runEnd(List<Token> tokens, int i, boolean[] covered) {
        int j = rawRunEnd(tokens, i, covered);
        if (j < 0) {
            return -1;
        }
        for (int k = i; k < j; k++) {
            String l = tokens.get(k).lower();
            if (NOT_NAMES.contains(l)
                    || Months.month(tokens.get(k)) > 0
                    || participle(l)
                    || PatternWords.ROLE_STOPS.contains(l)
                    || HeadWords.HEADS.contains(l)
                    || l.startsWith("'")) {
                return -1;
            }
        }
        String run = text(tokens, i, j).toLowerCase(Locale.ROOT);
        if (i > 0
                && tokens.get(i - 1).isCapitalised()
                && ALL_PLACES.contains(tokens.get(i - 1).lower() + " " + run)) {
            return -1; // "Paz" of "a La Paz research group": the end of a place
        }
        boolean placeWords = true;
        for (int k = i; k < j && placeWords; k++) {
            // "The Norwegian firm ..." opening a sentence: its article is no word of a name
            placeWords = WordSet.holds(PLACES, tokens.get(k))
                    || (k == i && tokens.get(k).lower().equals("the"));
        }
        if (placeWords) {
            return -1; // "the American Indian consortium": peoples, not a name
        }
        if ((j - i == 1 && PEOPLES.contains(run))
                || PLACES.contains(run)
                || Gazetteer.load().codeFor(run).isPresent()) {
            return -1;
        }
        return j;
    }

    /**
     * End of a place or people's adjective of up to three capitalised words from {@code k}
     * ("Danish", "La Paz"), or {@code k} when there is none.
     */
    static int placeEnd(List<Token> tokens, int k) {
        StringBuilder place = new StringBuilder();
        for (int j = k; j < Math.min(tokens.size(), k + 3); j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || !t.isCapitalised()) {
                break;
            }
            place.append(place.isEmpty() ? "" : " ").append(t.lower());
            if (ALL_PLACES.contains(place.toString())
                    && !(j + 1 < tokens.size()
                            && tokens.get(j + 1).isWord()
                            && tokens.get(j + 1).isCapitalised())) {
                return j + 1;
            }
        }
        return k;
    }

    /** "Tutsi-led", "UN-backed", "Kremlin-linked": a compound that describes, not a name. */
    private static boolean participle(String lower) {
        int dash = lower.lastIndexOf('-');
        return dash > 0 && lower.endsWith("ed") && lower.length() - dash > 3;
    }

    /** Whether every word of [from, to) is a generic word ("Labour", "National", "Communist"). */
    private static boolean generic(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!WordSet.holds(PatternWords.GENERIC, tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerIn(Token t, Set<String> words) {
        return t.isWord() && !t.isCapitalised() && words.contains(t.lower());
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(sb.isEmpty() ? "" : " ").append(tokens.get(k).text());
        }
        return sb.toString();
    }

    /** Every form of the kinds given of the country gazetteer, lower case. */
    /** Whether a lower-case name is a country, city, capital, state or region of the gazetteer. */
    static boolean majorPlace(String lower) {
        return PLACES.contains(lower);
    }

    private static Set<String> loadPlaces(Set<String> kinds) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer.tsv missing from the classpath");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(line -> line.split("\t", -1))
                    .filter(cols -> cols.length >= 3 && kinds.contains(cols[1]))
                    .forEach(cols -> out.add(cols[2].toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WordSet.copyOf(out);
    }
}
