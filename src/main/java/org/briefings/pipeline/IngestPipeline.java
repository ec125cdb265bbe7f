package org.briefings.pipeline;

import java.io.Closeable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefings.Briefing;
import org.briefings.ExtractedText;
import org.briefings.enrich.Enricher;
import org.briefings.ingest.DocumentExtractor;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.Warning;

/**
 * File -> briefings: extract with Tika, then enrich each document. The same pipeline serves the
 * batch indexer, the folder watcher and HTTP uploads, so a document is treated the same however
 * it arrives. Whether Tika runs in this JVM or in child processes is the extractor's business.
 */
public final class IngestPipeline implements Closeable {

    private final DocumentExtractor extractor;
    private final Enricher enricher;

    public IngestPipeline(DocumentExtractor extractor, Enricher enricher) {
        this.extractor = extractor;
        this.enricher = enricher;
    }

    /** The briefings in one file, and what was cut or skipped along the way. */
    public record Result(String fileId, List<Briefing> briefings, List<Warning> warnings) {}

    public Result process(Path file, String sourcePath, String fileId) throws IngestException {
        return enrich(extract(file, sourcePath, fileId));
    }

    /**
     * The first half of {@link #process}: the file's text and metadata. A batch of files goes
     * through this for all of its files before {@link #enrich} (see {@link IngestChunks}).
     */
    public Extraction extract(Path file, String sourcePath, String fileId) throws IngestException {
        return extractor.extract(file, sourcePath, fileId);
    }

    /** The second half of {@link #process}: each extracted document enriched into a briefing. */
    public Result enrich(Extraction extraction) {
        Instant now = Instant.now();
        List<Briefing> briefings = new ArrayList<>();
        for (ExtractedText doc : extraction.documents()) {
            briefings.add(enricher.enrich(doc, now));
        }
        return new Result(extraction.fileId(), briefings, extraction.warnings());
    }

    /** The limits every file is extracted under. */
    public ExtractionLimits limits() {
        return extractor.limits();
    }

    /** How parsing runs and what it has cost so far (see {@link DocumentExtractor#describe}). */
    public Map<String, Object> describeParsing() {
        return extractor.describe();
    }

    /** Gets a parser ready in the background, so the first document does not wait for it. */
    public void warmUp() {
        extractor.warmUp();
    }

    /** Stops the parsers (child processes exit). */
    @Override
    public void close() {
        extractor.close();
    }
}
