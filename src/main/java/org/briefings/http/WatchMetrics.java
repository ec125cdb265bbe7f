package org.briefings.http;

import java.util.Locale;
import org.briefings.watch.WatchStats;
import org.briefings.watch.Webhooks;

/** The watches' lines of {@code /metrics}: matching work and webhook deliveries, failures included. */
final class WatchMetrics {

    static void render(WatchStats w, StringBuilder sb) {
        gauge(sb, "briefings_watches", "Watches defined.", w.watches());
        counter(sb, "briefings_watch_matches_total", "Matches recorded since start.", w.matchesSinceStart());
        counter(
                sb,
                "briefings_watch_briefings_checked_total",
                "Briefings run through the watches since start.",
                w.briefingsChecked());
        counter(
                sb,
                "briefings_watch_candidates_total",
                "Watch and briefing pairs the presearcher passed to the exact check.",
                w.candidatesChecked());
        sb.append("# HELP briefings_watch_match_seconds_total Time spent matching new briefings.\n");
        sb.append("# TYPE briefings_watch_match_seconds_total counter\n");
        sb.append("briefings_watch_match_seconds_total ")
                .append(String.format(Locale.ROOT, "%s", w.matchSeconds()))
                .append('\n');
        counter(sb, "briefings_watch_errors_total", "Batches that could not be matched.", w.errors());
        Webhooks.Stats h = w.webhooks();
        sb.append("# HELP briefings_webhook_deliveries_total Webhook deliveries by result.\n");
        sb.append("# TYPE briefings_webhook_deliveries_total counter\n");
        sb.append("briefings_webhook_deliveries_total{result=\"delivered\"} ")
                .append(h.delivered())
                .append('\n');
        sb.append("briefings_webhook_deliveries_total{result=\"failed_attempt\"} ")
                .append(h.failedAttempts())
                .append('\n');
        sb.append("briefings_webhook_deliveries_total{result=\"given_up\"} ")
                .append(h.givenUp())
                .append('\n');
        sb.append("briefings_webhook_deliveries_total{result=\"dropped\"} ")
                .append(h.dropped())
                .append('\n');
        gauge(sb, "briefings_webhook_queue", "Webhook deliveries waiting or being retried.", h.queued());
    }

    private static void counter(StringBuilder sb, String name, String help, long value) {
        sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
        sb.append("# TYPE ").append(name).append(" counter\n");
        sb.append(name).append(' ').append(value).append('\n');
    }

    private static void gauge(StringBuilder sb, String name, String help, long value) {
        sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
        sb.append("# TYPE ").append(name).append(" gauge\n");
        sb.append(name).append(' ').append(value).append('\n');
    }

    private WatchMetrics() {}
}
