package org.briefings.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefings.Briefing;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.LuceneIndex;
import org.briefings.testing.Briefings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingSearcherTest {

    @TempDir
    static Path dir;

    static LuceneIndex index;
    static BriefingSearcher searcher;

    @BeforeAll
    static void indexSomeBriefings() throws Exception {
        index = LuceneIndex.open(dir.resolve("index"));
        List<Briefing> all = List.of(
                Briefings.of(
                        "North Korea sanctions bite",
                        "Sanctions on North Korea cut coal exports. Pyongyang said little.",
                        "2019-04-11",
                        List.of("KP"),
                        List.of("US", "CN"),
                        List.of("Kim Jong Un")),
                Briefings.of(
                        "Talks in Hanoi collapse",
                        "The summit between the United States and North Korea ended early over sanctions relief.",
                        "2019-02-28",
                        List.of("KP", "US"),
                        List.of("VN"),
                        List.of("Kim Jong Un", "Donald Trump")),
                Briefings.of(
                        "Iran oil exports",
                        "Iran sells crude to China despite sanctions.",
                        "2020-06-01",
                        List.of("IR"),
                        List.of("CN"),
                        List.of()),
                Briefings.of(
                        "Venezuela's <script>alert(1)</script> crisis",
                        "Sanctions and hyperinflation in Venezuela.",
                        "2021-01-15",
                        List.of("VE"),
                        List.of("US"),
                        List.of()),
                Briefings.of(
                        "Nigeria's elections",
                        "Voters in Nigeria go to the polls.",
                        "2023-02-25",
                        List.of("NG"),
                        List.of(),
                        List.of()));
        for (Briefing b : all) {
            index.replaceFile(b.sourcePath(), List.of(b), new BriefingDocuments.FileInfo(b.id(), b.sourcePath(), 1, 1));
        }
        index.refresh();
        searcher = new BriefingSearcher(index, new GazetteerCountryCodes(Gazetteer.load()));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchResponse search(SearchRequest.Builder b) throws Exception {
        return searcher.search(b.build());
    }

    private static Map<String, Long> facet(SearchResponse r, String dim) {
        return r.facets().stream().filter(f -> f.dim().equals(dim)).findFirst().orElseThrow().values().stream()
                .collect(Collectors.toMap(SearchResponse.FacetValue::value, SearchResponse.FacetValue::count));
    }

    @Test
    void stemmedWordsMatchAndTitlesRankFirst() throws Exception {
        SearchResponse r = search(SearchRequest.builder().query("sanction"));
        assertEquals(4, r.total());
        assertTrue(r.totalExact());
        assertEquals("North Korea sanctions bite", r.hits().get(0).title());
    }

    @Test
    void aCountryFilterNarrowsHitsButKeepsTheOtherValuesCountsInItsFacet() throws Exception {
        SearchResponse r = search(SearchRequest.builder().query("sanctions").filter("about", "KP"));
        assertEquals(2, r.total());
        Map<String, Long> about = facet(r, "about");
        assertEquals(2L, about.get("KP"));
        assertEquals(1L, about.get("IR"), "drill-sideways: other about-countries keep their counts");
        assertEquals(1L, about.get("VE"));
        Map<String, Long> mentioned = facet(r, "country");
        assertNull(mentioned.get("IR"), "other facets are narrowed by the about filter");
        assertEquals(2L, mentioned.get("KP"));
    }

    @Test
    void aSelectedValueOutsideTheTopValuesStillCarriesItsRealCount() throws Exception {
        SearchResponse r = search(SearchRequest.builder()
                .query("sanctions")
                .filter("country", "VN")
                .facetLimit(1));
        List<SearchResponse.FacetValue> values = r.facets().stream()
                .filter(f -> f.dim().equals("country"))
                .findFirst()
                .orElseThrow()
                .values();
        assertEquals(2, values.size(), "the top value and the selected one: " + values);
        SearchResponse.FacetValue vn =
                values.stream().filter(v -> v.value().equals("VN")).findFirst().orElseThrow();
        assertTrue(vn.selected());
        assertEquals(1L, vn.count(), "Vietnam is mentioned in one briefing about sanctions");
    }

    @Test
    void valuesWithinAFacetAreOredAndFacetsAnded() throws Exception {
        SearchResponse or = search(SearchRequest.builder().filter("about", "KP").filter("about", "IR"));
        assertEquals(3, or.total());
        SearchResponse and =
                search(SearchRequest.builder().filter("about", "KP").filter("country", "VN"));
        assertEquals(1, and.total());
        assertEquals("Talks in Hanoi collapse", and.hits().get(0).title());
    }

    @Test
    void countryNamesAndCodesAreTheSameQuery() throws Exception {
        long byName =
                search(SearchRequest.builder().query("country:\"North Korea\"")).total();
        long byCode = search(SearchRequest.builder().query("country:KP")).total();
        long byFilter =
                search(SearchRequest.builder().filter("country", "north korea")).total();
        assertEquals(2, byCode);
        assertEquals(byCode, byName);
        assertEquals(byCode, byFilter);
    }

    @Test
    void aDateRangeAtYearPrecisionCoversTheWholeYear() throws Exception {
        SearchResponse r = search(
                SearchRequest.builder().from(DateRange.start("from", "2019")).to(DateRange.end("to", "2019")));
        assertEquals(2, r.total());
        SearchResponse month = search(
                SearchRequest.builder().from(DateRange.start("from", "2019-04")).to(DateRange.end("to", "2019-04")));
        assertEquals(1, month.total());
        assertEquals(List.of(new SearchResponse.Bucket("2019-04", 1)), month.timeline());
    }

    @Test
    void newestFirstSortsByPublicationDate() throws Exception {
        SearchResponse r = search(SearchRequest.builder().sort(SortOrder.NEWEST).size(5));
        List<String> dates = r.hits().stream().map(h -> h.published().date()).toList();
        assertEquals(List.of("2023-02-25", "2021-01-15", "2020-06-01", "2019-04-11", "2019-02-28"), dates);
    }

    @Test
    void theCursorPagesThroughEveryHitOnceInEachOrder() throws Exception {
        for (SortOrder order : SortOrder.values()) {
            Set<String> seen = new HashSet<>();
            List<String> sequence = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                SearchResponse r =
                        search(SearchRequest.builder().size(2).sort(order).cursor(cursor));
                r.hits().forEach(h -> {
                    sequence.add(h.id());
                    assertTrue(seen.add(h.id()), "no repeats in " + order);
                });
                cursor = r.nextCursor();
                pages++;
            } while (cursor != null && pages < 10);
            assertEquals(5, seen.size(), "no gaps in " + order);
        }
    }

    @Test
    void snippetsMarkMatchesAndEscapeEverythingElse() throws Exception {
        SearchResponse r = search(SearchRequest.builder().query("hyperinflation"));
        assertEquals(1, r.total());
        String snippet = r.hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>hyperinflation</mark>"), snippet);
        SearchResponse t = search(SearchRequest.builder().query("title:crisis"));
        assertFalse(t.hits().get(0).snippet().contains("<script>"));
    }

    @Test
    void aSyntaxErrorSaysWhere() {
        InvalidRequestException e = assertThrows(
                InvalidRequestException.class,
                () -> search(SearchRequest.builder().query("sanctions AND (iran")));
        assertEquals("q", e.parameter());
        assertTrue(e.getMessage().contains("column"), e.getMessage());
    }

    @Test
    void unknownFieldsCountriesAndFiltersAreNamed() {
        assertTrue(assertThrows(
                        InvalidRequestException.class,
                        () -> search(SearchRequest.builder().query("colour:red")))
                .getMessage()
                .contains("colour"));
        assertTrue(assertThrows(
                        InvalidRequestException.class,
                        () -> search(SearchRequest.builder().filter("about", "Atlantis")))
                .getMessage()
                .contains("Atlantis"));
        assertEquals(
                "colour",
                assertThrows(
                                InvalidRequestException.class,
                                () -> search(SearchRequest.builder().filter("colour", "red")))
                        .parameter());
        assertEquals(
                "cursor",
                assertThrows(
                                InvalidRequestException.class,
                                () -> search(SearchRequest.builder().cursor("garbage!")))
                        .parameter());
        assertEquals(
                "size",
                assertThrows(
                                InvalidRequestException.class,
                                () -> SearchRequest.builder().size(-1).build())
                        .parameter());
    }

    @Test
    void aYearOrMonthNoBriefingCanCarryIsA400NotAnEmptyAnswer() throws Exception {
        for (String[] bad : List.of(
                new String[] {"year", "abc"},
                new String[] {"year", "2019-04"},
                new String[] {"month", "2019-13"},
                new String[] {"month", "2019"},
                new String[] {"month", "April 2019"})) {
            InvalidRequestException e = assertThrows(
                    InvalidRequestException.class,
                    () -> search(SearchRequest.builder().filter(bad[0], bad[1])),
                    bad[0] + "=" + bad[1]);
            assertEquals(bad[0], e.parameter());
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
        assertEquals(2, search(SearchRequest.builder().filter("year", "2019")).total());
        assertEquals(
                2, search(SearchRequest.builder().filter("year", " 02019 ")).total(), "the same year");
        assertEquals(
                1, search(SearchRequest.builder().filter("month", "2019-04")).total());
        assertEquals(
                1, search(SearchRequest.builder().filter("month", "2019-4")).total(), "the same month");
    }

    @Test
    void personFieldMatchesWordsOfNames() throws Exception {
        assertEquals(1, search(SearchRequest.builder().query("person:trump")).total());
        assertEquals(
                2,
                search(SearchRequest.builder().filter("person", "Kim Jong Un")).total());
    }

    @Test
    void publishedRangesWorkInQueryText() throws Exception {
        assertEquals(
                3,
                search(SearchRequest.builder().query("published:[2019 TO 2020]"))
                        .total());
        assertEquals(LocalDate.of(2020, 2, 29), DateRange.end("to", "2020-02"));
    }
}
