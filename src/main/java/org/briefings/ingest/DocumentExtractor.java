package org.briefings.ingest;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Map;

/**
 * Turns one file into an {@link Extraction}, or an {@link IngestException} that says why not.
 *
 * <p>Why an interface: the engine parses either in its own heap ({@link Extractor}, quick to start,
 * used by unit tests and as a fallback) or in child JVMs
 * ({@link org.briefings.ingest.fork.ForkedExtractor}, the default for the server and the CLI, so a
 * hostile document can exhaust a child's memory or loop in a child without touching the server).
 * The ingest pipeline does not care which.
 */
public interface DocumentExtractor extends Closeable {

    /**
     * Extracts a file.
     *
     * @param file       the file on disk
     * @param sourcePath the name to record (corpus-relative path), also a format hint to Tika
     * @param fileId     the file's content hash, or null to compute it
     */
    Extraction extract(Path file, String sourcePath, String fileId) throws IngestException;

    /** The limits applied to every file. */
    ExtractionLimits limits();

    /** How parsing runs and what it has cost so far, for {@code /api/stats}. */
    Map<String, Object> describe();

    /**
     * Prepares for the first document in the background (a server calls this at start so the first
     * upload does not wait for a parser process to load). Does nothing by default.
     */
    default void warmUp() {}

    /** Releases threads and child processes; further extractions fail. */
    @Override
    void close();
}
