package org.briefings.enrich.org;

import static org.briefings.enrich.org.TaggedNames.withCountries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefings.CountryMention;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.junit.jupiter.api.Test;

class NationalBodiesTest {

    private static final NationalBodies BODIES = new NationalBodies();

    private static EntityMention org(String name, String... spans) {
        return new EntityMention(
                name,
                spans.length,
                List.of(spans).stream()
                        .map(s -> new Span(Span.BODY, 0, s.length(), s))
                        .toList());
    }

    private static CountryMention about(String code, String name) {
        return new CountryMention(code, name, 3, 0.9, true, List.of());
    }

    private static List<String> names(List<EntityMention> orgs, CountryMention... countries) {
        return BODIES.resolve(orgs, List.of(countries)).stream()
                .map(EntityMention::name)
                .toList();
    }

    @Test
    void aBareBodyTakesTheCountryTheTextIsAbout() {
        assertEquals(
                List.of("Senate of Cambodia", "Supreme Court of Cambodia"),
                names(
                        List.of(org("U.S. Senate", "Senate", "the Senate"), org("Supreme Court", "Supreme Court")),
                        about("KH", "Cambodia")));
    }

    @Test
    void twoNamesOfOneBodyBecomeOneValue() {
        assertEquals(
                List.of("Parliament of Moldova"),
                names(
                        List.of(org("Parliament", "Parliament"), org("parliament", "the Parliament")),
                        about("MD", "Moldova")));
    }

    @Test
    void aBodyWhoseCountryIsWrittenKeepsItsName() {
        assertEquals(
                List.of("U.S. Senate"),
                names(List.of(org("U.S. Senate", "U.S. Senate", "Senate")), about("KH", "Cambodia")));
    }

    @Test
    void inAUnitedStatesTextTheBodyIsTheUnitedStatesOne() {
        assertEquals(
                List.of("U.S. Supreme Court"),
                names(List.of(org("Supreme Court", "Supreme Court")), about("US", "United States")));
    }

    @Test
    void withoutASubjectCountryNothingChanges() {
        assertEquals(List.of("U.S. Congress"), names(List.of(org("U.S. Congress", "Congress"))));
    }

    @Test
    void aGenericBodyInAnyLanguageIsTheBodyOfTheCountryTheTextIsAbout() {
        List<String> names = withCountries(
                "The Finance Ministry and the Central Bank disagreed; el Senado votó; "
                        + "Japanese Foreign Ministry officials and the Central Bank Governor spoke.",
                about("AR", "Argentina"));
        assertEquals(
                List.of(
                        "Japanese Foreign Ministry",
                        "Finance Ministry of Argentina",
                        "Central Bank of Argentina",
                        "Senate of Argentina"),
                names);
    }

    @Test
    void aMinistryNamedInItsLongFormIsTheBodyOfTheCountryTheTextIsAbout() {
        assertEquals(
                List.of("Ministry of Finance of Peru", "Ministry of the Interior of Peru", "Council of State of Peru"),
                withCountries(
                        "The Ministry of Finance cut spending. The Ministry of the Interior sent police; "
                                + "the Council of State has yet to rule.",
                        about("PE", "Peru")));
        // a longer name of its own ("... and Public Credit"), a country's own ministry, a text about no country
        assertEquals(
                List.of("Ministry of Finance and Public Credit", "Kenyan Ministry of Defence"),
                withCountries(
                        "The Ministry of Finance and Public Credit and the Kenyan Ministry of Defence spoke.",
                        about("PE", "Peru")));
        assertEquals(List.of(), withCountries("The Ministry of Justice said it would appeal."));
    }

    @Test
    void aChamberAndACourtNamedInGermanAreTheSubjectCountrys() {
        assertEquals(
                List.of("National Council of Austria", "Constitutional Court of Austria"),
                withCountries(
                        "Der Nationalrat stimmte zu; der Verfassungsgerichtshof prüft das Gesetz.",
                        about("AT", "Austria")));
        // the start of a longer name is not the generic body
        assertEquals(List.of(), withCountries("Der Nationalratspräsident sprach.", about("AT", "Austria")));
    }

    @Test
    void aGenericBodyJoinsTheFullNameTheTextGivesIt() {
        assertEquals(
                List.of("Congreso de Perú"),
                withCountries("El Congreso de Perú rechazó la moción. El Congreso votó.", about("PE", "Peru")));
    }

    @Test
    void aGenericBodyInATextAboutNoCountryIsNothing() {
        assertEquals(List.of(), withCountries("The Finance Ministry and the Central Bank disagreed."));
    }
}
