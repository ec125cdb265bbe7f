package org.briefings.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The files whose briefings are scans indexed unread (the {@link FacetDimension#NEEDS_OCR} flag):
 * a reconciliation run where OCR has become available extracts them again although their bytes
 * have not changed, so installing Tesseract and restarting (or {@code index}) is enough.
 */
final class NeedsOcrFiles {

    static Set<String> paths(IndexSearcher searcher) throws IOException {
        {
            DrillDownQuery q = new DrillDownQuery(BriefingSchema.facetsConfig());
            q.add(FacetDimension.NEEDS_OCR.dim(), BriefingSchema.FLAG_SET);
            int n = Math.max(1, searcher.count(q));
            TopDocs top = searcher.search(q, n);
            Set<String> paths = new HashSet<>();
            for (ScoreDoc d : top.scoreDocs) {
                Document doc = searcher.storedFields().document(d.doc, Set.of(BriefingSchema.FILE_PATH));
                paths.add(doc.get(BriefingSchema.FILE_PATH));
            }
            return paths;
        }
    }

    private NeedsOcrFiles() {}
}
