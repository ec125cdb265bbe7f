package org.briefings.curation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.index.FacetCuration;
import org.briefings.index.FacetDimension;

/**
 * An immutable set of curation rules, compiled for applying: each tagged value has at most one rule,
 * and a value resolves by following merges and renames ({@code Abiy -> Abiy Ahmed}) until it meets
 * a value with no rule, or a rejection. Adding a rule checks it against the others (one rule per
 * value, no cycles), so the set is always consistent.
 */
public final class CurationRules implements FacetCuration {

    /** The dimensions an analyst can curate: people, organisations (all actions), countries (reject). */
    public static final List<FacetDimension> DIMENSIONS =
            List.of(FacetDimension.PERSON, FacetDimension.ORG, FacetDimension.COUNTRY);

    public static final CurationRules EMPTY = new CurationRules(List.of(), 1);

    /** What a value resolves to when some rule rejects it (never a real value: it has a NUL). */
    private static final String REJECTED = "\u0000rejected";

    private final List<CurationRule> rules;
    private final int nextId;
    private final Map<FacetDimension, Map<String, CurationRule>> bySource = new EnumMap<>(FacetDimension.class);

    private CurationRules(List<CurationRule> rules, int nextId) {
        this.rules = List.copyOf(rules);
        this.nextId = nextId;
        for (CurationRule r : rules) {
            bySource.computeIfAbsent(r.dimension(), d -> new HashMap<>()).put(r.source(), r);
        }
    }

    /** Rules as stored; the next id is past every one of them. */
    static CurationRules of(List<CurationRule> rules, int nextId) {
        int next =
                Math.max(nextId, rules.stream().mapToInt(CurationRule::id).max().orElse(0) + 1);
        return new CurationRules(rules, next);
    }

    /** Actions allowed on a dimension's values, in the order a menu shows them; empty when none. */
    public static List<CurationRule.Action> actions(FacetDimension dim) {
        FacetDimension curated = curatedAs(dim);
        if (curated == null) {
            return List.of();
        }
        return curated.kind() == FacetDimension.Kind.COUNTRY
                ? List.of(CurationRule.Action.REJECT)
                : List.of(CurationRule.Action.MERGE, CurationRule.Action.RENAME, CurationRule.Action.REJECT);
    }

    /**
     * The dimension a rule on this facet is made on: a country rule covers both country facets
     * (rejecting a country removes it as mentioned and as about), or null when it cannot be curated.
     */
    public static FacetDimension curatedAs(FacetDimension dim) {
        if (dim == FacetDimension.ABOUT) {
            return FacetDimension.COUNTRY;
        }
        return DIMENSIONS.contains(dim) ? dim : null;
    }

    static String dims() {
        return DIMENSIONS.stream().map(FacetDimension::dim).collect(Collectors.joining(", "));
    }

    public List<CurationRule> rules() {
        return rules;
    }

    int nextId() {
        return nextId;
    }

    public Optional<CurationRule> rule(int id) {
        return rules.stream().filter(r -> r.id() == id).findFirst();
    }

    /**
     * These rules and {@code rule} (given the next id).
     *
     * @throws InvalidRuleException when the value already has a rule, or a merge would make a cycle
     */
    CurationRules with(CurationRule rule) {
        return add(rule, nextId);
    }

    /** These rules and one read back from the store, under its own id. */
    CurationRules withStored(CurationRule rule) {
        if (rule(rule.id()).isPresent() || rule.id() <= 0) {
            throw new InvalidRuleException("id", "rule id " + rule.id() + " is not unique and positive");
        }
        if (rule.action() == null
                || rule.source() == null
                || (rule.action() != CurationRule.Action.REJECT && rule.to() == null)
                || curatedAs(rule.dimension()) != rule.dimension()) {
            throw new InvalidRuleException("id", "rule " + rule.id() + " lacks its action, dim or values");
        }
        return add(rule, rule.id());
    }

    private CurationRules add(CurationRule rule, int id) {
        FacetDimension dim = rule.dimension();
        CurationRule existing = bySource.getOrDefault(dim, Map.of()).get(rule.source());
        if (existing != null) {
            throw new InvalidRuleException(
                    rule.action() == CurationRule.Action.REJECT ? "value" : "from",
                    "'" + rule.source() + "' already has rule " + existing.id() + " (" + existing.describe()
                            + "); undo it first",
                    true);
        }
        if (rule.action() != CurationRule.Action.REJECT) {
            List<String> path = new ArrayList<>(List.of(rule.from(), rule.to()));
            String at = rule.to();
            for (CurationRule next = rule(dim, at); next != null; next = rule(dim, at)) {
                if (next.action() == CurationRule.Action.REJECT) {
                    break;
                }
                at = next.to();
                path.add(at);
                if (at.equals(rule.from())) {
                    throw new InvalidRuleException(
                            "to",
                            "this " + rule.action().json() + " would make a cycle: " + String.join(" -> ", path)
                                    + "; undo one of those rules first");
                }
            }
        }
        List<CurationRule> more = new ArrayList<>(rules);
        more.add(new CurationRule(
                id, rule.action(), rule.dim(), rule.from(), rule.to(), rule.value(), rule.by(), rule.createdAt()));
        return new CurationRules(more, Math.max(nextId, id + 1));
    }

    /** These rules without rule {@code id}. */
    CurationRules without(int id) {
        return new CurationRules(rules.stream().filter(r -> r.id() != id).toList(), nextId);
    }

    private CurationRule rule(FacetDimension dim, String value) {
        Map<String, CurationRule> m = bySource.get(dim);
        return m == null ? null : m.get(value);
    }

    /** What a tagged value becomes: itself, the value it is merged or renamed into, or empty when rejected. */
    public Optional<String> resolve(FacetDimension dim, String value) {
        String r = resolved(dim, value);
        return REJECTED.equals(r) ? Optional.empty() : Optional.of(r);
    }

    private String resolved(FacetDimension dim, String value) {
        String at = value;
        // the chain is acyclic (checked when each rule is added); the bound guards a hand-edited file
        for (int i = 0; i <= rules.size(); i++) {
            CurationRule r = rule(dim, at);
            if (r == null) {
                return at;
            }
            if (r.action() == CurationRule.Action.REJECT) {
                return REJECTED;
            }
            at = r.to();
        }
        return at;
    }

    @Override
    public Map<FacetDimension, Set<String>> sources() {
        Map<FacetDimension, Set<String>> out = new EnumMap<>(FacetDimension.class);
        bySource.forEach((d, m) -> out.put(d, Set.copyOf(m.keySet())));
        return out;
    }

    /** The tagged values that resolve differently under these rules than under {@code before}. */
    Map<FacetDimension, Set<String>> changedFrom(CurationRules before) {
        Map<FacetDimension, Set<String>> out = new EnumMap<>(FacetDimension.class);
        for (FacetDimension d : DIMENSIONS) {
            Set<String> values = new LinkedHashSet<>(
                    before.bySource.getOrDefault(d, Map.of()).keySet());
            values.addAll(bySource.getOrDefault(d, Map.of()).keySet());
            Set<String> changed = values.stream()
                    .filter(v -> !Objects.equals(before.resolved(d, v), resolved(d, v)))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!changed.isEmpty()) {
                out.put(d, changed);
            }
        }
        return out;
    }

    @Override
    public Briefing apply(Briefing tagged) {
        List<EntityMention> people = entities(FacetDimension.PERSON, tagged.people());
        List<EntityMention> orgs = entities(FacetDimension.ORG, tagged.organisations());
        List<CountryMention> countries = countries(tagged.countries());
        if (people == tagged.people() && orgs == tagged.organisations() && countries == tagged.countries()) {
            return tagged;
        }
        return tagged.withEntities(countries, people, orgs);
    }

    /** The mentions under their resolved names, those that resolve alike merged (counts added, evidence joined). */
    private List<EntityMention> entities(FacetDimension dim, List<EntityMention> mentions) {
        Map<String, CurationRule> m = bySource.get(dim);
        if (m == null || mentions.stream().noneMatch(e -> m.containsKey(e.name()))) {
            return mentions;
        }
        Map<String, EntityMention> out = new LinkedHashMap<>();
        for (EntityMention e : mentions) {
            String name = resolved(dim, e.name());
            if (REJECTED.equals(name)) {
                continue;
            }
            EntityMention seen = out.get(name);
            if (seen == null) {
                out.put(name, new EntityMention(name, e.count(), e.spans()));
            } else {
                List<Span> spans = new ArrayList<>(seen.spans());
                spans.addAll(e.spans());
                out.put(name, new EntityMention(name, seen.count() + e.count(), spans));
            }
        }
        return List.copyOf(out.values());
    }

    private List<CountryMention> countries(List<CountryMention> mentions) {
        Map<String, CurationRule> m = bySource.get(FacetDimension.COUNTRY);
        if (m == null || mentions.stream().noneMatch(c -> m.containsKey(c.code()))) {
            return mentions;
        }
        return mentions.stream()
                .filter(c -> !REJECTED.equals(resolved(FacetDimension.COUNTRY, c.code())))
                .toList();
    }
}
