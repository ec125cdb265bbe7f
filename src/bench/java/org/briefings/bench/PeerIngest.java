package org.briefings.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefings.ingest.ParserIsolation;

/**
 * The peers part's ingest comparison (issue 16): the CRS PDFs through Solr's extraction handler
 * (Solr Cell 8.11.4, {@link SolrCellPeer}: Tika inside Solr's JVM, the text indexed into the
 * engine's schema; Solr 9's extraction module is not on Maven Central) beside the engine's own batch path, {@code BriefingEngine.reconcile} of the same files
 * into a new index (Tika in parser processes, enrichment, copy grouping, commit), in the same run.
 * Each runs twice: the first pass starts cold (Solr's Tika classes loaded on the first file; the
 * engine's parser processes started), the second is warmer. Both use one client or ingest thread
 * per core, and both end with a commit.
 */
final class PeerIngest {

    /**
     * The figures: milliseconds per pass for each system, the briefings the engine made, and Solr
     * Cell's passes (with the files it refused); {@code failure} when a system could not be measured.
     */
    record Result(
            int files,
            long bytes,
            int threads,
            List<Double> engineMs,
            int engineBriefings,
            List<SolrCellPeer.Ingested> cell,
            String failure) {}

    static final int PASSES = 2;

    static Result run(BenchOptions o, Path work) throws Exception {
        List<Path> files = Corpora.files(o.data(), Corpora.CRS, 0);
        if (files.isEmpty()) {
            return new Result(
                    0, 0, 0, List.of(), 0, List.of(), "no CRS PDFs under " + Corpora.root(o.data(), Corpora.CRS));
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<Double> engineMs = new ArrayList<>();
        int briefings = 0;
        for (int pass = 1; pass <= PASSES; pass++) {
            IngestRun.Reconciled r = IngestRun.reconcile(Corpora.CRS, work, files, threads, ParserIsolation.defaults());
            engineMs.add(r.ms());
            briefings = r.briefings();
            BenchMain.log("peers: engine reconcile of %d CRS PDFs, pass %d: %.1f s", files.size(), pass, r.ms() / 1e3);
        }
        List<SolrCellPeer.Ingested> cell = new ArrayList<>();
        String failure = null;
        try (SolrCellPeer solr = SolrCellPeer.start(o.project(), work, o.heap())) {
            for (int pass = 1; pass <= PASSES; pass++) {
                SolrCellPeer.Ingested in = solr.ingest(files, threads);
                cell.add(in);
                BenchMain.log(
                        "peers: Solr Cell, %d CRS PDFs, pass %d: %.1f s, %d refused, %d indexed",
                        files.size(), pass, in.ms() / 1e3, in.refused(), in.indexed());
            }
        } catch (Exception e) {
            String why = String.valueOf(e);
            failure = "Solr Cell not measured: " + why.substring(0, Math.min(300, why.length()));
            BenchMain.log("peers: %s", failure);
        }
        return new Result(files.size(), Corpora.bytes(files), threads, engineMs, briefings, cell, failure);
    }

    private PeerIngest() {}
}
