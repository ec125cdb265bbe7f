package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A company's name is known by its last word ("Mark IV Industries Inc"), compared in place: the
 * answer must be the one of cutting the word out and lower-casing it, for every case and script.
 */
class CompanyEndingTest {

    private static final Set<String> ENDINGS =
            Set.of("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "plc", "llc", "industries", "holdings", "group");

    /** The definition: the last word, lower-cased, is an ending. */
    private static boolean byDefinition(String name) {
        return ENDINGS.contains(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
    }

    @Test
    void answersAsLowerCasingTheLastWordDoes() {
        List<String> names = new ArrayList<>(List.of(
                "Mark IV Industries Inc",
                "ACME CORP.",
                "Foo Co.",
                "Foo Co",
                "Bar Group",
                "Grupo Bimbo",
                "Ltd",
                "Royal Dutch Shell plc",
                "Smith LLC",
                "United Nations",
                "Foo Incorporated",
                "Foo Inc..",
                "",
                " ",
                "Foo \u0130nc", // dotted capital I: lower-cases to i and a combining dot
                "Foo \u0131nc", // dotless i: upper-cases to I, but lower-cases to itself
                "Foo \u212Ao", // Kelvin sign: lower-cases to k
                "Foo Gro\u00FCp",
                "Foo Holdings"));
        Random random = new Random(5);
        for (String e : ENDINGS) {
            for (int n = 0; n < 8; n++) {
                StringBuilder w = new StringBuilder("Some Name ");
                for (char c : e.toCharArray()) {
                    w.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
                }
                names.add(w.toString());
                names.add(w.substring(0, w.length() - 1));
                names.add(w + "s");
            }
        }
        int companies = 0;
        for (String name : names) {
            assertEquals(byDefinition(name), PersonDocument.companyEnding(name), name);
            companies += byDefinition(name) ? 1 : 0;
        }
        assertTrue(companies > ENDINGS.size() * 8, "every ending, in several cases, is a company's");
        assertTrue(PersonDocument.companyEnding("Mark IV Industries Inc"));
        assertFalse(PersonDocument.companyEnding("Foo \u0131nc"));
    }
}
