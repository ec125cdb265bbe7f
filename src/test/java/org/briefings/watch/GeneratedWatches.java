package org.briefings.watch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.briefings.engine.BriefingEngine;
import org.briefings.index.BriefingSchema;
import org.briefings.index.LuceneIndex;
import org.briefings.search.EmbeddedIndex;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;

/**
 * Watches generated from an index's own terms and facet values (seeded): single words, AND, OR,
 * NOT, phrases from titles, fielded words, prefixes, country fields, blank queries with filters,
 * with facet filters and date ranges mixed in. Used by the equivalence test and the benchmark.
 */
public final class GeneratedWatches {

    private final List<String> words = new ArrayList<>();
    private final List<String> titleWords = new ArrayList<>();
    private final Map<String, List<String>> facetValues = new LinkedHashMap<>();
    private final List<String> years = new ArrayList<>();

    /** Reads terms and facet values from the engine's index. */
    public GeneratedWatches(BriefingEngine engine) throws IOException {
        LuceneIndex lucene = ((EmbeddedIndex) engine.index()).lucene();
        IndexSearcher s = lucene.acquire();
        try {
            int docs = s.getIndexReader().numDocs();
            collect(s, BriefingSchema.BODY, 2, Math.max(3, docs / 3), words);
            collect(s, BriefingSchema.TITLE, 1, Math.max(3, docs / 3), titleWords);
        } finally {
            lucene.release(s);
        }
        SearchResponse all =
                engine.search(SearchRequest.builder().size(0).facetLimit(100).build());
        for (SearchResponse.Facet f : all.facets()) {
            List<String> values =
                    f.values().stream().map(SearchResponse.FacetValue::value).toList();
            if (!values.isEmpty()) {
                facetValues.put(f.dim(), values);
            }
            if (f.dim().equals("year")) {
                years.addAll(values);
            }
        }
    }

    private static void collect(IndexSearcher s, String field, int minDf, int maxDf, List<String> out)
            throws IOException {
        Terms terms = MultiTerms.getTerms(s.getIndexReader(), field);
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String text = t.utf8ToString();
            if (te.docFreq() >= minDf && te.docFreq() <= maxDf && text.length() >= 4 && text.matches("[a-z]+")) {
                out.add(text);
            }
        }
    }

    /** {@code n} watch definitions, the same for the same seed and index. */
    public List<WatchSpec> generate(int n, long seed) {
        Random r = new Random(seed);
        List<WatchSpec> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(one(r, i));
        }
        return out;
    }

    private WatchSpec one(Random r, int i) {
        String q = switch (r.nextInt(11)) {
            case 0 -> word(r);
            case 1 -> word(r) + " AND " + word(r);
            case 2 -> word(r) + " OR " + word(r);
            case 3 -> "\"" + pick(r, titleWords) + " " + pick(r, titleWords) + "\"";
            case 4 -> word(r) + " NOT " + word(r);
            case 5 -> "title:" + pick(r, titleWords);
            case 6 -> "country:" + pick(r, facetValues.getOrDefault("country", List.of("US")));
            case 7 -> "(" + word(r) + " OR " + word(r) + ") AND " + word(r);
            case 8 -> word(r).substring(0, 4) + "*";
            case 9 -> "";
            default -> "about:" + pick(r, facetValues.getOrDefault("about", List.of("US"))) + " " + word(r);
        };
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : List.of("about", "country", "language", "format", "year", "person", "org")) {
            List<String> values = facetValues.get(dim);
            if (values != null && r.nextInt(q.isEmpty() ? 3 : 8) == 0) {
                filters.put(
                        dim, r.nextInt(4) == 0 ? List.of(pick(r, values), pick(r, values)) : List.of(pick(r, values)));
            }
        }
        String from = null;
        String to = null;
        if (!years.isEmpty() && r.nextInt(5) == 0) {
            from = pick(r, years);
            to = r.nextBoolean() ? null : String.valueOf(Integer.parseInt(from) + r.nextInt(4));
        }
        return new WatchSpec("w" + i, q, filters, from, to, null);
    }

    private String word(Random r) {
        return pick(r, words);
    }

    private static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }
}
