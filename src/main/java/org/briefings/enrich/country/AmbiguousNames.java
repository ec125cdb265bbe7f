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
 * names (both named: left out; neither: South Korea, English usage's "Korea").
 */
final class AmbiguousNames {

    private AmbiguousNames() {}

    /** Document-level decisions: corroboration, Georgia, the Koreas. */
    static List<CountryHit> resolve(List<CountryHit> hits) {
        Set<String> strong = new HashSet<>();
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
}
