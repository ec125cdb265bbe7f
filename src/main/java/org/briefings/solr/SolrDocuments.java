package org.briefings.solr;

import static org.briefings.index.BriefingSchema.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.FacetDimension;
import org.briefings.semantic.Passages;

/**
 * A briefing as a Solr document, made from the very Lucene {@link Document} the embedded index
 * writes ({@link BriefingDocuments#toDocument}), so there is one mapping from a briefing to its
 * fields; and back, through the same stored record.
 */
final class SolrDocuments {

    /** The stored fields a hit, a briefing view or a curation rewrite reads. */
    static final String RECORD_FIELDS = String.join(",", ID, SOURCE);

    static final String FULL_FIELDS =
            String.join(",", ID, SOURCE, BODY, TAGGED, FILE_ID, FILE_PATH, FILE_SIZE, FILE_MTIME, COPY_GROUP);

    /**
     * The fields of a passage's vector and their count ({@link #carryVectors}): a rewrite from the
     * stored record reads them too, so semantic search keeps a briefing's vectors through curation
     * and copy grouping.
     */
    static final String VECTOR_FIELDS = vectorFields();

    /** What a rewrite from the stored record reads: the full record and the vectors. */
    static final String REWRITE_FIELDS = FULL_FIELDS + "," + VECTOR_FIELDS;

    private static final Set<String> DIMS = Set.copyOf(FacetDimension.dims());

    private static String vectorFields() {
        StringBuilder s = new StringBuilder(PASSAGE_COUNT);
        for (int i = 0; i < Passages.MAX_PASSAGES; i++) {
            s.append(',').append(PASSAGE_VECTOR).append(i);
        }
        return s.toString();
    }

    /** Sets the passage vectors of a briefing's document and their count. */
    static void setVectors(SolrInputDocument doc, List<float[]> vectors) {
        for (int i = 0; i < vectors.size() && i < Passages.MAX_PASSAGES; i++) {
            List<Float> values = new ArrayList<>(vectors.get(i).length);
            for (float f : vectors.get(i)) {
                values.add(f);
            }
            doc.setField(PASSAGE_VECTOR + i, values);
        }
        doc.setField(PASSAGE_COUNT, (long) Math.min(vectors.size(), Passages.MAX_PASSAGES));
    }

    /**
     * Copies the passage vectors (and their count) a document was read with ({@link
     * #REWRITE_FIELDS}) into its rewrite: a Solr update replaces the whole document, and the
     * briefing's text, so its vectors, did not change.
     */
    static SolrInputDocument carryVectors(SolrDocument from, SolrInputDocument to) {
        for (String name : VECTOR_FIELDS.split(",")) {
            Object v = from.getFieldValue(name);
            if (v instanceof Collection<?> c) {
                to.setField(name, new ArrayList<>(c)); // one vector: a list of floats
            } else if (v != null) {
                to.setField(name, v);
            }
        }
        return to;
    }

    static SolrInputDocument toSolr(Document doc) {
        Map<String, Set<Object>> values = new LinkedHashMap<>();
        for (IndexableField f : doc.getFields()) {
            String name = f.name();
            if (name.equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
                if (f.stringValue() != null) {
                    String[] path = FacetsConfig.stringToPath(f.stringValue());
                    if (path.length == 2 && DIMS.contains(path[0])) {
                        values.computeIfAbsent(path[0], k -> new LinkedHashSet<>())
                                .add(path[1]);
                    }
                }
            } else if (name.equals(PUBLISHED) || name.equals(COPY_PENDING)) {
                if (f instanceof NumericDocValuesField) {
                    values.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(f.numericValue());
                }
            } else if (f instanceof LongRange r) {
                String range =
                        "[" + LocalDate.ofEpochDay(r.getMin(0)) + " TO " + LocalDate.ofEpochDay(r.getMax(0)) + "]";
                values.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(range);
            } else if (f.stringValue() != null) {
                values.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(f.stringValue());
            } else if (f instanceof StoredField && f.numericValue() != null) {
                values.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(f.numericValue());
            } else if (f instanceof StoredField && f.binaryValue() != null) {
                BytesRef bytes = f.binaryValue(); // the copy signature
                values.computeIfAbsent(name, k -> new LinkedHashSet<>())
                        .add(Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
            }
            // doc values for sorting and the binary points are Solr's own business (docValues="true")
        }
        SolrInputDocument out = new SolrInputDocument();
        values.forEach((name, v) -> {
            for (Object o : v) {
                out.addField(name, o);
            }
        });
        return out;
    }

    /** The stored fields of a Solr document as a Lucene document, for {@link BriefingDocuments}. */
    static Document stored(SolrDocument d) {
        Document doc = new Document();
        for (String name : new String[] {ID, SOURCE, BODY, TAGGED, FILE_ID, FILE_PATH, COPY_GROUP}) {
            Object v = first(d.getFieldValue(name));
            if (v != null) {
                doc.add(new StoredField(name, v.toString()));
            }
        }
        for (String name : new String[] {FILE_SIZE, FILE_MTIME}) {
            Object v = first(d.getFieldValue(name));
            if (v instanceof Number n) {
                doc.add(new StoredField(name, n.longValue()));
            }
        }
        return doc;
    }

    private static Object first(Object v) {
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? null : c.iterator().next();
        }
        return v;
    }

    private SolrDocuments() {}
}
