package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * Parts of names that are also other words: given names that are places ("Santiago Peña",
 * "Israel Katz"), "Sheikh" as part of a Bangladeshi or Somali name rather than a title, and
 * Vietnamese family names that are English words in capitals ("TO LAM"). Made-up people unless
 * the name is the class's own example.
 */
class WordLikeNamePartsTest {

    private static final PersonTagger TAGGER = new PersonTagger();

    private static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    @Test
    void aPlaceBeforeAListedFamilyNameIsAGivenName() {
        assertEquals(List.of("Santiago Peña"), names("The government of Santiago Peña cut fuel taxes in March."));
        assertEquals(List.of("Georgia Lomidze"), names("The report was written by Georgia Lomidze for the bank."));
        assertEquals(List.of("Israel Katz"), names("Defence Minister Israel Katz visited the border on Friday."));
        // a title makes it a given name before any family name
        assertEquals(List.of("Victoria Nuldrew"), names("Assistant Secretary Victoria Nuldrew met the envoys."));
    }

    @Test
    void aPlaceBeforeOtherWordsStaysAPlace() {
        assertEquals(List.of(), names("Georgia Power raised its rates and Jordan Valley farms lost water."));
        assertEquals(List.of(), names("Protests in Santiago Friday drew thousands to the centre."));
        // alone, after a title, the place is still no person
        assertFalse(names("Talks with the Minister in Santiago went on.").contains("Santiago"));
    }

    @Test
    void sheikhIsPartOfABangladeshiName() {
        String text = "In Bangladesh, Sheikh Hasina governed from 2009; her father Sheikh Mujibur Rahman led the"
                + " independence movement. Hasina left Dhaka in August.";
        List<String> found = names(text);
        assertTrue(found.contains("Sheikh Hasina"), found.toString());
        assertTrue(found.contains("Sheikh Mujibur Rahman"), found.toString());
        assertFalse(found.contains("Hasina"), found.toString());
    }

    @Test
    void sheikhBeforeAGulfNameIsATitle() {
        assertEquals(
                List.of("Tahnoon bin Zayed"), names("In Abu Dhabi, Sheikh Tahnoon bin Zayed received the delegation."));
        // a Gulf ruler in a Bangladeshi text keeps the title out too
        assertEquals(
                List.of("Mohammed bin Zayed"), names("Dhaka welcomed Sheikh Mohammed bin Zayed on a state visit."));
        // outside a Bangladeshi text, "Sheikh" before a single name is a title
        assertEquals(List.of("Nawaf"), names("In Kuwait, Sheikh Nawaf opened the session."));
    }

    @Test
    void honorificsBeforeTheFamilysSheikhStayOut() {
        String text = "The President of Bangladesh Bangabandhu Sheikh Mujibur Rahman was killed with his brother,"
                + " Freedom Fighter Sheikh Abu Naser.";
        List<String> found = names(text);
        assertTrue(found.contains("Sheikh Mujibur Rahman"), found.toString());
        assertTrue(found.contains("Sheikh Abu Naser"), found.toString());
        assertFalse(found.contains("Sheikh"), found.toString());
    }

    @Test
    void sheikhInsideANameAfterAGivenNameIsPartOfIt() {
        assertEquals(List.of("Hassan Sheikh Mohamud"), names("President Hassan Sheikh Mohamud addressed parliament."));
    }

    @Test
    void aVietnameseFamilyNameThatIsAWordOpensANameInCapitals() {
        String text = "NGUYEN Phu Trong led the party until 2024. Its General Secretary, TO LAM, a former minister,"
                + " succeeded him.";
        assertTrue(names(text).contains("To Lam"), names(text).toString());
        String mixed = "NGUYEN Phu Trong led the party until 2024. He was succeeded by TO Lam in August.";
        assertTrue(names(mixed).contains("To Lam"), names(mixed).toString());
    }

    @Test
    void aListedFamilyNameOpensAWholeNameInCapitalsWithoutTheStyle() {
        // no name of the text mixes capitals and normal case: the Khmer and Chinese family names are the cue
        List<String> found =
                names("Two years after HUN SEN handed over to his son, KEM SOKHA remains under house arrest"
                        + " and the chairman CHEN ZHI was sanctioned.");
        assertEquals(List.of("Hun Sen", "Kem Sokha", "Chen Zhi"), found);
        // a word in capitals no list knows as a family name still needs the style
        assertEquals(List.of(), names("Two years after BORAM SEN handed over, the talks resumed."));
    }

    @Test
    void aThreePartFamilyFirstNameKeepsGivenNamesThatAreAlsoWords() {
        assertEquals(List.of("Vo Van Thuong"), names("Weeks after Vo Van Thuong resigned, the assembly met."));
        assertEquals(List.of("Truong My Lan"), names("The developer's chairwoman Truong My Lan was sentenced."));
        assertEquals(List.of("Le Hong Hiep"), names("The analyst Le Hong Hiep of the institute disagreed."));
        // two parts stay ambiguous: "Le Monde" and "Hong Kong" are no people
        assertEquals(List.of(), names("Le Monde said shares in Hong Kong rose."));
    }

    @Test
    void aFunctionWordInCapitalsStaysAWord() {
        // the text writes no surname in capitals: "TO LAM" is not read as a name there
        assertEquals(List.of(), names("The sign said TO LAM in red letters."));
        // "TO" before a word of the language is no name, in a text that has the style
        List<String> found =
                names("NGUYEN Phu Trong led the party. The memo was marked TO BE CONFIRMED by the office.");
        assertEquals(List.of("Nguyen Phu Trong"), found);
    }
}
