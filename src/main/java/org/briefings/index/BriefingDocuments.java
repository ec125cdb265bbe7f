package org.briefings.index;

import static org.briefings.index.BriefingSchema.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.DateMention;
import org.briefings.EntityMention;
import org.briefings.Json;
import org.briefings.Span;

/**
 * Converts a {@link Briefing} to a Lucene {@link Document} and back. Each field choice is
 * explained where it is made; the field names come from {@link BriefingSchema}.
 */
public final class BriefingDocuments {

    /** Body and summary: stored, positions and offsets indexed so the highlighter skips re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public record FileInfo(String fileId, String filePath, long size, long mtime) {}

    /** The countries, people and organisations as tagged, stored when curation changed them. */
    record Tagged(List<CountryMention> countries, List<EntityMention> people, List<EntityMention> organisations) {}

    /** Where a briefing stands in copy grouping ({@link CopyGroups}): its group's first member, and whether grouping has still to look at it. */
    public record CopyState(String group, boolean pending) {
        /** A briefing just ingested: alone in its copy group until grouped. */
        public static CopyState ungrouped(String id) {
            return new CopyState(id, true);
        }

        /**
         * The place of a briefing whose stored record says {@code storedGroup}, kept through a
         * rewrite (curation does not change the text copies are found by). A briefing first in its
         * own group is marked pending again: the stored record cannot tell whether grouping has
         * already looked at it, and the next pass is cheap.
         */
        public static CopyState kept(String storedGroup, String id) {
            return storedGroup == null || storedGroup.equals(id) ? ungrouped(id) : new CopyState(storedGroup, false);
        }
    }

    /** Builds the Lucene document for a briefing just ingested, as tagged, with no curation. */
    public static Document toDocument(Briefing b, FileInfo file) {
        return toDocument(b, file, FacetCuration.NONE);
    }

    /** Builds the Lucene document for a briefing just ingested: alone in its copy group until grouped. */
    public static Document toDocument(Briefing tagged, FileInfo file, FacetCuration curation) {
        return toDocument(tagged, file, curation, CopyState.ungrouped(tagged.id()));
    }

    /**
     * Builds the Lucene document for one briefing: {@code tagged} is what the taggers found; the
     * facets, filters and stored record hold what {@code curation} makes of it, and the tagged
     * values are kept (as keywords always, stored when they differ) so rules can be applied or
     * undone later from the index alone. {@code copy} is its place in copy grouping, kept when a
     * document is rewritten (by curation or by grouping).
     */
    public static Document toDocument(Briefing tagged, FileInfo file, FacetCuration curation, CopyState copy) {
        Briefing b = curation.apply(tagged);
        Document doc = new Document();
        addTagged(doc, tagged);
        if (b != tagged) {
            doc.add(new StringField(CURATED, "1", Field.Store.NO));
            doc.add(new StoredField(
                    TAGGED, json(new Tagged(tagged.countries(), tagged.people(), tagged.organisations()))));
        }
        doc.add(new StringField(ID, b.id(), Field.Store.YES));
        // doc values on the id give a stable tie-break for sorting and cursor paging
        doc.add(new SortedDocValuesField(ID, new BytesRef(b.id())));
        doc.add(new StringField(FILE_ID, file.fileId(), Field.Store.YES));
        doc.add(new StringField(FILE_PATH, file.filePath(), Field.Store.YES));
        doc.add(new StoredField(FILE_SIZE, file.size()));
        doc.add(new StoredField(FILE_MTIME, file.mtime()));
        if (b.containerId() != null) {
            doc.add(new StringField(CONTAINER_ID, b.containerId(), Field.Store.YES));
        }
        doc.add(new TextField(TITLE, b.title(), Field.Store.YES));
        if (!b.titleSource().repeatsBody()) {
            // a first line used as the title is already in the body: ranking must not count it twice
            doc.add(new TextField(RANKED_TITLE, b.title(), Field.Store.NO));
        }
        doc.add(new Field(SUMMARY, b.summary(), TEXT_WITH_OFFSETS));
        doc.add(new Field(BODY, b.body(), TEXT_WITH_OFFSETS));

        Set<String> countries = new LinkedHashSet<>();
        for (CountryMention c : b.countries()) {
            if (countries.add(c.code())) {
                doc.add(new StringField(COUNTRY, c.code(), Field.Store.NO));
                doc.add(facet(FacetDimension.COUNTRY, c.code()));
            }
            if (c.about()) {
                doc.add(new StringField(ABOUT, c.code(), Field.Store.NO));
                doc.add(facet(FacetDimension.ABOUT, c.code()));
            }
        }
        addEntities(doc, b.people(), PERSON, PERSON_TEXT, FacetDimension.PERSON);
        addEntities(doc, b.organisations(), ORG, ORG_TEXT, FacetDimension.ORG);

        doc.add(new StringField(LANGUAGE, b.language(), Field.Store.NO));
        doc.add(facet(FacetDimension.LANGUAGE, b.language()));
        doc.add(new StringField(FORMAT, b.format(), Field.Store.NO));
        doc.add(facet(FacetDimension.FORMAT, b.format()));
        if (b.ocr()) {
            doc.add(facet(FacetDimension.OCR, FLAG_SET));
        }
        if (b.needsOcr()) {
            doc.add(facet(FacetDimension.NEEDS_OCR, FLAG_SET));
        }

        if (b.published() == null) {
            // no point, no year, no month: date ranges never match it and the timeline leaves it out
            doc.add(facet(FacetDimension.UNDATED, FLAG_SET));
        } else {
            long day = b.published().date().toEpochDay();
            doc.add(new LongPoint(PUBLISHED, day));
            doc.add(new NumericDocValuesField(PUBLISHED, day));
            doc.add(facet(
                    FacetDimension.YEAR, String.valueOf(b.published().date().getYear())));
            doc.add(facet(FacetDimension.MONTH, b.published().date().toString().substring(0, 7)));
        }
        for (DateMention d : b.datesMentioned()) {
            doc.add(new LongRange(EVENT_DATES, new long[] {d.start().toEpochDay()}, new long[] {
                d.end().toEpochDay()
            }));
        }
        addCopyFields(doc, b, copy);
        doc.add(new StoredField(SOURCE, sourceJson(b)));
        try {
            return facetsConfig().build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The MinHash signature and bands of the body, and the copy group (see {@link CopyGroups}). */
    private static void addCopyFields(Document doc, Briefing b, CopyState copy) {
        int[] sig = MinHash.signature(b.body());
        if (sig != null) {
            for (String band : MinHash.bands(sig)) {
                doc.add(new StringField(COPY_BAND, band, Field.Store.NO));
            }
            doc.add(new StoredField(COPY_SIGNATURE, MinHash.toBytes(sig)));
        }
        doc.add(new StringField(COPY_GROUP, copy.group(), Field.Store.YES));
        // doc values on the group let the searcher fold a page of hits by group without stored-field reads
        doc.add(new SortedDocValuesField(COPY_GROUP, new BytesRef(copy.group())));
        doc.add(new StringField(COPY_ROLE, copy.group().equals(b.id()) ? "first" : "copy", Field.Store.NO));
        doc.add(new NumericDocValuesField(COPY_PENDING, copy.pending() ? 1 : 0));
    }

    private static void addTagged(Document doc, Briefing tagged) {
        Set<String> seen = new LinkedHashSet<>();
        for (CountryMention c : tagged.countries()) {
            if (seen.add(c.code())) {
                doc.add(new StringField(COUNTRY_TAGGED, c.code(), Field.Store.NO));
            }
        }
        for (EntityMention p : tagged.people()) {
            if (p.name() != null && seen.add("p\u0000" + p.name())) {
                doc.add(new StringField(PERSON_TAGGED, p.name(), Field.Store.NO));
            }
        }
        for (EntityMention o : tagged.organisations()) {
            if (o.name() != null && seen.add("o\u0000" + o.name())) {
                doc.add(new StringField(ORG_TAGGED, o.name(), Field.Store.NO));
            }
        }
    }

    /**
     * The canonical name is the facet value and the exact key; it and every other surface form of
     * the entity in the briefing (its spans: "KWP", "Mr. Kim", "Abiy") are searchable words of the
     * text field, so {@code org:kwp} finds the briefing whose facet says "Korean Workers' Party".
     */
    private static void addEntities(
            Document doc, List<EntityMention> entities, String keyField, String textField, FacetDimension dim) {
        Set<String> seen = new LinkedHashSet<>();
        for (EntityMention e : entities) {
            String name = e.name();
            if (name == null || name.isBlank() || !seen.add(name)) {
                continue;
            }
            doc.add(new StringField(keyField, name, Field.Store.NO));
            doc.add(new TextField(textField, name, Field.Store.NO));
            doc.add(facet(dim, name));
            Set<String> variants = new LinkedHashSet<>();
            for (Span s : e.spans()) {
                String variant = SPACES.matcher(s.text()).replaceAll(" ").strip();
                if (!variant.equalsIgnoreCase(name) && variants.add(variant)) {
                    doc.add(new TextField(textField, variant, Field.Store.NO));
                }
            }
        }
    }

    private static SortedSetDocValuesFacetField facet(FacetDimension dim, String value) {
        return new SortedSetDocValuesFacetField(dim.dim(), value);
    }

    /**
     * Reads a briefing back as the taggers found it: its countries, people and organisations
     * before any curation, for applying the rules again.
     */
    public static Briefing taggedFromDocument(Document doc) {
        Briefing curated = fromDocument(doc);
        String tagged = doc.get(TAGGED);
        if (tagged == null) {
            return curated;
        }
        try {
            Tagged t = Json.MAPPER.readValue(tagged, Tagged.class);
            return curated.withEntities(t.countries(), t.people(), t.organisations());
        } catch (IOException e) {
            throw new UncheckedIOException("stored tagged values are not readable JSON", e);
        }
    }

    /** Where the briefing's file lives, from the stored bookkeeping fields. */
    public static FileInfo fileInfo(Document d) {
        return new FileInfo(
                d.get(FILE_ID),
                d.get(FILE_PATH),
                d.getField(FILE_SIZE).numericValue().longValue(),
                d.getField(FILE_MTIME).numericValue().longValue());
    }

    /** Reads a briefing back from its stored fields (the body from its own stored field), as curated. */
    public static Briefing fromDocument(Document doc) {
        try {
            Briefing stored = Json.MAPPER.readValue(doc.get(SOURCE), Briefing.class);
            String body = doc.get(BODY);
            return new Briefing(
                    stored.id(),
                    stored.sourcePath(),
                    stored.containerId(),
                    stored.mediaType(),
                    stored.format(),
                    stored.title(),
                    stored.summary(),
                    body == null ? "" : body,
                    stored.language(),
                    stored.published(),
                    stored.countries(),
                    stored.people(),
                    stored.organisations(),
                    stored.datesMentioned(),
                    stored.metadata(),
                    stored.sizeBytes(),
                    stored.ingestedAt(),
                    stored.titleSource());
        } catch (IOException e) {
            throw new UncheckedIOException("stored briefing is not readable JSON", e);
        }
    }

    /** The stored record without its body, which has its own stored field for the highlighter. */
    static String sourceJson(Briefing b) {
        Briefing withoutBody = new Briefing(
                b.id(),
                b.sourcePath(),
                b.containerId(),
                b.mediaType(),
                b.format(),
                b.title(),
                b.summary(),
                "",
                b.language(),
                b.published(),
                b.countries(),
                b.people(),
                b.organisations(),
                b.datesMentioned(),
                b.metadata(),
                b.sizeBytes(),
                b.ingestedAt(),
                b.titleSource());
        return json(withoutBody);
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("briefing cannot be written as JSON", e);
        }
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private BriefingDocuments() {}
}
