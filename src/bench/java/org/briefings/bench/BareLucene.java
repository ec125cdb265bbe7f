package org.briefings.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline every engine figure is divided by: the same texts in plain Lucene, the way a
 * Lucene tutorial would index them. Title and body as stored {@link TextField}s with the same
 * {@link EnglishAnalyzer}, the same 64 MB RAM buffer and the same commit as {@code LuceneIndex};
 * no Tika, no enrichment, no offsets, no summary, no stored JSON record, no doc-values.
 *
 * <p>For the search benchmark the baseline also carries what its queries need to give the same
 * hits: the country codes as keyword terms and the publication day as a point, so that
 * {@code country:KP} and date ranges are answerable. A second variant adds plain
 * {@link SortedSetDocValuesFacetField}s for the same dimensions, which separates the cost of
 * faceting itself from everything else the engine does per search.
 */
final class BareLucene {

    static final String TITLE = "title";
    static final String BODY = "body";
    static final String COUNTRY = "country";
    static final String PUBLISHED = "published";
    /** Facet dimensions of the faceted baseline: the engine's. */
    static final List<String> DIMS =
            List.of("about", "country", "person", "org", "language", "format", "year", "month");

    private static final FacetsConfig FACETS = facetsConfig();

    private BareLucene() {}

    /** English analysis for text, exact codes for {@code country:}. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(COUNTRY, new KeywordAnalyzer()));
    }

    static FacetsConfig facets() {
        return FACETS;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of("about", "country", "person", "org")) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    static IndexWriter openWriter(Path dir) throws IOException {
        return openWriter(dir, analyzer());
    }

    /** A new index in {@code dir} with {@code analyzer}, set up as {@code LuceneIndex} sets up its writer. */
    static IndexWriter openWriter(Path dir, Analyzer analyzer) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(64); // as LuceneIndex
        return new IndexWriter(FSDirectory.open(dir), config);
    }

    /** Title and body, nothing else: the ingest baseline. */
    static Document textDocument(String title, String body) {
        return textDocument(title, body, false);
    }

    /**
     * A stored body with its words' character offsets in the postings, as a Lucene user who shows
     * highlighted snippets indexes it (the engine does the same): the highlighter then reads where
     * each matched word is instead of analysing the text again.
     */
    private static final FieldType BODY_WITH_OFFSETS = bodyWithOffsets();

    private static FieldType bodyWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static Document textDocument(String title, String body, boolean offsets) {
        Document doc = new Document();
        doc.add(new TextField(TITLE, title == null ? "" : title, Field.Store.YES));
        doc.add(offsets ? new Field(BODY, body, BODY_WITH_OFFSETS) : new TextField(BODY, body, Field.Store.YES));
        return doc;
    }

    /**
     * The search baseline's document: title, body, country codes and publication day; with
     * {@code facets}, also sorted-set facet fields for the engine's dimensions; with {@code offsets}
     * (only with facets), the body's offsets in the postings for highlighting.
     */
    static Document searchDocument(
            String title,
            String body,
            Collection<String> countries,
            Collection<String> about,
            Collection<String> people,
            Collection<String> organisations,
            String language,
            String format,
            LocalDate published,
            boolean facets,
            boolean offsets)
            throws IOException {
        Document doc = textDocument(title, body, offsets);
        for (String c : countries) {
            doc.add(new StringField(COUNTRY, c, Field.Store.NO));
        }
        doc.add(new LongPoint(PUBLISHED, published.toEpochDay()));
        if (!facets) {
            return doc;
        }
        for (String c : countries) {
            doc.add(new SortedSetDocValuesFacetField("country", c));
        }
        for (String c : about) {
            doc.add(new SortedSetDocValuesFacetField("about", c));
        }
        for (String p : people) {
            doc.add(new SortedSetDocValuesFacetField("person", p));
        }
        for (String o : organisations) {
            doc.add(new SortedSetDocValuesFacetField("org", o));
        }
        doc.add(new SortedSetDocValuesFacetField("language", language));
        doc.add(new SortedSetDocValuesFacetField("format", format));
        doc.add(new SortedSetDocValuesFacetField("year", String.valueOf(published.getYear())));
        doc.add(new SortedSetDocValuesFacetField("month", published.toString().substring(0, 7)));
        return FACETS.build(doc);
    }
}
