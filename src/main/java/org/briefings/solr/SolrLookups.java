package org.briefings.solr;

import static org.briefings.index.BriefingSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.briefings.Briefing;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingIndex;
import org.briefings.index.FacetDimension;

/**
 * The look-ups of {@link SolrIndex} by id, file and flag: a briefing by id, a file's briefings by
 * its content hash, what reconciliation knows of each indexed file, and counts; each one query (or
 * a cursorMark walk for the lists that grow with the collection).
 */
final class SolrLookups {

    private static final int PAGE = 5_000;

    private final SolrRequests solr;

    SolrLookups(SolrRequests solr) {
        this.solr = solr;
    }

    Optional<Briefing> get(String id) throws IOException {
        SolrDocument d = solr.first(SolrRequests.term(ID, id), SolrDocuments.FULL_FIELDS);
        return d == null ? Optional.empty() : Optional.of(BriefingDocuments.fromDocument(SolrDocuments.stored(d)));
    }

    boolean contains(String id) throws IOException {
        return solr.numFound(SolrRequests.term(ID, id)) > 0;
    }

    boolean containsFile(String fileId) throws IOException {
        return solr.numFound(SolrRequests.term(FILE_ID, fileId)) > 0;
    }

    int countTagged(FacetDimension dim, String value) throws IOException {
        return (int) solr.numFound(SolrRequests.term(taggedField(dim), value));
    }

    long countFlagged(FacetDimension flag) throws IOException {
        return solr.numFound(SolrRequests.term(flag.dim(), FLAG_SET));
    }

    int count() throws IOException {
        return (int) solr.numFound("*:*");
    }

    BriefingIndex.FileBriefings briefingsOfFile(String fileId) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrRequests.term(FILE_ID, fileId));
        p.set("fl", SolrDocuments.FULL_FIELDS);
        p.set("rows", 10_000);
        String path = null;
        List<Briefing> briefings = new ArrayList<>();
        for (SolrDocument d : solr.query(p).getResults()) {
            Document stored = SolrDocuments.stored(d);
            path = path == null ? stored.get(FILE_PATH) : path;
            briefings.add(BriefingDocuments.fromDocument(stored));
        }
        return briefings.isEmpty() ? null : new BriefingIndex.FileBriefings(path, briefings);
    }

    Map<String, BriefingDocuments.FileInfo> indexedFiles() throws IOException {
        Map<String, BriefingDocuments.FileInfo> files = new HashMap<>();
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("fl", String.join(",", FILE_ID, FILE_PATH, FILE_SIZE, FILE_MTIME));
        solr.walk(p, PAGE, d -> {
            BriefingDocuments.FileInfo f = BriefingDocuments.fileInfo(SolrDocuments.stored(d));
            files.putIfAbsent(f.filePath(), f);
        });
        return files;
    }

    Set<String> needsOcrPaths() throws IOException {
        Set<String> paths = new HashSet<>();
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrRequests.term(FacetDimension.NEEDS_OCR.dim(), FLAG_SET));
        p.set("fl", FILE_PATH);
        solr.walk(p, PAGE, d -> paths.add(SolrDocuments.stored(d).get(FILE_PATH)));
        return paths;
    }
}
