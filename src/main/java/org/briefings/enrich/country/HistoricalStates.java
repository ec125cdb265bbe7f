package org.briefings.enrich.country;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states of the past that today's countries were part of, so that material from a given year
 * is tagged with the state of its time: Moscow in 1987 is the Soviet Union ({@code SU}), Prague
 * {@code CS}, Belgrade {@code YU}, Kinshasa {@code ZR}. The codes are ISO 3166-3's withdrawn ones,
 * which the gazetteer also uses for the old names ("USSR", "Zaire").
 */
final class HistoricalStates {

    /**
     * A former state and the present-day codes that were part of it in {@code [fromYear, untilYear)}.
     *
     * @param code        the former state's code
     * @param fromYear    first year the former state existed under this code
     * @param untilYear   first year its successors are reported under their own codes
     * @param successors  present-day codes inside it
     */
    record FormerState(String code, int fromYear, int untilYear, Set<String> successors) {
        boolean covers(int year) {
            return year >= fromYear && year < untilYear;
        }
    }

    /** The former states, kept as data; each present-day code has at most one. */
    static final List<FormerState> STATES = List.of(
            new FormerState(
                    "SU",
                    Integer.MIN_VALUE,
                    1992,
                    Set.of("RU", "UA", "BY", "KZ", "UZ", "TM", "KG", "TJ", "AZ", "AM", "MD")),
            new FormerState("CS", Integer.MIN_VALUE, 1993, Set.of("CZ", "SK")),
            new FormerState("YU", Integer.MIN_VALUE, 1992, Set.of("HR", "SI", "BA", "MK", "RS", "ME", "XK")),
            new FormerState("ZR", 1971, 1997, Set.of("CD")),
            // Curacao, Sint Maarten, Bonaire: the Netherlands Antilles until 2010
            new FormerState("AN", Integer.MIN_VALUE, 2010, Set.of("CW", "SX", "BQ")));

    private static final Map<String, FormerState> BY_SUCCESSOR = bySuccessor();

    private HistoricalStates() {}

    private static Map<String, FormerState> bySuccessor() {
        Map<String, FormerState> out = new HashMap<>();
        for (FormerState s : STATES) {
            for (String c : s.successors()) {
                if (out.put(c, s) != null) {
                    throw new IllegalStateException(c + " is listed under two former states");
                }
            }
        }
        return Map.copyOf(out);
    }

    /** The code a place had in {@code year}: Russia in 1987 is the Soviet Union. */
    static String codeIn(String code, int year) {
        FormerState s = BY_SUCCESSOR.get(code);
        return s != null && s.covers(year) ? s.code() : code;
    }
}
