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
}
