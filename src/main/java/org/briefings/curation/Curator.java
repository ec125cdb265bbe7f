package org.briefings.curation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefings.index.BriefingIndex;
import org.briefings.search.CountryCodes;

/**
 * The analyst's rules at work: lists them, adds one (checked, stored with the corpus, then applied
 * to every indexed briefing it changes, from the stored records) and undoes one (the tagged values
 * come back the same way). New briefings are indexed with the rules in force, because the index
 * holds them ({@link BriefingIndex#curate}). Thread-safe: rule changes are serialised.
 *
 * <pre>{@code
 * Curator.Applied a = engine.curation().add(
 *         new CurationRequest("merge", "person", "Abiy", "Abiy Ahmed", null, "maria"));
 * engine.curation().undo(a.rule().id());
 * }</pre>
 */
public final class Curator {

    /** A rule as listed and answered: the rule and how many indexed briefings were tagged with its value. */
    public record Listed(
            int id,
            String action,
            String dim,
            String from,
            String to,
            String value,
            String by,
            Instant createdAt,
            int briefings) {}

    /** The answer to adding or undoing a rule: the rule, and how many briefings changed their facets. */
    public record Applied(Listed rule, int briefingsChanged) {}

    private final CurationStore store;
    private final BriefingIndex index;
    private final CountryCodes countries;
    private CurationRules rules;

    private Curator(CurationStore store, BriefingIndex index, CountryCodes countries, CurationRules rules) {
        this.store = store;
        this.index = index;
        this.countries = countries;
        this.rules = rules;
    }

    /**
     * Loads the rules stored in {@code corpus} and brings the index in line with them: briefings
     * indexed since under other rules (or none) are rewritten from their stored records. Cheap when
     * there is nothing to change: two term queries.
     */
    public static Curator open(Path corpus, BriefingIndex index, CountryCodes countries) throws IOException {
        CurationStore store = new CurationStore(corpus);
        CurationRules rules = store.load();
        index.curate(rules, rules.sources(), true);
        return new Curator(store, index, countries, rules);
    }

    /** Every rule, oldest first, each with the number of indexed briefings tagged with its value. */
    public synchronized List<Listed> list() throws IOException {
        List<Listed> out = new ArrayList<>();
        for (CurationRule r : rules.rules()) {
            out.add(listed(r));
        }
        return out;
    }

    /**
     * Checks a rule, stores it durably with the corpus, and applies it to the index: when this
     * returns, searches show the new facet values.
     *
     * @throws InvalidRuleException when the request is malformed, the value already has a rule, or a
     *                              merge would make a cycle
     */
    public synchronized Applied add(CurationRequest request) throws IOException {
        CurationRule asked = request.toRule(countries::code, Instant.now());
        CurationRules next = rules.with(asked);
        store.save(next);
        CurationRules before = rules;
        rules = next;
        int changed = index.curate(next, next.changedFrom(before), false);
        CurationRule made = next.rules().get(next.rules().size() - 1);
        return new Applied(listed(made), changed);
    }

    /** Takes a rule back: the values it changed are as tagged again (or as the remaining rules say). */
    public synchronized Optional<Applied> undo(int id) throws IOException {
        Optional<CurationRule> rule = rules.rule(id);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        CurationRules next = rules.without(id);
        store.save(next);
        CurationRules before = rules;
        rules = next;
        int changed = index.curate(next, next.changedFrom(before), false);
        return Optional.of(new Applied(listed(rule.get()), changed));
    }

    /** The rules in force. */
    public synchronized CurationRules rules() {
        return rules;
    }

    private Listed listed(CurationRule r) throws IOException {
        return new Listed(
                r.id(),
                r.action().json(),
                r.dim(),
                r.from(),
                r.to(),
                r.value(),
                r.by(),
                r.createdAt(),
                index.countTagged(r.dimension(), r.source()));
    }
}
