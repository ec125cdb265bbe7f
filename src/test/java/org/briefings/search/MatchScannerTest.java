package org.briefings.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefings.Briefing;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.LuceneIndex;
import org.briefings.testing.Briefings;
import org.briefings.view.BriefingViews;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every match, past the 10,000 at which a search's total stops being exact, in the search's order,
 * with pages small enough that the walk crosses many page boundaries; and {@code *:*}.
 */
class MatchScannerTest {

    static final int N = 20_000;

    @TempDir
    static Path dir;

    static LuceneIndex index;
    static BriefingSearcher searcher;

    @BeforeAll
    static void indexTwentyThousandBriefings() throws Exception {
        index = LuceneIndex.open(dir.resolve("index"));
        List<Briefing> all = new ArrayList<>();
        LocalDate day = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < N; i++) {
            all.add(Briefings.of(
                    "Briefing " + i + (i % 3 == 0 ? " on sanctions" : ""),
                    "Body " + i + " about trade.",
                    day.plusDays(i % 5000).toString(),
                    List.of(i % 2 == 0 ? "KP" : "IR"),
                    List.of("CN"),
                    List.of()));
        }
        index.replaceFile("generated.txt", all, new BriefingDocuments.FileInfo("f".repeat(64), "generated.txt", 1, 1));
        index.refresh();
        searcher = new BriefingSearcher(index, new GazetteerCountryCodes(Gazetteer.load()));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static List<BriefingViews.Hit> scan(SearchRequest r, int page) throws Exception {
        List<BriefingViews.Hit> out = new ArrayList<>();
        long n = new MatchScanner(searcher, page).scan(r, out::add);
        assertEquals(out.size(), n);
        return out;
    }

    @Test
    void everyMatchComesOnceInTheSearchsOrderWithNoCap() throws Exception {
        SearchRequest newest = SearchRequest.builder().sort(SortOrder.NEWEST).build();
        List<BriefingViews.Hit> hits = scan(newest, 777);
        assertEquals(N, hits.size());
        Set<String> ids = new HashSet<>();
        hits.forEach(h -> ids.add(h.id()));
        assertEquals(N, ids.size(), "no briefing twice");
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(
                    hits.get(i - 1)
                                    .published()
                                    .date()
                                    .compareTo(hits.get(i).published().date())
                            >= 0,
                    "newest first at " + i);
        }
        // the first page is the search's own first page
        SearchResponse first = searcher.search(
                SearchRequest.builder().sort(SortOrder.NEWEST).size(20).build());
        assertEquals(
                first.hits().stream().map(BriefingViews.Hit::id).toList(),
                hits.subList(0, 20).stream().map(BriefingViews.Hit::id).toList());
        assertFalse(first.totalExact(), "the search's own total is a bound here; the scan is not");
    }

    @Test
    void filtersAndQueriesMatchTheSameAsASearch() throws Exception {
        SearchRequest r = SearchRequest.builder()
                .query("sanctions")
                .filter("about", "North Korea")
                .build();
        List<BriefingViews.Hit> hits = scan(r, 500);
        long expected = (N + 5) / 6; // i % 3 == 0 and i even
        assertEquals(expected, hits.size());
        assertEquals(expected, searcher.search(r).total());
        assertTrue(hits.stream().allMatch(h -> h.title().contains("sanctions")));
        assertTrue(hits.getFirst().score() != null, "relevance order carries the score");
    }

    @Test
    void starColonStarAndALoneStarMatchEverything() throws Exception {
        for (String q : List.of("*:*", "*", " *:* ")) {
            assertEquals(N, scan(SearchRequest.builder().query(q).build(), 5000).size(), q);
        }
        SearchResponse r = searcher.search(SearchRequest.builder()
                .query("*:* title:sanctions -about:KP")
                .size(0)
                .build());
        long expected = 0;
        for (int i = 0; i < N; i++) {
            expected += i % 3 == 0 && i % 2 == 1 ? 1 : 0;
        }
        assertEquals(expected, r.total(), "*:* combines with other clauses");
    }

    @Test
    void aBadQueryFailsBeforeTheFirstMatch() {
        List<BriefingViews.Hit> seen = new ArrayList<>();
        assertThrows(
                InvalidRequestException.class,
                () -> new MatchScanner(searcher)
                        .scan(SearchRequest.builder().query("title:(").build(), seen::add));
        assertTrue(seen.isEmpty());
    }
}
