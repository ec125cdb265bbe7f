package org.briefings.solr;

import static org.briefings.index.BriefingSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.index.BriefingDocuments;
import org.briefings.search.CountryCodes;
import org.briefings.search.SimilarBriefings;
import org.briefings.view.BriefingViews;

/**
 * Similar briefings on SolrCloud, as {@link SimilarBriefings} finds them on the embedded index:
 * Solr's MoreLikeThis query parser ({@code {!mlt}}, which in SolrCloud fetches the briefing by id
 * and re-analyses its stored title, summary and body) picks its most telling terms with the same
 * settings; every about-country the two share adds the same share of the best text score; the
 * briefing itself and its copy group are left out. Scores come from each shard's own term
 * statistics, so the order can differ from the embedded index's where scores are close.
 */
final class SolrSimilar {

    private static final String LIKE = "{!mlt qf=" + TITLE + "," + SUMMARY + "," + BODY + " mintf=1 mindf=1 maxqt=40}";

    private final SolrRequests solr;
    private final CountryCodes countries;

    SolrSimilar(SolrRequests solr, CountryCodes countries) {
        this.solr = solr;
        this.countries = countries;
    }

    List<BriefingViews.Related> similar(String id, int size) throws IOException {
        SolrDocument self = solr.first(SolrRequests.term(ID, id), SolrDocuments.FULL_FIELDS);
        if (self == null) {
            return List.of();
        }
        Briefing b = BriefingDocuments.fromDocument(SolrDocuments.stored(self));
        Object storedGroup = self.getFirstValue(COPY_GROUP);
        String group = storedGroup == null ? id : storedGroup.toString();
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("mlt_like", LIKE + id);
        p.set("mlt_self", SolrRequests.term(ID, id));
        // not "group": Solr would read that as result grouping
        p.set("mlt_group", SolrRequests.term(COPY_GROUP, group));
        p.set("q", "{!bool must=$mlt_like must_not=$mlt_self must_not=$mlt_group}");
        p.set("fl", "score");
        p.set("rows", 1);
        var best = solr.query(p).getResults();
        float top = best.isEmpty() ? 0 : ((Number) best.get(0).getFieldValue("score")).floatValue();
        Set<String> about = new LinkedHashSet<>();
        b.aboutCountries().stream().map(CountryMention::code).forEach(about::add);
        StringBuilder q = new StringBuilder("{!bool must=$mlt_like must_not=$mlt_self must_not=$mlt_group");
        float weight = Math.max(top * SimilarBriefings.COUNTRY_WEIGHT, 1e-6f);
        int n = 0;
        for (String code : about) {
            // a constant score (^=) per shared country, as the embedded index's ConstantScoreQuery
            p.set("mlt_c" + (++n), "{!lucene}" + ABOUT + ":" + SolrQueries.escape(code) + "^=" + weight);
            q.append(" should=$mlt_c").append(n);
        }
        p.set("q", q.append('}').toString());
        p.set("fl", SolrDocuments.RECORD_FIELDS + ",score");
        p.set("rows", size);
        p.set("sort", "score desc," + ID + " asc");
        List<BriefingViews.Related> out = new ArrayList<>();
        for (SolrDocument d : solr.query(p).getResults()) {
            Briefing other = BriefingDocuments.fromDocument(SolrDocuments.stored(d));
            out.add(BriefingViews.related(other, ((Number) d.getFieldValue("score")).floatValue(), countries::name));
        }
        return out;
    }
}
