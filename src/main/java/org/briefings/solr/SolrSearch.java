package org.briefings.solr;

import static org.briefings.index.BriefingSchema.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.briefings.Briefing;
import org.briefings.Json;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.FacetDimension;
import org.briefings.search.BatchSearcher;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.CopyMode;
import org.briefings.search.Html;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.MatchScanner;
import org.briefings.search.RequestPlanner;
import org.briefings.search.SearchMode;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;
import org.briefings.search.SortOrder;
import org.briefings.view.BriefingViews;

/**
 * Searches a SolrCloud collection as {@code search.BriefingSearcher} searches the embedded index:
 * the request planned by the engine ({@link RequestPlanner}), relaxed by the same rule, filters as
 * tagged filter queries and facets through the JSON Facet API with {@code excludeTags} (values
 * within a facet ORed and counted sideways, as DrillSideways does), the month timeline, {@code
 * <mark>} snippets from Solr's unified highlighter, {@code cursorMark} paging on a sort that ends
 * with the id, and the same {@link SearchResponse}.
 */
final class SolrSearch {

    private static final int SCAN_PAGE = 2_000;

    private final SolrRequests solr;
    private final RequestPlanner planner;
    private final SolrQueries queries;
    private final SolrCopyFolding copies;
    private final SolrSpelling spelling;
    /** Null unless the engine runs semantic search. */
    private volatile SolrHybrid hybrid;

    /** {@code writes}: how many writes and refreshes the engine has sent ({@link SolrCopyFolding}). */
    SolrSearch(SolrRequests solr, RequestPlanner planner, LongSupplier writes) {
        this.solr = solr;
        this.planner = planner;
        this.queries = new SolrQueries(planner.ranking());
        this.copies = new SolrCopyFolding(solr, writes);
        this.spelling = new SolrSpelling(solr, planner.ranking());
    }

    /** The query that selects a request's hits, relaxed as the embedded searcher would relax it. */
    private record Chosen(Query base, Map<FacetDimension, List<String>> filters, boolean relaxed) {}

    private Chosen choose(SearchRequest request) throws IOException {
        RequestPlanner.Plan plan = planner.plan(request);
        boolean relaxed = plan.relaxed() != null && count(plan.strict(), plan.filters()) < plan.relaxBelow();
        return new Chosen(relaxed ? plan.relaxed() : plan.strict(), plan.filters(), relaxed);
    }

    /**
     * The query, and one filter query per dimension tagged with its name (its values ORed, each an
     * exact term), which that dimension's facet excludes.
     */
    private ModifiableSolrParams params(Chosen c) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", queries.render(c.base(), p, "q"));
        c.filters().forEach((dim, values) -> {
            StringBuilder fq = new StringBuilder("{!bool tag=").append(dim.dim());
            for (int i = 0; i < values.size(); i++) {
                String name = "f_" + dim.dim() + "_" + i;
                p.set(name, "{!term f=" + dim.dim() + "}" + values.get(i));
                fq.append(" should=$").append(name);
            }
            p.add("fq", fq.append('}').toString());
        });
        return p;
    }

    long count(Query query, Map<FacetDimension, List<String>> filters) throws IOException {
        ModifiableSolrParams p = params(new Chosen(query, filters, false));
        p.set("rows", 0);
        return query(p).getResults().getNumFound();
    }

    /** Lets searches ask for {@code mode=hybrid} ({@link SolrHybrid}). */
    void enableHybrid(SolrHybrid fused) {
        this.hybrid = fused;
    }

    SolrQueries queries() {
        return queries;
    }

    SearchResponse search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        Chosen c = choose(request);
        ModifiableSolrParams p = params(c);
        SearchMode mode = SearchMode.KEYWORD;
        if (request.mode() == SearchMode.HYBRID) {
            SolrHybrid h = hybrid;
            if (h == null) {
                throw new InvalidRequestException("mode", BriefingSearcher.HYBRID_OFF);
            }
            if (h.applies(request)) {
                h.fuse(p, request);
                mode = SearchMode.HYBRID;
            }
        }
        int size = request.size();
        p.set("rows", size);
        p.set("fl", RECORD_FIELDS_WITH_SCORE);
        p.set("sort", sort(request.sort()));
        p.set("cursorMark", request.cursor() == null ? "*" : decodeCursor(request.cursor(), request.sort()));
        p.set("minExactCount", BriefingSearcher.EXACT_TOTAL_BOUND);
        p.set("json.facet", SolrFacets.json(planner.normaliseFilters(request.filters()), request.facetLimit()));
        boolean highlight = size > 0 && !(c.base() instanceof MatchAllDocsQuery);
        if (highlight) {
            p.set("hl", true);
            p.set("hl.method", "unified");
            p.set("hl.fl", BODY);
            p.set("hl.snippets", 2);
            // Sentences, as the embedded searcher's highlighter makes them: fragsize 0 would make the
            // whole body one passage (a 3,000-character "snippet"), 1 leaves sentences unmerged.
            p.set("hl.bs.type", "SENTENCE");
            p.set("hl.fragsize", 1);
            p.set("hl.tag.pre", "<mark>");
            p.set("hl.tag.post", "</mark>");
            p.set("hl.tag.ellipsis", " … ");
            p.set("hl.encoder", "html");
            p.set("hl.requireFieldMatch", true);
            p.set("hl.defaultSummary", false);
            p.set("hl.maxAnalyzedChars", 200_000);
        }
        String mark = p.get("cursorMark");
        QueryResponse r = query(p);
        List<SolrDocument> docs = r.getResults();
        Map<String, Map<String, List<String>>> hl = highlight ? r.getHighlighting() : Map.of();
        long total = r.getResults().getNumFound();
        String next = null;
        long before = request.cursor() == null ? size : 0;
        if (size > 0 && docs.size() >= size && total > before && r.getNextCursorMark() != null) {
            next = encodeCursor(r.getNextCursorMark(), request.sort());
        }
        if (request.copies() == CopyMode.COLLAPSE) {
            SolrCopyFolding.Page folded = copies.collapse(p, mark, r, size);
            docs = folded.hits();
            hl = highlight ? folded.highlighting() : Map.of();
            next = folded.nextMark() == null ? null : encodeCursor(folded.nextMark(), request.sort());
        }
        Map<String, Integer> groupSizes = copies.sizes(docs);
        List<BriefingViews.Hit> hits = new ArrayList<>();
        for (SolrDocument d : docs) {
            Briefing b = BriefingDocuments.fromDocument(SolrDocuments.stored(d));
            List<String> snippet =
                    hl == null ? null : hl.getOrDefault(b.id(), Map.of()).get(BODY);
            String text = snippet != null && !snippet.isEmpty() ? snippet.get(0) : Html.escape(b.summary());
            Float score =
                    request.sort() == SortOrder.RELEVANCE && d.get("score") instanceof Number n ? n.floatValue() : null;
            String group = SolrCopyFolding.group(d);
            hits.add(BriefingViews.hit(
                    b, text, score, planner.countries()::name, group, groupSizes.getOrDefault(group, 1) - 1));
        }
        Boolean exactFlag = r.getResults().getNumFoundExact();
        boolean exact = exactFlag == null || exactFlag;
        SolrFacets.Counts counts = SolrFacets.read(r.getResponse().get("facets"));
        List<SearchResponse.Facet> facets =
                counts.facets(planner.normaliseFilters(request.filters()), planner.countries()::name);
        String suggestion = total == 0 ? spelling.suggest(request.query()) : null;
        long took = (System.nanoTime() - started) / 1_000_000;
        return new SearchResponse(
                total,
                exact,
                took,
                hits,
                facets,
                counts.timeline(),
                counts.undated(),
                hits.size() < size ? null : next,
                c.relaxed(),
                suggestion,
                mode.json());
    }

    private static final String RECORD_FIELDS_WITH_SCORE = SolrDocuments.RECORD_FIELDS + "," + COPY_GROUP + ",score";

    long scan(SearchRequest request, MatchScanner.Visitor visitor) throws IOException {
        Chosen c = choose(request);
        String mark = "*";
        long count = 0;
        while (true) {
            ModifiableSolrParams p = params(c);
            p.set("rows", SCAN_PAGE);
            p.set("fl", RECORD_FIELDS_WITH_SCORE);
            p.set("sort", sort(request.sort()));
            p.set("cursorMark", mark);
            QueryResponse r = query(p);
            for (SolrDocument d : r.getResults()) {
                Briefing b = BriefingDocuments.fromDocument(SolrDocuments.stored(d));
                Float score = request.sort() == SortOrder.RELEVANCE && d.get("score") instanceof Number n
                        ? n.floatValue()
                        : null;
                visitor.accept(BriefingViews.hit(b, null, score, planner.countries()::name));
                count++;
            }
            String nextMark = r.getNextCursorMark();
            if (r.getResults().size() < SCAN_PAGE || nextMark == null || nextMark.equals(mark)) {
                return count;
            }
            mark = nextMark;
        }
    }

    List<String> ids(SearchRequest request, int limit) throws IOException {
        ModifiableSolrParams p = params(choose(request));
        p.set("rows", limit);
        p.set("fl", ID);
        p.set("sort", sort(request.sort()));
        List<String> ids = new ArrayList<>();
        for (SolrDocument d : query(p).getResults()) {
            ids.add(String.valueOf(d.getFieldValue(ID)));
        }
        return ids;
    }

    void batch(SearchRequest template, List<String> texts, int top, BatchSearcher.Sink sink) throws IOException {
        if (top < 0 || top > BatchSearcher.MAX_TOP) {
            throw new InvalidRequestException(
                    "top", "top must be between 0 and " + BatchSearcher.MAX_TOP + ", not " + top);
        }
        planner.normaliseFilters(template.filters()); // the filters, checked once for all
        for (int i = 0; i < texts.size(); i++) {
            BatchSearcher.Answer answer;
            try {
                SearchRequest one = new SearchRequest(
                        texts.get(i),
                        template.filters(),
                        template.from(),
                        template.to(),
                        template.sort(),
                        0,
                        null,
                        template.facetLimit(),
                        template.copies(),
                        SearchMode.KEYWORD);
                ModifiableSolrParams p = params(choose(one));
                p.set("rows", top);
                p.set("fl", ID + "," + TITLE);
                p.set("sort", sort(template.sort()));
                p.set("minExactCount", BriefingSearcher.EXACT_TOTAL_BOUND);
                QueryResponse r = query(p);
                List<BatchSearcher.TopHit> hits = new ArrayList<>();
                for (SolrDocument d : r.getResults()) {
                    Object title = d.getFirstValue(TITLE);
                    hits.add(new BatchSearcher.TopHit(
                            String.valueOf(d.getFieldValue(ID)), title == null ? "" : title.toString()));
                }
                Boolean exact = r.getResults().getNumFoundExact();
                answer = new BatchSearcher.Answer(r.getResults().getNumFound(), exact == null || exact, hits);
            } catch (InvalidRequestException e) {
                sink.failed(i, e);
                continue;
            }
            sink.answer(i, answer);
        }
    }

    /** Relevance, then the id; dates with undated briefings last either way (sortMissingLast). */
    static String sort(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> "score desc," + ID + " asc";
            case NEWEST -> PUBLISHED + " desc," + ID + " asc";
            case OLDEST -> PUBLISHED + " asc," + ID + " asc";
        };
    }

    /** A Solr cursor mark, with the sort it belongs to, so a cursor from another sort is a 400. */
    static String encodeCursor(String mark, SortOrder order) {
        String raw = "solr|" + order.json() + "|" + mark;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static String decodeCursor(String cursor, SortOrder order) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length == 3 && parts[0].equals("solr") && parts[1].equals(order.json()) && !parts[2].isEmpty()) {
                return parts[2];
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400
        }
        throw new InvalidRequestException(
                "cursor",
                "cursor is not valid for this search (it must come from nextCursor of the same query and sort)");
    }

    private QueryResponse query(ModifiableSolrParams p) throws IOException {
        return solr.query(p);
    }

    static String json(Object o) {
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Comparator<SearchResponse.Bucket> byMonth() {
        return Comparator.comparing(SearchResponse.Bucket::month);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object namedList) {
        if (namedList instanceof NamedList<?> nl) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, ?> e : (NamedList<Object>) nl) {
                m.put(e.getKey(), e.getValue());
            }
            return m;
        }
        return namedList instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
