package org.briefings.enrich.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Tokenizer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A word without a full stop is asked whether it is a legal form by the hash of its lower-case
 * form instead of through a lower-cased copy; the answer must be the one the copy gave, for every
 * word of the sample corpus and for forms in every spelling and case.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CompanySuffixesTest {

    private static final String FORMS_IN_EVERY_SPELLING = "Acme Inc. and Sorvella plc bought Vantor S.A., Hessel GmbH,"
            + " Brolin Ltd, BROLIN LIMITED and Limited shares; Tarn Co. and co, N.V. and n.v., S.p.A., A.G.,"
            + " the Corp’s units, Kasai K.K., Oyj, OYJ, Pty, PJSC, pjsc, Sàrl, SARL, Llc, L.L.C. and .Inc, ‘plc’ PLC.";

    @Test
    void a_word_is_a_legal_form_as_its_lower_cased_letters_said() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(FORMS_IN_EVERY_SPELLING);
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html")) {
                    texts.add(Files.readString(f));
                }
            }
        }
        int words = 0;
        int forms = 0;
        for (String text : texts) {
            for (Token t : Tokenizer.tokenize(text)) {
                if (!t.isWord()) {
                    continue;
                }
                boolean expected = lowerCasedCopy(t);
                assertEquals(expected, CompanySuffixes.legalForm(t), t.text());
                words++;
                forms += expected ? 1 : 0;
            }
        }
        assertTrue(words > 5_000, "the corpus gives many words: " + words);
        assertTrue(forms >= 20, "and many legal forms: " + forms);
    }

    /** The answer as it was computed before: the letters cut out and lower-cased. */
    private static boolean lowerCasedCopy(Token t) {
        String letters = t.text().replace(".", "");
        if (letters.isEmpty()) {
            return false;
        }
        boolean cased = Character.isUpperCase(letters.charAt(0)) || CompanySuffixes.LOWER_CASE.contains(letters);
        return cased && CompanySuffixes.form(letters.toLowerCase(Locale.ROOT));
    }
}
