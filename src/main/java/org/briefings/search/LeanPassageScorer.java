package org.briefings.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores a highlight passage exactly as Lucene's {@link PassageScorer} does (BM25-like: each
 * distinct query term's count in the passage against its frequency in the document, times the
 * passage's position norm, summed in the order the terms first appear), without the hash table
 * that scorer builds per passage. That table allocates a 32 KB block for every candidate
 * sentence: profiling the search mix at 100k briefings (issue 16) found it was 30% of all the
 * bytes a search allocated. A passage holds a handful of matches, so a linear look-up among its
 * distinct terms is cheaper than hashing them. Same parameters, same sums, same scores.
 */
final class LeanPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // the distinct terms in order of first appearance: their first match's index, count, frequency
        int[] first = new int[matches];
        int[] counts = new int[matches];
        int[] docFreqs = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int d = 0;
            while (d < distinct && !terms[first[d]].bytesEquals(terms[i])) {
                d++;
            }
            if (d == distinct) {
                first[d] = i;
                docFreqs[d] = freqsInDoc[i];
                distinct++;
            }
            counts[d]++;
        }
        double score = 0;
        for (int d = 0; d < distinct; d++) {
            score += tf(counts[d], passage.getLength()) * weight(contentLength, docFreqs[d]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
