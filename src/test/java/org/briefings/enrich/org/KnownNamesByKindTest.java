package org.briefings.enrich.org;

import static org.briefings.enrich.org.TaggedNames.expect;
import static org.briefings.enrich.org.TaggedNames.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The organisations listed by kind ({@code organisations-*.tsv}) are found in text written for
 * the purpose, by the names and spellings texts use, across regions; and the words that look like
 * them (a party named like a verb, a company named like a town, an acronym that is a price index)
 * are not. Made-up sentences, so that no evaluation passage is tuned on.
 */
class KnownNamesByKindTest {

    /** A made-up sentence and the names that must be found in it, one kind and region per case. */
    static Stream<Arguments> sentences() {
        return Stream.of(
                // parties, by name and by their own acronym
                arguments(
                        "The BJP and the AKP lost seats, while the CHP gained in Izmir.",
                        List.of(
                                "Bharatiya Janata Party",
                                "Justice and Development Party",
                                "Republican People's Party")),
                arguments(
                        "Fidesz and Law and Justice sat together; Naleraq and Siumut formed a coalition in Nuuk.",
                        List.of("Fidesz", "Law and Justice", "Naleraq", "Siumut")),
                arguments(
                        "Pheu Thai and Bhumjaithai agreed; in Accra the National Democratic Congress won.",
                        List.of("Pheu Thai Party", "Bhumjaithai Party", "National Democratic Congress")),
                arguments(
                        "La Libertad Avanza beat Fuerza Patria, and Chile Vamos backed the bill.",
                        List.of("La Libertad Avanza", "Fuerza Patria", "Chile Vamos")),
                // armed groups, in the transliterations texts use
                arguments(
                        "Kata'ib Hizballah and Asaib Ahl al-Haq fired rockets; Al-Qa'ida in Iraq was named too.",
                        List.of("Kata'ib Hezbollah", "Asa'ib Ahl al-Haq", "al-Qaeda in Iraq")),
                arguments(
                        "The FDLR and the Mai-Mai clashed with Wazalendo fighters; the Tren de Aragua denied it.",
                        List.of(
                                "Democratic Forces for the Liberation of Rwanda",
                                "Mai-Mai",
                                "Wazalendo",
                                "Tren de Aragua")),
                arguments(
                        "Fretilin and Falintil fought on; the Arakan Rohingya Salvation Army retreated.",
                        List.of("Fretilin", "Falintil", "Arakan Rohingya Salvation Army")),
                // companies, regional bodies and media
                arguments(
                        "Perenco, Comilog and Eramet pay taxes to the Bank of Central African States, Moody's said.",
                        List.of("Perenco", "Comilog", "Eramet", "Bank of Central African States", "Moody's")),
                arguments(
                        "Baykar and Aselsan grew, and CK Hutchison sold ports to Cosco Shipping.",
                        List.of("Baykar", "Aselsan", "CK Hutchison", "COSCO")),
                arguments(
                        "Bank Al-Maghrib held rates; Statistics Canada and the Bloc Québécois disagreed, Haaretz wrote.",
                        List.of("Bank Al-Maghrib", "Statistics Canada", "Bloc Québécois", "Haaretz")),
                // bodies named in Russian, in the cases a sentence puts them in
                arguments(
                        "Депутаты Госдумы и эксперты Совета Европы обсудили контракт Газпрома с ХАМАС.",
                        List.of("Duma", "Council of Europe", "Gazprom", "Hamas")),
                // unions and state companies of smaller European, Gulf and Asian countries
                arguments(
                        "La FGTB et la CFDT ont soutenu la grève à la SNCB; Masdar et 1MDB ont signé.",
                        List.of(
                                "General Labour Federation of Belgium",
                                "French Democratic Confederation of Labour",
                                "National Railway Company of Belgium",
                                "Masdar",
                                "1Malaysia Development Berhad")));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void listedOrganisationsAreFoundAcrossKindsAndRegions(String sentence, List<String> found) {
        expect(sentence, found, List.of());
    }

    @Test
    void aGroupInsideALongerKnownNameIsNotFoundOnItsOwn() {
        expect("Al-Qa'ida in Iraq claimed the attack.", List.of("al-Qaeda in Iraq"), List.of("al-Qaeda"));
    }

    @Test
    void aPartyOrBodyWithANameOthersShareIsNamedWithItsCountry() {
        expect(
                "The Egyptian General Intelligence Service met the Colorado Party of Uruguay.",
                List.of("General Intelligence Service of Egypt", "Colorado Party of Uruguay"),
                List.of());
    }

    @Test
    void lookAlikeWordsAndSharedAcronymsAreNotOrganisations() {
        // words that are names elsewhere, and acronyms several bodies share or that are words
        assertEquals(
                List.of(),
                names("Kongsberg is a town and Santander a city. Vanguard units advanced; grab the bag. "
                        + "The Tisza river flooded and the Azov Sea froze. Petra is ancient. "
                        + "The CPI rose 0.3 pct. The vehicle reached IOC in 2020. Parties filed an NDC. "
                        + "The PP and the UP, CAN and PAN, are letters here. The ACV fleet and a CSC grade."));
        assertEquals(List.of(), names("SPAIN'S PP WINS AS UP AND PAN SHARES RISE"));
    }
}
