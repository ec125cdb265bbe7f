package org.briefings.search;

import java.util.Optional;

/**
 * Turns what people type for a country ("North Korea", "DPRK", "kp") into its ISO code and codes
 * back into names, so that {@code country:"North Korea"} and {@code country:KP} are the same query.
 */
public interface CountryCodes {

    /** The ISO alpha-2 code for a name, alternative name or code, if it is a country. */
    Optional<String> code(String nameOrCode);

    /** The English short name for a code, or the code itself when unknown. */
    String name(String code);
}
