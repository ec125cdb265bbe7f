package org.briefings.enrich.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.briefings.Span;
import org.briefings.enrich.text.TextField;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TokensTest {

    private static List<String> surfaces(String text) {
        Tokens t = Tokens.of(text);
        return IntStream.range(0, t.size).mapToObj(t::surface).toList();
    }

    @Test
    void punctuation_is_a_token_of_its_own() {
        assertEquals(List.of("U", ".", "S", ".", "-", "Iran"), surfaces("U.S.-Iran"));
    }

    @Test
    void each_Han_character_is_a_token_so_Chinese_names_match_inside_a_run() {
        assertEquals(List.of("朝", "鲜", "发", "射", "DPRK"), surfaces("朝鲜发射DPRK"));
    }

    @Test
    void Russian_case_forms_of_a_name_share_one_key() {
        for (String form : List.of("Корея", "Кореи", "Корее", "Корею", "Кореей")) {
            assertEquals(Tokens.fold("Корея"), Tokens.fold(form), form);
        }
        for (String form : List.of("Северная", "Северной", "Северную")) {
            assertEquals(Tokens.fold("Северная"), Tokens.fold(form), form);
        }
        assertEquals(Tokens.fold("Беларусь"), Tokens.fold("Беларуси"));
        assertEquals("мали", Tokens.fold("Мали"), "short names stay whole");
    }

    @Test
    void caseless_scripts_may_start_a_name() {
        Tokens t = Tokens.of("الصين 中 china");
        assertTrue(t.mayStartName(0));
        assertTrue(t.mayStartName(1));
        assertFalse(t.mayStartName(2));
    }

    // The tokens are the tokenizer's pieces since 2026-12-07; before, this class cut the text in a
    // scan of its own. That scan, kept here as written, is the definition the pieces must meet:
    // the gazetteer's forms and every text are cut alike, and the country tagger's answers on the
    // evaluation sets were tuned on that cut.

    /** The cut as the country tagger's own scan made it, one {start, end} per token. */
    private static List<int[]> reference(String text) {
        List<int[]> out = new ArrayList<>();
        char[] cs = text.toCharArray();
        int n = cs.length;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (han(c)) {
                out.add(new int[] {i, i + 1});
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && Character.isLetterOrDigit(cs[j]) && !han(cs[j])) {
                    j++;
                }
                out.add(new int[] {i, j});
                i = j;
            } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                i++;
            } else {
                out.add(new int[] {i, i + 1});
                i++;
            }
        }
        return out;
    }

    private static boolean han(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff');
    }

    private static void assertCutAsReference(String text) {
        List<int[]> want = reference(text);
        Tokens fromText = Tokens.of(text);
        Tokens fromField = Tokens.of(TextField.of(Span.BODY, text));
        for (Tokens t : List.of(fromText, fromField)) {
            assertEquals(want.size(), t.size, () -> "token count of " + escaped(text));
            for (int k = 0; k < want.size(); k++) {
                int at = k;
                assertEquals(want.get(k)[0], t.start[k], () -> "start of token " + at + " of " + escaped(text));
                assertEquals(want.get(k)[1], t.end[k], () -> "end of token " + at + " of " + escaped(text));
            }
        }
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }

    @Test
    void the_tokens_are_cut_as_the_taggers_own_scan_cut_them() {
        for (String text : List.of(
                "U.S.-Iran talks in the U.K. and e.g. Korea's and Korea\u2019s",
                "Jae\u2011in al-Assad O'Neill rock'n'roll 2,018 3.5 2019-04-11 mid-1990s 11th",
                "\u4e2d\u56fd\u4eba\u6c11 abc\u4e2d\u56fd \u3400x \uf900\ufa6e \u9fff",
                "\u0421\u0435\u0432\u0435\u0440\u043d\u043e\u0439 \u041a\u043e\u0440\u0435\u0438, \u0627\u0644\u0635\u064a\u0646",
                "a\u0000b\u0007 c\u007f d\u0085e\u00a0f\u2028g\u3000h \u200bi",
                "emoji \ud83d\ude00 x\ud83d\ude00y lone \ud800 end",
                "Caf\u00e9 na\u00efve \u00aa\u00ba \u0301x",
                "...--''\u2019\u2019 -x- 'y' x-",
                "",
                " ",
                "a",
                "A.",
                "U.S",
                "U.S.A.B",
                "1,2,3.4.5-6")) {
            assertCutAsReference(text);
        }
    }

    @Test
    void random_runs_of_letters_marks_and_spaces_are_cut_as_the_scan_cut_them() {
        String alphabet = "aZ09 .,-'\u2019\u2010\u2011\u00e9\u4e00\u9fa5\u0416\n\t\u0000\u0085\u00a0\ud83d\ude00sS";
        Random random = new Random(20261207);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(24);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertCutAsReference(b.toString());
        }
    }

    @Test
    void real_speeches_are_cut_as_the_scan_cut_them() throws IOException {
        List<Path> files = SharedData.regularFiles(SharedData.folderOrSkip("ungdc/TXT"));
        for (Path f : files.subList(0, Math.min(300, files.size()))) {
            assertCutAsReference(Files.readString(f, StandardCharsets.UTF_8));
        }
    }
}
