package org.briefings.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.pipeline.IngestTally;

/**
 * The engine's state at one moment, for {@code /api/stats}, {@code /metrics} and {@code briefings
 * stats}: what they show, without reaching into the engine's parts.
 *
 * @param briefings      briefings in the index
 * @param indexSizeBytes size of the index on disk
 * @param corpus         the corpus folder
 * @param index          where the index is: its folder, or a SolrCloud collection
 * @param lastCommit     the last index commit, or null before the first
 * @param reconcile      progress of the running (or last) reconciliation
 * @param parsing        how documents are parsed and what it has cost (child processes, deaths, ...)
 * @param limits         the extraction limits applied to every file
 * @param ingest         what ingest did since start
 */
public record EngineStats(
        int briefings,
        long indexSizeBytes,
        Path corpus,
        String index,
        Instant lastCommit,
        ReconcileProgress reconcile,
        Map<String, Object> parsing,
        ExtractionLimits limits,
        IngestTally.Snapshot ingest) {}
