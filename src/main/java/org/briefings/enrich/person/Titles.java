package org.briefings.enrich.person;

import java.util.List;
import org.briefings.enrich.text.Words;

/**
 * Title words as other languages write them: inflected (Russian "архиепископа", "президентом")
 * and glued into compounds (German "Vizekanzler", "Bundesinnenminister"), beside the nominative,
 * free-standing titles of {@link PersonWords#ROLES}.
 */
final class Titles {

    private Titles() {}

    /** Case endings a Russian title takes before a name ("архиепископа Баграта", "с министром"). */
    private static final String[] RUSSIAN_CASE_ENDINGS = {"ом", "ем", "ым", "а", "у", "е", "я", "ю"};

    /**
     * Whether a lower-case word is a title ({@link PersonWords#ROLES}), a Russian one in any case included
     * ("архиепископа", "католикоса", "министром"): Russian inflects titles, the list holds the
     * nominative.
     */
    static boolean role(String lower) {
        if (PersonWords.ROLES.contains(lower)) {
            return true;
        }
        if (lower.length() < 5 || !Words.cyrillic(lower.charAt(0))) {
            return false;
        }
        for (String end : RUSSIAN_CASE_ENDINGS) {
            if (lower.endsWith(end) && PersonWords.ROLES.contains(lower.substring(0, lower.length() - end.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Titles of seven letters or more, which German and Russian glue into compounds ("Vizekanzler"). */
    private static final List<String> LONG_ROLES = PersonWords.ROLES.stream()
            .filter(r -> r.length() >= 7 && r.chars().allMatch(Character::isLetter))
            .toList();

    /**
     * A compound whose last part is a title: "Vizekanzler", "Bundesinnenminister",
     * "Ministerpräsident", "Generalsekretär": a title the lists lack, never a given name.
     */
    static boolean compoundTitle(String lower) {
        for (String r : LONG_ROLES) {
            if (lower.length() >= r.length() + 3 && lower.endsWith(r)) {
                return true;
            }
        }
        return false;
    }
}
