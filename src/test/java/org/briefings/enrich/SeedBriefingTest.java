package org.briefings.enrich;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.briefings.DateMention;
import org.briefings.EntityMention;
import org.briefings.enrich.date.DateMentionTagger;
import org.briefings.enrich.org.OrganisationTagger;
import org.briefings.enrich.person.PersonTagger;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The user's own example briefing: the entities and dates an analyst would expect from it. */
class SeedBriefingTest {

    private static final String FILE = "000_cf4c994ab985b7fb.txt";

    private record Seed(String title, String body) {}

    private static Seed seed() throws Exception {
        Path folder = SharedData.folderOrSkip("seed");
        String text = Files.readString(folder.resolve(FILE), StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        return new Seed(text.substring(0, nl).strip(), text.substring(nl + 1));
    }

    @Test
    void theSeedBriefingNamesKimTrumpAndMoonWithShortReferencesLinked() throws Exception {
        Seed s = seed();
        List<String> people = new PersonTagger()
                .tag(s.title(), s.body()).stream().map(EntityMention::name).toList();
        assertTrue(people.contains("Kim Jong Un"), people.toString());
        assertTrue(people.contains("Donald Trump"), people.toString());
        assertTrue(people.contains("Moon Jae-in"), people.toString());
        assertFalse(people.contains("Kim") || people.contains("Trump") || people.contains("Moon"), people.toString());
    }

    @Test
    void theSeedBriefingNamesTheUnitedNationsAndTheSupremePeoplesAssembly() throws Exception {
        Seed s = seed();
        List<String> orgs = new OrganisationTagger()
                .tag(s.title(), s.body()).stream().map(EntityMention::name).toList();
        assertTrue(orgs.contains("United Nations"), orgs.toString());
        assertTrue(orgs.contains("Supreme People's Assembly"), orgs.toString());
        assertFalse(orgs.stream().anyMatch(o -> o.equals("US") || o.contains("Our")), orgs.toString());
    }

    @Test
    void theSeedBriefingMentions2018AndApril2018() throws Exception {
        Seed s = seed();
        List<String> dates = new DateMentionTagger()
                .tag(s.body(), LocalDate.of(2019, 4, 11)).stream()
                        .map(DateMention::value)
                        .toList();
        assertTrue(dates.contains("2018"), dates.toString());
        assertTrue(dates.contains("2018-04"), dates.toString());
    }
}
