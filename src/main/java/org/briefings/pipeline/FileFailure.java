package org.briefings.pipeline;

import org.briefings.ingest.IngestException;

/**
 * One file that could not be indexed, and why.
 *
 * @param path    corpus-relative path
 * @param reason  the kind of failure, for counting
 * @param message what went wrong, for people
 */
public record FileFailure(String path, IngestException.Reason reason, String message) {}
