package org.briefings.engine;

import java.util.Optional;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.search.CountryCodes;

/**
 * Country names and codes for search from the same gazetteer the tagger uses, so every name the
 * tagger recognises as a country name ("DPRK", "Burma", "Soviet Union") also works in a query.
 */
public final class GazetteerCountryCodes implements CountryCodes {

    private final Gazetteer gazetteer;

    public GazetteerCountryCodes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Optional<String> code(String nameOrCode) {
        return gazetteer.codeFor(nameOrCode);
    }

    @Override
    public String name(String code) {
        return gazetteer.name(code);
    }
}
