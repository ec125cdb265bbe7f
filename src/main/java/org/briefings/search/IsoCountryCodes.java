package org.briefings.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country codes and English names from the JDK's own ISO 3166 tables. A fallback for when no
 * gazetteer is at hand (tests, tools); the engine uses the gazetteer's richer names and aliases.
 */
public final class IsoCountryCodes implements CountryCodes {

    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    public IsoCountryCodes() {
        for (String code : Locale.getISOCountries()) {
            String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
            names.put(code, name);
            byName.put(name.toLowerCase(Locale.ROOT), code);
        }
    }

    @Override
    public Optional<String> code(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        String s = nameOrCode.strip();
        String upper = s.toUpperCase(Locale.ROOT);
        if (names.containsKey(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(byName.get(s.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String name(String code) {
        return names.getOrDefault(code, code);
    }
}
