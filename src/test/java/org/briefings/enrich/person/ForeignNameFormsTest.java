package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.EntityMention;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * Names as French, Spanish, German and Arabic usage writes them (made-up people): forms of address
 * ("M.", "Mme", "Sr.", "Herr"), the elided "d'" glued to a name, offices written in lower case
 * before a name, the header lines of messages in other languages, Arabic particles, and a
 * reference by the first of two family names joining the full name.
 */
class ForeignNameFormsTest {

    private static final PersonTagger TAGGER = new PersonTagger();

    private static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    @Test
    void aFormOfAddressMakesTheNextWordAPerson() {
        assertEquals(
                List.of("Tebbal", "Okamura"),
                names(
                        "Le ministre a reçu M. Tebbal dans la salle des fêtes, puis Mme Okamura pour une réunion sur le gaz."));
        assertEquals(List.of("Okonkwo"), names("Ayer el Sr. Okonkwo llegó tarde a la reunión del consejo."));
        assertEquals(List.of("Varela"), names("La Sra. Varela no firmó el acuerdo con la empresa."));
        assertEquals(List.of("Brandauer"), names("Im Ausschuss sprach Herr Brandauer über die Haushaltslage."));
    }

    @Test
    void anEnglishInitialMIsNoFormOfAddress() {
        // in English "M." is an initial: the surname alone is no person
        List<String> found = names("The study by M. Delacroix was cited by the committee in the hearing.");
        assertFalse(found.contains("Delacroix"), found.toString());
    }

    @Test
    void theElidedDeBeforeANameIsDropped() {
        assertEquals(
                List.of("Emmanuel Vauclair"),
                names("Le bilan d'Emmanuel Vauclair a été salué par les députés de la majorité."));
        List<Token> toks = ElidedNames.split(Tokenizer.tokenize("le parti d'Yves Morand"));
        Token yves =
                toks.stream().filter(t -> t.text().equals("Yves")).findFirst().orElseThrow();
        assertEquals("Yves", "le parti d'Yves Morand".substring(yves.start(), yves.end()));
        // "d'accord", "D'Alema": no elided particle before a name
        assertEquals(
                List.of("d'accord"),
                ElidedNames.split(Tokenizer.tokenize("d'accord")).stream()
                        .map(Token::text)
                        .toList());
    }

    @Test
    void anOfficeInLowerCaseBeforeANameIsACue() {
        assertEquals(List.of("Payo Rendón"), names("El exsenador Payo Rendón quedó tercero en la votación."));
        assertEquals(List.of("Anne Roux"), names("La députée Anne Roux a voté contre le texte."));
    }

    @Test
    void aHeaderLineInAnotherLanguageNamesItsReader() {
        assertTrue(names("De : bureau@briefings.example\nÀ : Clothilde\nObjet : note\n\nVoici la note.")
                .contains("Clothilde"));
        assertTrue(names("De: mesa@briefings.example\nPara: Jimena\nAsunto: datos\n\nAquí van los datos.")
                .contains("Jimena"));
    }

    @Test
    void arabicParticlesKeepTheNameWhole() {
        assertEquals(List.of("Sultan Al Mansoori"), names("Sultan Al Mansoori chaired the meeting on Tuesday."));
        assertEquals(List.of("Qaboos bin Said"), names("The treaty was signed by Qaboos bin Said in Muscat."));
        assertEquals(List.of("Nizar al-Hijri"), names("The Druze leader Nizar al-Hijri rejected the offer."));
        assertEquals(List.of("Faisal II Bin Al Hashem"), names("King Faisal II Bin Al Hashem opened the session."));
        // "the Sultan" alone, or a sultan with a name but no particle, keeps the title out
        assertEquals(List.of("Haitham"), names("Sultan Haitham met the envoy."));
    }

    @Test
    void theFirstOfTwoFamilyNamesJoinsTheFullName() {
        List<EntityMention> found = TAGGER.tag(
                "",
                "Le candidat Edmundo Gálvez Urrutia l'a emporté selon l'opposition. La victoire de M. Gálvez"
                        + " est contestée par le gouvernement dans la capitale.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("Edmundo Gálvez Urrutia", found.get(0).name());
        assertEquals(2, found.get(0).count());
    }
}
