package org.briefings.watch;

/**
 * What the watches did since start, for {@code /api/stats} and {@code /metrics}.
 *
 * @param watches            watches defined
 * @param unkeyed            watches the presearcher cannot key on a term (tried on every briefing)
 * @param matches            matches recorded, in all
 * @param briefingsChecked   briefings run through the watches since start
 * @param candidatesChecked  (watch, briefing) pairs the presearcher let through to the exact check
 * @param matchesSinceStart  matches recorded since start
 * @param matchSeconds       time spent matching since start
 * @param errors             batches that could not be matched (logged)
 * @param webhooks           webhook deliveries
 */
public record WatchStats(
        int watches,
        int unkeyed,
        long matches,
        long briefingsChecked,
        long candidatesChecked,
        long matchesSinceStart,
        double matchSeconds,
        long errors,
        Webhooks.Stats webhooks) {}
