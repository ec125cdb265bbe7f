package org.briefings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The lean scorer must rank passages exactly as Lucene's does, or the snippets shown would change:
 * the same float for passages with repeated, distinct and interleaved terms, at any position.
 */
class LeanPassageScorerTest {

    private final PassageScorer lucene = new PassageScorer();
    private final LeanPassageScorer lean = new LeanPassageScorer();

    @Test
    void scoresEveryPassageExactlyAsLucenesScorer() {
        Random random = new Random(16);
        String[] words = {"climate", "change", "sanctions", "nuclear", "weapons", "refugees"};
        for (int p = 0; p < 5_000; p++) {
            Passage passage = new Passage();
            int start = random.nextInt(20_000);
            int end = start + 600;
            passage.setStartOffset(start); // Passage wants its bounds before its matches
            passage.setEndOffset(end);
            int offset = start;
            int matches = random.nextInt(12);
            for (int m = 0; m < matches; m++) {
                String word = words[random.nextInt(1 + random.nextInt(words.length))];
                offset += 1 + random.nextInt(35);
                // a term's frequency in the document is the same at each of its matches
                passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + word.length() * 3);
            }
            int contentLength = end + random.nextInt(100_000);
            float expected = lucene.score(passage, contentLength);
            assertEquals(expected, lean.score(passage, contentLength), 0f, "passage " + passage);
        }
    }

    @Test
    void aPassageRepeatingOneTermScoresBelowOneWithTwoDistinctTermsAndAPassageWithoutMatchesZero() {
        Passage repeated = passage("climate", "climate");
        Passage distinct = passage("climate", "change");
        assertTrue(lean.score(distinct, 10_000) > lean.score(repeated, 10_000), "distinct terms weigh more");
        assertEquals(0f, lean.score(new Passage(), 10_000), 0f);
    }

    private static Passage passage(String... terms) {
        Passage p = new Passage();
        p.setStartOffset(0);
        p.setEndOffset(200);
        int offset = 10;
        for (String t : terms) {
            p.addMatch(offset, offset + t.length(), new BytesRef(t), 5);
            offset += t.length() + 1;
        }
        return p;
    }
}
