package org.briefings.enrich.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefings.CountryMention;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.enrich.country.Gazetteer;

/**
 * A country whose national bodies a briefing names again and again is one it is about, even when
 * the country itself is never named: a CRS report on FEMA's grants, on Congress and the Treasury,
 * or on the Fed's swap lines is about the United States (docs/annotation.md counts "a national
 * institution of one country" as evidence). Salience reads country names, demonyms and capitals
 * only, so such reports got no about-country, or only the foreign country they discussed.
 *
 * <p>A body counts when the gazetteer records its country or its name says it ("U.S. Senate");
 * the country becomes about when its bodies are referred to in the body at least {@link
 * #MIN_REFERENCES} times in all (counting the evidence spans an organisation keeps, at most five),
 * {@link #MIN_REFERENCES_BESIDE} times when another country is about, and fewer than {@link
 * #MAX_ABOUT} countries are about already.
 */
public final class BodyCountries {

    /** References to a country's bodies that make it about (one passing "the Fed" does not). */
    static final int MIN_REFERENCES = 2;

    /**
     * References needed beside another about-country: wire stories name a foreign central bank or
     * treasury in passing (a Japanese story quoting the Bundesbank twice is not about Germany).
     */
    static final int MIN_REFERENCES_BESIDE = 4;

    /** At most this many about-countries, as the country tagger keeps. */
    static final int MAX_ABOUT = 3;

    /** The tagger whose gazetteer records each national body's country (shared, not loaded again). */
    private final OrganisationTagger organisations;

    public BodyCountries(OrganisationTagger organisations) {
        this.organisations = organisations;
    }

    /** The country mentions, with the countries whose bodies the organisations name often enough made about. */
    public List<CountryMention> about(List<CountryMention> countries, List<EntityMention> orgs) {
        Map<String, Integer> references = new HashMap<>();
        for (EntityMention o : orgs) {
            String code = countryOf(o.name());
            if (code != null) {
                // body spans only: a plain-text title is the body's first line again
                int inBody = (int) o.spans().stream()
                        .filter(sp -> sp.field().equals(Span.BODY))
                        .count();
                references.merge(code, inBody, Integer::sum);
            }
        }
        long about = countries.stream().filter(CountryMention::about).count();
        List<CountryMention> out = new ArrayList<>(countries);
        for (Map.Entry<String, Integer> e : references.entrySet()) {
            String code = e.getKey();
            int needed = about == 0 ? MIN_REFERENCES : MIN_REFERENCES_BESIDE;
            if (e.getValue() < needed || about >= MAX_ABOUT) {
                continue;
            }
            int at = indexOf(out, code);
            if (at < 0) {
                String name = Gazetteer.load().name(code);
                out.add(new CountryMention(code, name == null ? code : name, 0, 0.0, true, List.of()));
                about++;
            } else if (!out.get(at).about()) {
                CountryMention c = out.get(at);
                out.set(at, new CountryMention(c.code(), c.name(), c.count(), c.salience(), true, c.spans()));
                about++;
            }
        }
        return List.copyOf(out);
    }

    /** The gazetteer's country for a body, or the United States for a name given with "U.S.". */
    private String countryOf(String name) {
        String code = organisations.countryOf(name);
        return code != null ? code : name.startsWith("U.S. ") ? "US" : null;
    }

    private static int indexOf(List<CountryMention> countries, String code) {
        for (int i = 0; i < countries.size(); i++) {
            if (countries.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
