package org.briefings.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Every field of the index, its analyzer, and the facet configuration, in one place. The rule
 * from Lucene's facet guide applies: the {@link FacetsConfig} used to search must be the one used
 * to index, so both come from here.
 */
public final class BriefingSchema {

    // --- identity and bookkeeping (exact, not analysed) ---
    /** Content hash of the briefing; the primary key. */
    /**
     * The schema's version, kept in each commit. An index written by another version lacks fields
     * (or has them analysed differently) that reconciliation cannot see, since it skips files whose
     * bytes did not change; {@link LuceneIndex} empties such an index so every file is indexed
     * again from corpus/. Raise it whenever a field, its analysis or the stored record changes.
     */
    // 3: undated; 4: tagged entity values kept for curation; 5: copy fields (MinHash bands, signature,
    // copy group); 6: the ocr and needs-ocr flags; 7: one-permutation MinHash signatures and bands
    public static final int VERSION = 7;

    public static final String ID = "id";
    /** Content hash of the file on disk the briefing came from (its own bytes, or its container's). */
    public static final String FILE_ID = "file_id";
    /** Corpus-relative path of the file on disk; deletions and reconciliation go by this. */
    public static final String FILE_PATH = "file_path";
    /** Size and modification time of that file when indexed: unchanged files are skipped without hashing. */
    public static final String FILE_SIZE = "file_size";

    public static final String FILE_MTIME = "file_mtime";
    /** Id of the archive or e-mail this briefing came out of. */
    public static final String CONTAINER_ID = "container_id";

    // --- full text (English analysis with stemming) ---
    /** Title, boosted most. */
    public static final String TITLE = "title";
    /**
     * The title again, for ranking, unless it is only a first line taken for want of a title: the
     * body already holds that line, and counting it twice would let its common words outrank the
     * rare word that identifies the briefing.
     */
    public static final String RANKED_TITLE = "title_ranked";
    /** Summary or lede, boosted over the body. */
    public static final String SUMMARY = "summary";
    /** The full text; stored with offsets for fast highlighting. */
    public static final String BODY = "body";

    // --- entities: exact keyword fields for filters, analysed twins for free-text field queries ---
    /** Every country mentioned, ISO alpha-2. */
    public static final String COUNTRY = "country";
    /** Countries the briefing is about, ISO alpha-2. */
    public static final String ABOUT = "about";
    /** People, canonical names. */
    public static final String PERSON = "person";
    /** Organisations, canonical names. */
    public static final String ORG = "org";
    /** Analysed copies so {@code person:trump} finds "Donald Trump". */
    public static final String PERSON_TEXT = "person_text";

    public static final String ORG_TEXT = "org_text";
    /** ISO 639-1 language. */
    public static final String LANGUAGE = "language";
    /** Short format name: pdf, docx, html, txt, md, eml. */
    public static final String FORMAT = "format";

    // --- dates ---
    /**
     * Publication date as epoch day: point for range filters, doc values for sorting. Undated
     * briefings have neither; they carry the {@link FacetDimension#UNDATED} facet instead.
     */
    public static final String PUBLISHED = "published";
    /** Periods the text talks about, as epoch-day ranges (LongRange), for "events in 2018" queries. */
    public static final String EVENT_DATES = "event_dates";

    // --- copies (see MinHash and CopyGroups) ---
    /** MinHash LSH band terms of the body: texts sharing one are candidate copies. */
    public static final String COPY_BAND = "copy_band";
    /** The MinHash signature itself (stored bytes): decides whether a candidate is a copy. */
    public static final String COPY_SIGNATURE = "copy_signature";
    /** Id of the copy group's first member (its own id when it has no copies); indexed, stored, doc values. */
    public static final String COPY_GROUP = "copy_group";
    /** {@code first} for a group's first member (and every briefing without copies), else {@code copy}. */
    public static final String COPY_ROLE = "copy_role";
    /** 1 while the briefing waits for copy grouping (numeric doc values, updated in place), else 0. */
    public static final String COPY_PENDING = "copy_pending";

    // --- semantic search on SolrCloud only: the embedded index keeps vectors apart (VectorStore) ---
    /**
     * Passage {@code i}'s vector is in the field {@code PASSAGE_VECTOR + i} (a dense vector field per
     * passage, since one cannot hold several), stored so rewrites carry it.
     */
    public static final String PASSAGE_VECTOR = "passage_vector_";
    /** How many passage vectors the briefing has; absent until they are written. */
    public static final String PASSAGE_COUNT = "passage_count";

    /** The briefing minus its body, as JSON, so a hit can be shown without re-enrichment. */
    public static final String SOURCE = "_source";

    // --- curation: the taggers' own values, kept beside the analyst's (see FacetCuration) ---
    /**
     * The countries, people and organisations as the taggers found them, as JSON; stored only when
     * a curation rule changed them ({@link #SOURCE} holds the curated ones), so undoing a rule
     * restores them without extracting the file again.
     */
    public static final String TAGGED = "_tagged";
    /** Marks ({@code "1"}) the briefings whose facets a rule changed: rechecked when the rules are loaded. */
    public static final String CURATED = "curated";
    /** The tagged values as exact keywords, so the briefings a new rule touches are found by a term query. */
    public static final String PERSON_TAGGED = "person_tagged";

    public static final String ORG_TAGGED = "org_tagged";
    public static final String COUNTRY_TAGGED = "country_tagged";

    /** The keyword field of tagged values for a curated dimension (person, org, country). */
    public static String taggedField(FacetDimension dim) {
        return switch (dim) {
            case PERSON -> PERSON_TAGGED;
            case ORG -> ORG_TAGGED;
            case COUNTRY -> COUNTRY_TAGGED;
            default -> throw new IllegalArgumentException("no curation of " + dim.dim());
        };
    }

    // --- facet dimensions: declared in FacetDimension ---
    /** The value a {@link FacetDimension.Kind#FLAG} dimension holds on the briefings that have it. */
    public static final String FLAG_SET = "true";

    /** Query-time boosts: a word in the title says more than one in the body. */
    public static final Map<String, Float> TEXT_BOOSTS = Map.of(TITLE, 3.0f, SUMMARY, 2.0f, BODY, 1.0f);

    private static final FacetsConfig FACETS = buildFacetsConfig();

    /** The facet configuration shared by indexing and search. */
    public static FacetsConfig facetsConfig() {
        return FACETS;
    }

    private static FacetsConfig buildFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (FacetDimension d : FacetDimension.values()) {
            config.setMultiValued(d.dim(), d.multiValued());
            config.setHierarchical(d.dim(), d.hierarchical());
        }
        return config;
    }

    /**
     * English analysis with stemming for text fields ("sanctions" finds "sanctioned"); standard
     * analysis without stemming for names, so "Moon" does not match "moons".
     */
    public static Analyzer analyzer() {
        Analyzer names = new StandardAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(PERSON_TEXT, names, ORG_TEXT, names));
    }

    private BriefingSchema() {}
}
