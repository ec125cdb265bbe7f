package org.briefings.index;

import java.io.IOException;

/**
 * The index cannot take or answer a request right now: a SolrCloud shard with no live replica, a
 * leader that died and is not replaced yet, a cluster that cannot be reached. Not a bug of the
 * request, so the HTTP API answers 503 with the message, and the server goes on. When an upload
 * is refused this way its file has already been written to {@code corpus/} ({@link #kept}): the
 * next reconciliation indexes it, so nothing a client sent is lost.
 */
public final class IndexUnavailableException extends IOException {

    private final String kept;

    public IndexUnavailableException(String message, Throwable cause) {
        this(message, cause, null);
    }

    private IndexUnavailableException(String message, Throwable cause, String kept) {
        super(message, cause);
        this.kept = kept;
    }

    /** The same refusal for an upload whose file was kept at {@code path} (relative to the corpus). */
    public IndexUnavailableException keptAt(String path) {
        return new IndexUnavailableException(
                "the index could not take the upload, so it is not searchable yet; the file is kept as " + path
                        + " in the corpus folder and the next reconciliation (at most a minute after the index "
                        + "takes writes again) indexes it: " + getMessage(),
                this,
                path);
    }

    /** Where the refused upload's file was kept, relative to the corpus; null when nothing was. */
    public String kept() {
        return kept;
    }
}
