package org.briefings.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LinkMaskTest {

    /**
     * The masking as first written, Matcher.find over the whole text with the same expressions:
     * LinkMask now tries them only where a match can start, and must blank exactly the same.
     */
    private static String byFind(String text) {
        Pattern link = Pattern.compile("!?\\[([^\\[\\]\\n]{0,400})\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*\\)");
        Pattern url = Pattern.compile("(?:https?://|www\\.)[^\\s<>\\[\\]()\"]+");
        char[] out = text.toCharArray();
        Matcher m = link.matcher(text);
        while (m.find()) {
            blank(out, m.start(), m.start(1));
            blank(out, m.end(1), m.end());
        }
        Matcher u = url.matcher(new String(out));
        while (u.find()) {
            blank(out, u.start(), u.end());
        }
        return new String(out);
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
    }

    @Test
    void a_link_keeps_its_label_and_loses_its_target_with_offsets_kept() {
        String text = "[Centers for Disease Control](https://www.cdc.gov/x) (CDC) said";
        String masked = LinkMask.mask(text);
        assertEquals(text.length(), masked.length());
        assertEquals(" Centers for Disease Control                         (CDC) said", masked);
    }

    @Test
    void text_without_links_or_addresses_is_returned_as_it_is() {
        String text = "The United Nations met in Geneva [sic].";
        assertSame(text, LinkMask.mask(text));
    }

    @Test
    void masks_exactly_what_a_search_at_every_character_masks() {
        List<String> texts = List.of(
                "![chart](img/a.png) and [CRS](https://crs.gov/r(1)) then [bad] (x) [ok](y)",
                "!![two](a) ! [spaced](b) [[nested](c)] [no target] [unclosed](d",
                "[a](b)[c](d)![e](f)\n[line\nbreak](g) [](h)",
                "see http://x.org/a?b=c, https://y.org/(z) www.z.org and httpfoo www nowhere http:/bad",
                "[http://in.label](www.target.org) after https://end",
                "plain [brackets] and (parentheses) without any link ] ( [ )",
                "Markdown [FMofOman](https://twitter.com/FMofOman) and @realDonaldTrump www.");
        for (String t : texts) {
            assertEquals(byFind(t), LinkMask.mask(t), t);
        }
    }
}
