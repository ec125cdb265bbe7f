package org.briefings.solr;

import static org.briefings.index.BriefingSchema.BODY;
import static org.briefings.index.BriefingSchema.ID;

import java.io.IOException;
import java.util.List;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.briefings.search.Ranking;
import org.briefings.search.SpellingSuggester;

/**
 * "Did you mean" on SolrCloud: the engine's {@link SpellingSuggester} picks and analyses the words
 * exactly as on the embedded index, and each term the collection does not hold is corrected by
 * Solr's spellcheck component ({@code DirectSolrSpellChecker} over the body, configured in the
 * generated solrconfig as the embedded index's {@code DirectSpellChecker}). The stemmed term is
 * shown as a word the collection saw, by the embedded index's rule: its first spelling in the
 * lowest-id briefing that holds it.
 */
final class SolrSpelling {

    private final SolrRequests solr;
    private final SpellingSuggester suggester;

    SolrSpelling(SolrRequests solr, Ranking ranking) {
        this.solr = solr;
        this.suggester = new SpellingSuggester(ranking);
    }

    /** The query with misspelt words replaced, or null when no word could be improved. */
    String suggest(String query) throws IOException {
        return suggester.suggest(query, this::correct);
    }

    private String correct(String term) throws IOException {
        // asked first: a term one shard lacks would get a suggestion from that shard
        if (solr.numFound(SolrRequests.term(BODY, term)) > 0) {
            return null;
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        p.set("spellcheck", true);
        p.set("spellcheck.q", term);
        p.set("spellcheck.count", 1);
        SpellCheckResponse spelling = solr.query(p).getSpellCheckResponse();
        if (spelling == null) {
            return null;
        }
        for (SpellCheckResponse.Suggestion s : spelling.getSuggestions()) {
            List<String> alternatives = s.getAlternatives();
            if (s.getToken().equals(term) && alternatives != null && !alternatives.isEmpty()) {
                return surfaceForm(alternatives.get(0));
            }
        }
        return null;
    }

    /**
     * The text a stemmed body term was indexed from, lower-cased (the term itself if none is found):
     * the first spelling in the stored body of the lowest-id briefing holding it, read by the same
     * {@link SpellingSuggester#shownAs} as on the embedded index, so both show the same word.
     */
    private String surfaceForm(String term) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrRequests.term(BODY, term));
        p.set("fl", ID + "," + BODY);
        p.set("rows", 1);
        p.set("sort", ID + " asc");
        SolrDocumentList found = solr.query(p).getResults();
        Object body = found.isEmpty() ? null : found.get(0).getFirstValue(BODY);
        return suggester.shownAs(body == null ? null : body.toString(), term);
    }
}
