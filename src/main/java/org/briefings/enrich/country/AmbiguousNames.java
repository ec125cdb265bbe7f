package org.briefings.enrich.country;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefings.enrich.country.Gazetteer.Kind;

/**
 * Decisions a single form cannot make alone, taken once every form of the document is found: an
 * ALL-CAPS "TURKEY" counts only when Turkey is named elsewhere; "Georgia" among US places and
 * nothing Caucasian is the US state; "Korea" and "Korean" alone go to the Korea the document
 * names (both named: left out; neither: South Korea, English usage's "Korea"); once the document
 * has written "Paris, Texas", a later "Paris" is that Paris too (unless France is named as well).
 */
final class AmbiguousNames {

    private AmbiguousNames() {}

    /** Document-level decisions: corroboration, Georgia, the Koreas, American namesakes. */
    static List<CountryHit> resolve(List<CountryHit> hits) {
        Set<String> strong = new HashSet<>();
        Set<String> usNamesakes = usNamesakes(hits);
        // "Paris, France and Paris, Texas": where France is named too, its Paris stays French
        Set<String> namedOtherwise = new HashSet<>();
        for (CountryHit h : hits) {
            if (!usNamesakes.isEmpty() && !usNamesakes.contains(PlaceKeys.of(h.text()))) {
                namedOtherwise.add(h.code());
            }
        }
        boolean kp = false;
        boolean kr = false;
        boolean usPlaces = false;
        boolean caucasus = false;
        for (CountryHit h : hits) {
            if (!h.needsCorroboration() && !h.peninsula()) {
                strong.add(h.code());
            }
            if (!h.peninsula()) {
                kp |= h.code().equals("KP");
                kr |= h.code().equals("KR");
            }
            if (h.code().equals("US")
                    && (h.kind() == Kind.REGION || h.kind() == Kind.CITY || h.kind() == Kind.DATELINE)) {
                usPlaces = true;
            }
            if (h.code().equals("GE") && !h.text().equalsIgnoreCase("Georgia")) {
                caucasus = true;
            }
        }
        List<CountryHit> out = new ArrayList<>(hits.size());
        for (CountryHit h : hits) {
            if (h.needsCorroboration() && !strong.contains(h.code())) {
                continue;
            }
            if (!h.code().equals("US")
                    && usNamesakes.contains(PlaceKeys.of(h.text()))
                    && !namedOtherwise.contains(h.code())) {
                out.add(new CountryHit(
                        "US",
                        h.field(),
                        h.start(),
                        h.end(),
                        h.text(),
                        Kind.CITY,
                        Math.min(h.weight(), 0.5),
                        false,
                        false));
                continue;
            }
            if (h.code().equals("GE") && usPlaces && !caucasus) {
                continue;
            }
            if (h.peninsula()) {
                if (kp && kr) {
                    continue;
                }
                out.add(h.withCode(kp ? "KP" : "KR"));
                continue;
            }
            out.add(h);
        }
        return out;
    }

    /**
     * Places the document has shown to be American: the place part of each "Place, State" hit
     * ({@link FormMatcher} and {@link DatelineReader} make one US hit of "Paris, Texas").
     */
    private static Set<String> usNamesakes(List<CountryHit> hits) {
        Set<String> out = new HashSet<>();
        for (CountryHit h : hits) {
            int comma = h.text().indexOf(',');
            if (comma > 0 && h.code().equals("US") && (h.kind() == Kind.CITY || h.kind() == Kind.DATELINE)) {
                out.add(PlaceKeys.of(h.text().substring(0, comma)));
            }
        }
        return out;
    }
}
