package org.briefings.eval.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefings.Span;
import org.briefings.eval.entities.GoldPassage.GoldEntity;

/**
 * The matching rules of docs/annotation.md, in one place so that every figure the evaluation
 * reports is computed the same way.
 *
 * <ul>
 *   <li>Document level: a tagger value matches a gold entity when it equals the gold canonical
 *       name or one of its mentions after {@link #key}; one gold entity matches at most one value
 *       and one value at most one gold entity (a maximum bipartite matching, so the order in which
 *       the tagger lists its values cannot change the score).</li>
 *   <li>Span level: gold spans are the occurrences of the gold mentions at word boundaries,
 *       longest first, without overlap; a tagger span matches a gold span with the same offsets
 *       after a leading "the", a title and a trailing possessive are dropped from it.</li>
 * </ul>
 */
public final class GoldMatcher {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Titles and honorifics that docs/annotation.md keeps out of a person's mention; a tagger
     * span that includes one, or a leading "the", is not penalised for it. Longest first, so
     * "Prime Minister" is dropped whole.
     */
    private static final List<String> LEADING = Stream.concat(
                    Stream.of("the", "The"),
                    Stream.of(
                            "Senior General",
                            "Field Marshal",
                            "Prime Minister",
                            "Vice President",
                            "Foreign Minister",
                            "Secretary-General",
                            "Secretary General",
                            "Crown Prince",
                            "President",
                            "Chancellor",
                            "Minister",
                            "Premier",
                            "Governor",
                            "Senator",
                            "Representative",
                            "General",
                            "Admiral",
                            "Colonel",
                            "Captain",
                            "Lieutenant",
                            "Marshal",
                            "Sheriff",
                            "Ambassador",
                            "Chairman",
                            "Secretary",
                            "Speaker",
                            "Mayor",
                            "Judge",
                            "Justice",
                            "Professor",
                            "Prince",
                            "Princess",
                            "King",
                            "Queen",
                            "Sheikh",
                            "Emir",
                            "Sultan",
                            "Sir",
                            "Dame",
                            "Lord",
                            "Lady",
                            "Mr.",
                            "Mrs.",
                            "Ms.",
                            "Dr.",
                            "Prof.",
                            "Sen.",
                            "Rep.",
                            "Gov.",
                            "Gen.",
                            "Col.",
                            "Adm.",
                            "Capt.",
                            "Lt.",
                            "Mr",
                            "Mrs",
                            "Ms",
                            "Dr"))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    /** Counts of one comparison: values found, values in the gold, and how many were paired. */
    public record Counts(int found, int gold, int matched) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(found + o.found, gold + o.gold, matched + o.matched);
        }
    }

    /** A span of a passage text, {@code [start, end)}. */
    public record Offsets(int start, int end) {}

    /** A document-level comparison: its counts, the values no gold entity took, the gold entities missed. */
    public record DocumentMatch(Counts counts, List<String> spurious, List<String> missed) {}

    /**
     * The comparison key of a name: lower case, whitespace runs as one space, without a leading
     * "the" and a trailing possessive.
     */
    public static String key(String name) {
        String k = SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        if (k.endsWith("'s") || k.endsWith("\u2019s")) {
            k = k.substring(0, k.length() - 2);
        }
        return k.strip();
    }

    /** Tagger values against the gold entities of one type in one passage. */
    public static DocumentMatch document(List<String> found, List<GoldEntity> gold) {
        return document(found, gold, List::of);
    }

    /**
     * As {@link #document(List, List)}, a value also matching a gold entity through any other form
     * recorded for it ({@code forms} of a value includes the value): the organisation gazetteer's
     * "Workers' Party of Korea" is the gold's "Korean Workers' Party", one of the names it records
     * for that party. The canonical name a facet shows is a choice (docs/annotation.md); which
     * entity it is, is what is scored.
     */
    public static DocumentMatch document(
            List<String> found, List<GoldEntity> gold, Function<String, List<String>> forms) {
        return document(found, gold, forms, (value, goldName) -> false);
    }

    /**
     * As {@link #document(List, List, Function)}, with a check on matches made through a recorded
     * form that equals only a gold <em>mention</em>: such a form is often a bare word or an acronym
     * that several bodies share ("Senate", "Congress", "EAC"), so the tagger's "U.S. Senate" would
     * be credited for a Mexican passage's "Senate of Mexico". The match is refused when {@code
     * otherCountry} says the value and the gold entity are bodies of different countries, or when
     * the shared form is an acronym and the two canonical names have no word in common. A value
     * whose own name, or a recorded form, equals the gold's canonical name always matches.
     */
    public static DocumentMatch document(
            List<String> found,
            List<GoldEntity> gold,
            Function<String, List<String>> forms,
            BiPredicate<String, String> otherCountry) {
        List<Set<String>> goldKeys = new ArrayList<>();
        for (GoldEntity g : gold) {
            Set<String> keys = new HashSet<>();
            keys.add(key(g.name()));
            g.mentions().forEach(m -> keys.add(key(m)));
            goldKeys.add(keys);
        }
        // candidates[i]: the gold entities value i may stand for
        List<List<Integer>> candidates = new ArrayList<>();
        for (String value : found) {
            String own = key(value);
            List<String> recorded = forms.apply(value);
            List<Integer> c = new ArrayList<>();
            for (int g = 0; g < gold.size(); g++) {
                if (sameEntity(own, value, recorded, gold.get(g), goldKeys.get(g), otherCountry)) {
                    c.add(g);
                }
            }
            candidates.add(c);
        }
        int[] goldTakenBy = new int[gold.size()];
        Arrays.fill(goldTakenBy, -1);
        int matched = 0;
        for (int v = 0; v < found.size(); v++) {
            if (augment(v, candidates, goldTakenBy, new boolean[gold.size()])) {
                matched++;
            }
        }
        Set<Integer> valuesMatched = new HashSet<>();
        List<String> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (goldTakenBy[g] >= 0) {
                valuesMatched.add(goldTakenBy[g]);
            } else {
                missed.add(gold.get(g).name());
            }
        }
        List<String> spurious = new ArrayList<>();
        for (int v = 0; v < found.size(); v++) {
            if (!valuesMatched.contains(v)) {
                spurious.add(found.get(v));
            }
        }
        return new DocumentMatch(new Counts(found.size(), gold.size(), matched), spurious, missed);
    }

    private static boolean sameEntity(
            String own,
            String value,
            List<String> recorded,
            GoldEntity gold,
            Set<String> goldKeys,
            BiPredicate<String, String> otherCountry) {
        if (goldKeys.contains(own)) {
            return true;
        }
        String goldName = key(gold.name());
        boolean viaMention = false;
        for (String form : recorded) {
            String k = key(form);
            if (k.equals(goldName)) {
                return true;
            }
            if (goldKeys.contains(k) && !(isAcronym(form) && Collections.disjoint(words(own), words(goldName)))) {
                viaMention = true;
            }
        }
        return viaMention && !otherCountry.test(value, gold.name());
    }

    private static boolean isAcronym(String form) {
        return form.length() >= 2 && form.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** The words of a comparison key longer than three letters ("of", "the", "u.s." left out). */
    private static Set<String> words(String key) {
        Set<String> words = new HashSet<>();
        for (String w : key.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                words.add(w);
            }
        }
        return words;
    }

    /** Kuhn's augmenting path: can value v be paired, moving earlier pairs if need be? */
    private static boolean augment(int v, List<List<Integer>> candidates, int[] goldTakenBy, boolean[] seen) {
        for (int g : candidates.get(v)) {
            if (seen[g]) {
                continue;
            }
            seen[g] = true;
            if (goldTakenBy[g] < 0 || augment(goldTakenBy[g], candidates, goldTakenBy, seen)) {
                goldTakenBy[g] = v;
                return true;
            }
        }
        return false;
    }

    /** Gold spans {@code [start, end)} of one entity type in a passage text. */
    public static Set<Offsets> goldSpans(String text, List<GoldEntity> gold) {
        List<String> mentions = gold.stream()
                .flatMap(g -> g.mentions().stream())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        boolean[] taken = new boolean[text.length()];
        Set<Offsets> spans = new HashSet<>();
        for (String m : mentions) {
            if (m.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) {
                int end = at + m.length();
                if (wordBoundary(text, at, end) && free(taken, at, end)) {
                    Arrays.fill(taken, at, end, true);
                    spans.add(new Offsets(at, end));
                }
            }
        }
        return spans;
    }

    /** Tagger spans (offsets into the passage text) against the gold spans of the same type. */
    public static Counts spans(String text, List<Span> found, Set<Offsets> gold) {
        Set<Offsets> open = new HashSet<>(gold);
        int matched = 0;
        for (Span s : found) {
            if (open.remove(trim(text, s.start(), s.end()))) {
                matched++;
            }
        }
        return new Counts(found.size(), gold.size(), matched);
    }

    /** A tagger span without a leading "the", leading titles and a trailing possessive. */
    static Offsets trim(String text, int start, int end) {
        boolean changed = true;
        while (changed) {
            changed = false;
            String s = text.substring(start, end);
            for (String prefix : LEADING) {
                if (s.startsWith(prefix)
                        && s.length() > prefix.length()
                        && Character.isWhitespace(s.charAt(prefix.length()))) {
                    start += prefix.length();
                    while (start < end && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                    changed = true;
                    break;
                }
            }
        }
        String s = text.substring(start, end);
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            end -= 2;
        }
        return new Offsets(start, end);
    }

    private static boolean wordBoundary(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private GoldMatcher() {}
}
