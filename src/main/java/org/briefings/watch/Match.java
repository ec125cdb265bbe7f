package org.briefings.watch;

import java.time.Instant;

/**
 * A briefing a watch matched.
 *
 * @param watchId   the watch
 * @param briefingId the briefing
 * @param seq       position in the order of all matches (higher is newer); unread is {@code seq > readUpTo}
 * @param matchedAt when it was recorded
 * @param earlier   already in the index when the watch was created (shown, never unread)
 */
public record Match(String watchId, String briefingId, long seq, Instant matchedAt, boolean earlier) {}
