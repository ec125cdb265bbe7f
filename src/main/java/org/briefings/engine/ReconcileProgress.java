package org.briefings.engine;

/**
 * Live progress of a reconciliation, readable from other threads (the CLI's progress bar, the
 * HTTP stats endpoint).
 *
 * @param running whether a reconciliation is under way
 * @param done    files looked at so far
 * @param total   files in the corpus (0 until counted)
 * @param failed  files failed so far
 */
public record ReconcileProgress(boolean running, int done, int total, int failed) {

    public static final ReconcileProgress IDLE = new ReconcileProgress(false, 0, 0, 0);
}
