package org.briefings.enrich.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.enrich.text.Words;

/**
 * One organisation, one value within a briefing: a company named with and without its legal
 * suffix ("Revlon Group Inc" and "Revlon Group"), and an acronym that spells the initials of a
 * name the same briefing gives in full without bracketing it ("Broken Hill Pty Co Ltd" ...
 * "BHP"), are one organisation. The merged value takes the name the gazetteer knows, else the
 * fullest form (docs/annotation.md). Variants are found through two indexes (names without their
 * suffixes, names by their initials), in time linear in the briefing's values.
 */
final class SameOrganisations {

    private static final int MAX_SPANS = 5;

    /** Legal suffixes a company's name may be written with or without. */
    private static final Set<String> SUFFIXES = Words.set(
            "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc", "ag", "nv", "n.v.", "sa", "s.a.",
            "bhd", "limited", "gmbh", "spa", "s.p.a.", "llp", "l.l.c.", "lp", "l.p.", "bv", "b.v.", "ab", "se");

    /** Small words an acronym leaves out ("Bank of Japan" is "BOJ"). */
    private static final Set<String> SMALL = Words.set("of", "for", "and", "the", "&", "de", "du", "des", "la", "et");

    private SameOrganisations() {}

    /**
     * The values of one briefing with variants of one organisation merged; {@code known} says
     * whether the gazetteer lists a name as canonical.
     */
    static List<EntityMention> merge(List<EntityMention> values, Predicate<String> known) {
        // what each value may be a variant of, found through two indexes, in time linear in the values
        Map<String, Set<String>> variantOf = new HashMap<>();
        Map<String, Set<String>> byInitials = new HashMap<>();
        Set<String> names = new HashSet<>();
        values.forEach(v -> names.add(v.name()));
        for (EntityMention v : values) {
            String base = withoutSuffixes(v.name());
            if (!base.equals(v.name()) && names.contains(base)) {
                variantOf.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(v.name());
            }
            for (String i : initials(v.name())) {
                byInitials.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(v.name());
            }
        }
        for (EntityMention v : values) {
            if (acronym(v.name())) {
                byInitials
                        .getOrDefault(v.name(), Set.of())
                        .forEach(n -> variantOf
                                .computeIfAbsent(v.name(), k -> new LinkedHashSet<>())
                                .add(n));
            }
        }
        Map<String, String> into = new LinkedHashMap<>();
        for (EntityMention a : values) {
            Set<String> targets = variantOf.getOrDefault(a.name(), Set.of());
            String target = targets.size() == 1 ? targets.iterator().next() : null;
            if (target != null && !into.containsKey(target) && !into.containsKey(a.name())) {
                // the gazetteer's name wins, so that the facet value is the same in every briefing
                boolean keep = known.test(a.name()) && !known.test(target);
                into.put(keep ? target : a.name(), keep ? a.name() : target);
            }
        }
        if (into.isEmpty()) {
            return values;
        }
        Map<String, EntityMention> out = new LinkedHashMap<>();
        for (EntityMention v : values) {
            String name = into.getOrDefault(v.name(), v.name());
            EntityMention before = out.get(name);
            out.put(name, before == null ? new EntityMention(name, v.count(), v.spans()) : joined(before, v));
        }
        return new ArrayList<>(out.values());
    }

    /** "Revlon Group Inc" without its legal suffixes, "Revlon Group"; the name itself when it has none. */
    static String withoutSuffixes(String name) {
        String[] words = name.split(" ");
        int n = words.length;
        while (n > 1 && SUFFIXES.contains(words[n - 1].toLowerCase(Locale.ROOT))) {
            n--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    /** Two to six capitals: "BHP", "NNPC". */
    private static boolean acronym(String name) {
        return name.length() >= 2 && name.length() <= 6 && name.chars().allMatch(Character::isUpperCase);
    }

    /**
     * The acronyms a name of two words or more spells: the initials of its capitalised words, with
     * and without its legal suffixes ("Broken Hill Pty Co Ltd" spells "BHPCL" and "BHP").
     */
    static Set<String> initials(String name) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return Set.of();
        }
        StringBuilder all = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && !SMALL.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
                all.append(w.charAt(0));
            }
        }
        String base = withoutSuffixes(name);
        StringBuilder core = new StringBuilder();
        for (String w : base.split(" ")) {
            if (!w.isEmpty() && !SMALL.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
                core.append(w.charAt(0));
            }
        }
        return all.toString().equals(core.toString())
                ? Set.of(core.toString())
                : Set.of(all.toString(), core.toString());
    }

    private static EntityMention joined(EntityMention a, EntityMention b) {
        List<Span> spans = new ArrayList<>(a.spans());
        for (Span s : b.spans()) {
            if (spans.size() < MAX_SPANS) {
                spans.add(s);
            }
        }
        return new EntityMention(a.name(), a.count() + b.count(), spans);
    }
}
