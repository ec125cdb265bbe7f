package org.briefings.watch;

import java.util.List;
import java.util.Map;

/**
 * What a new watch is asked to be: a name, the parameters of a search, and optionally a webhook.
 *
 * @param filters facet dimension -> values, as {@code /api/search} takes them
 */
public record WatchSpec(
        String name, String q, Map<String, List<String>> filters, String from, String to, String webhook) {}
