package org.briefings.watch;

/**
 * How a batch of new briefings is matched against the watches. The engine uses {@link
 * #PRESEARCH_INDEX}; the others are kept for the benchmark and the equivalence test, which compare
 * them (docs/watches.md).
 */
public enum MatchStrategy {
    /** Every watch's query, run on the refreshed index restricted to the batch's ids. */
    INDEX,
    /** Candidates from the presearcher, then their queries on the refreshed index restricted to their ids. */
    PRESEARCH_INDEX,
    /** Candidates from the presearcher, then their queries on a one-briefing MemoryIndex. */
    MEMORY
}
