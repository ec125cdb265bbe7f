package org.briefings.index;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether the index can serve everything it holds, for {@code /api/health} and {@code /api/stats}:
 * an operator asks this first when a node of a cluster is lost.
 *
 * @param status  {@link #OK} (every copy of every part live), {@link #DEGRADED} (a copy is down but
 *                every part still answers: searches and uploads work, one more loss may not be
 *                survived) or {@link #UNAVAILABLE} (a part has no live copy: its briefings cannot
 *                be searched and uploads to it are refused)
 * @param message what is wrong and what it means, for a person; with {@link #OK}, empty, or a warning
 *                about the layout (a SolrCloud shard with a single replica on several nodes: one node
 *                lost would make it unavailable)
 * @param parts   per part of the index (a SolrCloud shard) how many of its copies are live; empty
 *                for the embedded index
 */
public record IndexHealth(String status, String message, Map<String, String> parts) {

    public static final String OK = "ok";
    public static final String DEGRADED = "degraded";
    public static final String UNAVAILABLE = "unavailable";

    /** The embedded index's health: in the engine's own process, it is there while the engine is. */
    public static final IndexHealth LOCAL = new IndexHealth(OK, "", Map.of());

    public IndexHealth {
        parts = Collections.unmodifiableMap(new TreeMap<>(parts));
    }

    public boolean available() {
        return !status.equals(UNAVAILABLE);
    }
}
