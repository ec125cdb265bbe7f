package org.briefings.ingest;

/**
 * A document that could not be turned into text, with a reason a person can act on. One of
 * these costs one file, never the batch or the server.
 */
public final class IngestException extends Exception {

    /** Why a file failed; counted per kind in batch summaries. */
    public enum Reason {
        /** No parser for the detected type (images, binaries, unknown bytes). */
        UNSUPPORTED_FORMAT,
        /** Password-protected or DRM-encrypted. */
        ENCRYPTED,
        /** The parser gave up on malformed content. */
        CORRUPT,
        /** Parsed, but no text came out. */
        NO_TEXT,
        /** Bigger than the configured limit. */
        TOO_LARGE,
        /** Parsing took longer than the configured limit. */
        TIMEOUT,
        /** The file could not be read. */
        IO_ERROR
    }

    private final Reason reason;

    public IngestException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public IngestException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
