package org.briefings.search;

import static org.briefings.index.BriefingSchema.BODY;
import static org.briefings.index.BriefingSchema.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineBuilder;
import org.briefings.engine.EngineConfig;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.BriefingSchema;
import org.briefings.index.LuceneIndex;
import org.briefings.ingest.ParserIsolation;
import org.briefings.testing.SharedData;
import org.briefings.view.BriefingViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippets a search shows are exactly Lucene's own: the unified highlighter as it comes, reading
 * each body itself, matching the whole query (dates and hidden copies included) and scoring passages
 * with Lucene's scorer. The searcher gets them more cheaply (bodies read with the records, the
 * planner's filters left out of the highlighted query, a lean passage scorer; issue 16); a body
 * handed to the wrong hit, a cut that differs or a filter wrongly left out shows here as a changed
 * snippet. Over the sample corpus: real briefings of every format.
 */
class PageSnippetsTest {

    @TempDir
    Path dir;

    @Test
    void everySnippetOfEveryPageIsTheOneLucenesHighlighterGives() throws Exception {
        Path corpus = dir.resolve("corpus");
        copy(SharedData.projectDir().resolve("corpus"), corpus);
        try (BriefingEngine engine = EngineBuilder.of(
                        EngineConfig.of(corpus, dir.resolve("index")).withIsolation(ParserIsolation.inProcess()))
                .open()) {
            engine.reconcile();
            LuceneIndex index = ((EmbeddedIndex) engine.index()).lucene();
            BriefingSearcher searcher = new BriefingSearcher(index, new GazetteerCountryCodes(Gazetteer.load()));
            int compared = 0;
            int marked = 0;
            for (SearchRequest request : requests()) {
                SearchResponse response = searcher.search(request);
                IndexSearcher s = index.acquire();
                try {
                    List<String> expected =
                            lucenes(s, searcher.matching(s, request).base(), response);
                    for (int i = 0; i < expected.size(); i++) {
                        assertEquals(
                                expected.get(i),
                                response.hits().get(i).snippet(),
                                "hit " + i + " of " + request.query() + " " + request.from() + " " + request.copies());
                        compared++;
                        marked += expected.get(i).contains("<mark>") ? 1 : 0;
                    }
                } finally {
                    index.release(s);
                }
            }
            assertTrue(compared > 100, "snippets compared: " + compared);
            assertTrue(marked > 50, "snippets with marked words: " + marked);
        }
    }

    /** Words, phrases, prose relaxed, wildcards, fields, date ranges, copies hidden, other orders, long pages. */
    private static List<SearchRequest> requests() {
        List<SearchRequest> out = new ArrayList<>();
        String[] queries = {
            "sanctions", "\"North Korea\"", "oil OR gas", "election AND president",
                    "what did north korea do with ships?",
            "tarif*", "title:crisis", "country:KP", "military cooperation", "food aid suspension"
        };
        for (String q : queries) {
            out.add(SearchRequest.builder().query(q).build());
            out.add(SearchRequest.builder()
                    .query(q)
                    .size(25)
                    .sort(SortOrder.NEWEST)
                    .build());
            out.add(SearchRequest.builder()
                    .query(q)
                    .from(LocalDate.of(2019, 1, 1))
                    .to(LocalDate.of(2024, 12, 31))
                    .build());
            out.add(SearchRequest.builder()
                    .query(q)
                    .from(LocalDate.of(2020, 1, 1))
                    .copies(CopyMode.HIDE)
                    .build());
            out.add(SearchRequest.builder().query(q).copies(CopyMode.COLLAPSE).build());
        }
        out.add(SearchRequest.builder().from(LocalDate.of(2020, 1, 1)).build());
        return out;
    }

    /** What Lucene's unified highlighter, left as it is, shows for each hit of a response. */
    private static List<String> lucenes(IndexSearcher s, org.apache.lucene.search.Query query, SearchResponse r)
            throws IOException {
        List<BriefingViews.Hit> hits = r.hits();
        ScoreDoc[] docs = new ScoreDoc[hits.size()];
        for (int i = 0; i < docs.length; i++) {
            TopDocs one = s.search(new TermQuery(new Term(ID, hits.get(i).id())), 1);
            docs[i] = new ScoreDoc(one.scoreDocs[0].doc, 0);
        }
        UnifiedHighlighter lucene = UnifiedHighlighter.builder(s, BriefingSchema.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(200_000)
                .build();
        String[] snippets = docs.length == 0 || query instanceof org.apache.lucene.search.MatchAllDocsQuery
                ? new String[docs.length]
                : lucene.highlight(
                        BODY, query, new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), 2);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            out.add(snippets[i] != null ? snippets[i] : Html.escape(hits.get(i).summary()));
        }
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                Files.createDirectories(t.getParent());
                Files.copy(f, t);
            }
        }
    }
}
