package org.briefings.pipeline;

import java.util.Locale;

/** What happened to one file, in a reconciliation or as an upload. Each file has exactly one. */
public enum FileOutcome {
    /** Reconciliation extracted and indexed it (new or changed). */
    INDEXED,
    /** Reconciliation found it indexed with the same content. */
    UNCHANGED,
    /** Its bytes are already indexed under another path. */
    DUPLICATE,
    /** It is gone from the corpus; its briefings were removed. */
    DELETED,
    /** Reconciliation could not index it (with an {@link org.briefings.ingest.IngestException.Reason}). */
    FAILED,
    /** Uploaded, written to the corpus and indexed. */
    UPLOADED,
    /** An upload that could not be extracted (with a reason); nothing was kept. */
    UPLOAD_FAILED;

    /** Whether this outcome comes with a failure reason. */
    public boolean isFailure() {
        return this == FAILED || this == UPLOAD_FAILED;
    }

    /** Whether this outcome wrote briefings to the index. */
    public boolean isIndexed() {
        return this == INDEXED || this == UPLOADED;
    }

    /** The name in {@code /metrics} and {@code /api/stats}: indexed, upload_failed, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
