package org.briefings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.briefings.Briefing;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.LuceneIndex;
import org.briefings.testing.Briefings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One entity, one facet value: the canonical name is the value, every surface form finds it. */
class EntityVariantSearchTest {

    @TempDir
    static Path dir;

    static LuceneIndex index;
    static BriefingSearcher searcher;

    @BeforeAll
    static void indexABriefingWhoseEntitiesHaveVariants() throws Exception {
        String body = "The Korean Workers' Party (KWP) met. Mr. Kim spoke. The KWP agreed.";
        Briefing plain = Briefings.of("Party congress", body, "2021-01-10", List.of("KP"), List.of(), List.of());
        Briefing b = new Briefing(
                plain.id(),
                plain.sourcePath(),
                null,
                plain.mediaType(),
                plain.format(),
                plain.title(),
                plain.summary(),
                body,
                "en",
                plain.published(),
                plain.countries(),
                List.of(new EntityMention("Kim Jong Un", 1, List.of(span(body, "Kim")))),
                List.of(new EntityMention(
                        "Korean Workers' Party", 2, List.of(span(body, "Korean Workers' Party"), span(body, "KWP")))),
                List.of(),
                null,
                body.length(),
                plain.ingestedAt());
        index = LuceneIndex.open(dir.resolve("index"));
        index.replaceFile(b.sourcePath(), List.of(b), new BriefingDocuments.FileInfo(b.id(), b.sourcePath(), 1, 1));
        index.refresh();
        searcher = new BriefingSearcher(index, new GazetteerCountryCodes(Gazetteer.load()));
    }

    private static Span span(String body, String text) {
        int at = body.indexOf(text);
        return new Span(Span.BODY, at, at + text.length(), text);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static long total(String query) throws Exception {
        return searcher.search(SearchRequest.builder().query(query).build()).total();
    }

    @Test
    void anAcronymFoundInTheTextFindsTheOrganisationByItsCanonicalName() throws Exception {
        assertEquals(1, total("org:kwp"));
        assertEquals(1, total("org:\"workers party\""));
    }

    @Test
    void theFacetCarriesOnlyTheCanonicalName() throws Exception {
        SearchResponse r =
                searcher.search(SearchRequest.builder().query("party").build());
        List<String> orgs = r.facets().stream()
                .filter(f -> f.dim().equals("org"))
                .flatMap(f -> f.values().stream())
                .map(SearchResponse.FacetValue::value)
                .toList();
        assertEquals(List.of("Korean Workers' Party"), orgs);
    }

    @Test
    void aVariantWordOutsideTheNameFindsNothingElse() throws Exception {
        assertEquals(1, total("person:kim"));
        assertEquals(0, total("org:kim"));
    }
}
