package org.briefings.search;

import static org.briefings.index.BriefingSchema.PUBLISHED;
import static org.briefings.index.BriefingSchema.facetsConfig;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.FacetDimension;
import org.briefings.index.LuceneIndex;
import org.briefings.view.BriefingViews;

/**
 * Entity pages: one drill-down on the entity's facet value and one pass that collects its newest
 * briefings and the facet counts over them. The counts are those of a plain drill-down, not
 * DrillSideways: "people named with Kim Jong Un" must count only his briefings, in the person
 * dimension too. Which dimensions are entities comes from {@link FacetDimension} (country and name
 * kinds), like everything about facets.
 */
public final class EntityPages {

    public static final int DEFAULT_LATEST = 10;
    public static final int DEFAULT_LIMIT = 10;

    private final LuceneIndex index;
    private final BriefingSearcher searcher;

    public EntityPages(LuceneIndex index, BriefingSearcher searcher) {
        this.index = index;
        this.searcher = searcher;
    }

    /** Whether a dimension's values are entities with a page (countries, people, organisations). */
    public static boolean isEntity(FacetDimension d) {
        return d.kind() == FacetDimension.Kind.COUNTRY || d.kind() == FacetDimension.Kind.NAME;
    }

    /**
     * The entity dimension named {@code dimName}.
     *
     * @throws InvalidRequestException for a dimension that is not an entity
     */
    public static FacetDimension entityDimension(String dimName) {
        List<String> entityDims = java.util.Arrays.stream(FacetDimension.values())
                .filter(EntityPages::isEntity)
                .map(FacetDimension::dim)
                .toList();
        return FacetDimension.byDim(dimName)
                .filter(EntityPages::isEntity)
                .orElseThrow(() -> new InvalidRequestException(
                        "dim", "no entity pages for '" + dimName + "'; entities are " + entityDims));
    }

    /**
     * The page of one value; its count is 0 when no briefing has it.
     *
     * @throws InvalidRequestException for a dimension that is not an entity, or an unknown country
     */
    public EntityPage page(String dimName, String rawValue, int latest, int limit) throws IOException {
        FacetDimension dim = entityDimension(dimName);
        String value = searcher.normaliseFilters(Map.of(dim.dim(), List.of(rawValue)))
                .get(dim)
                .get(0);
        String label =
                dim.kind() == FacetDimension.Kind.COUNTRY ? searcher.countries().name(value) : value;
        DrillDownQuery query = new DrillDownQuery(facetsConfig());
        query.add(dim.dim(), value);
        IndexSearcher s = index.acquire();
        try {
            SortedSetDocValuesReaderState state = index.facetState(s);
            Sort newest = new Sort(
                    new SortField(PUBLISHED, SortField.Type.LONG, true),
                    new SortField(org.briefings.index.BriefingSchema.ID, SortField.Type.STRING));
            Object[] both = s.search(
                    query,
                    new MultiCollectorManager(
                            new TopFieldCollectorManager(newest, Math.max(latest, 1), null, Integer.MAX_VALUE),
                            new FacetsCollectorManager()));
            TopDocs top = (TopDocs) both[0];
            Facets facets = state == null ? null : new SortedSetDocValuesFacetCounts(state, (FacetsCollector) both[1]);
            List<SearchResponse.Facet> co = new ArrayList<>();
            for (FacetDimension d : FacetDimension.values()) {
                if (!isEntity(d)) {
                    continue;
                }
                List<SearchResponse.FacetValue> values = new ArrayList<>();
                FacetResult r = BriefingSearcher.topChildren(facets, state, d.dim(), limit + 1);
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) {
                        boolean self = sameEntity(d, dim, lv.label, value);
                        if (!self && values.size() < limit) {
                            String l = d.kind() == FacetDimension.Kind.COUNTRY
                                    ? searcher.countries().name(lv.label)
                                    : lv.label;
                            values.add(new SearchResponse.FacetValue(lv.label, l, lv.value.longValue(), false));
                        }
                    }
                }
                co.add(new SearchResponse.Facet(d.dim(), values));
            }
            List<SearchResponse.Bucket> timeline = new ArrayList<>();
            FacetResult months =
                    BriefingSearcher.topChildren(facets, state, FacetDimension.MONTH.dim(), Integer.MAX_VALUE);
            if (months != null) {
                for (LabelAndValue lv : months.labelValues) {
                    timeline.add(new SearchResponse.Bucket(lv.label, lv.value.longValue()));
                }
            }
            timeline.sort(Comparator.comparing(SearchResponse.Bucket::month));
            List<BriefingViews.Related> newestBriefings = new ArrayList<>();
            for (int i = 0; i < Math.min(latest, top.scoreDocs.length); i++) {
                ScoreDoc sd = top.scoreDocs[i];
                newestBriefings.add(BriefingViews.related(
                        BriefingDocuments.fromDocument(s.storedFields().document(sd.doc)),
                        null,
                        searcher.countries()::name));
            }
            String search = "/?" + dim.parameter() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
            return new EntityPage(
                    dim.dim(), value, label, top.totalHits.value(), timeline, co, newestBriefings, search);
        } finally {
            index.release(s);
        }
    }

    /** The entity itself among its co-mentions: the same value in a dimension of the same kind. */
    public static boolean sameEntity(FacetDimension d, FacetDimension dim, String label, String value) {
        return d.kind() == dim.kind() && label.equals(value) && (d == dim || d.kind() == FacetDimension.Kind.COUNTRY);
    }
}
