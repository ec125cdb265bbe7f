package org.briefings.watch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefings.search.DateRange;
import org.briefings.search.SearchRequest;

/**
 * A standing search: a name plus exactly what {@code /api/search} takes (query text, filters by
 * facet dimension, a publication-date range), and what belongs to the watch itself.
 *
 * @param id            short random hex id
 * @param name          what the analyst called it
 * @param q             query text, Lucene classic syntax (blank: every briefing)
 * @param filters       facet dimension -> values, as {@code /api/search} takes them
 * @param from          publication date lower bound as written (2019, 2019-04, 2019-04-11), or null
 * @param to            upper bound as written, or null
 * @param webhook       URL that receives a signed JSON POST per match, or null
 * @param webhookSecret key of the HMAC-SHA256 signature of each webhook body (shown at creation only)
 * @param feedKey       secret in the feed URL, so a feed reader needs no API token; rotatable
 * @param created       when the watch was created
 * @param readUpTo      matches with a sequence number up to this one have been seen
 */
public record Watch(
        String id,
        String name,
        String q,
        Map<String, List<String>> filters,
        String from,
        String to,
        String webhook,
        String webhookSecret,
        String feedKey,
        Instant created,
        long readUpTo) {

    public Watch {
        q = q == null ? "" : q;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    copy.put(k, List.copyOf(v));
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(copy);
    }

    /** The search this watch stands for (first page, newest first). */
    public SearchRequest request() {
        SearchRequest.Builder b = SearchRequest.builder()
                .query(q)
                .from(DateRange.start("from", from))
                .to(DateRange.end("to", to))
                .sort(org.briefings.search.SortOrder.NEWEST);
        filters.forEach((dim, values) -> values.forEach(v -> b.filter(dim, v)));
        return b.build();
    }

    Watch withReadUpTo(long seq) {
        return new Watch(id, name, q, filters, from, to, webhook, webhookSecret, feedKey, created, seq);
    }

    Watch withFeedKey(String key) {
        return new Watch(id, name, q, filters, from, to, webhook, webhookSecret, key, created, readUpTo);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** A new watch as {@code spec} asks, with fresh id and keys; checks the name and the webhook URL. */
    static Watch define(WatchSpec spec) {
        String name = spec.name() == null ? "" : spec.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new org.briefings.search.InvalidRequestException(
                    "name", "a watch needs a name of 1 to 200 characters");
        }
        String webhook = spec.webhook() == null || spec.webhook().isBlank()
                ? null
                : spec.webhook().strip();
        if (webhook != null) {
            checkWebhook(webhook);
        }
        return new Watch(
                token(8),
                name,
                spec.q(),
                spec.filters(),
                blankToNull(spec.from()),
                blankToNull(spec.to()),
                webhook,
                webhook == null ? null : token(24),
                token(16),
                Instant.now(),
                0);
    }

    private static void checkWebhook(String url) {
        try {
            java.net.URI u = new java.net.URI(url);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new org.briefings.search.InvalidRequestException(
                        "webhook", "webhook must be an http or https URL, not '" + url + "'");
            }
        } catch (java.net.URISyntaxException e) {
            throw new org.briefings.search.InvalidRequestException(
                    "webhook", "webhook is not a URL: " + e.getMessage());
        }
    }

    static String token(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
