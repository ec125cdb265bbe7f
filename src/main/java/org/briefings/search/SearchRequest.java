package org.briefings.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search as asked for: query text, filters (facet dimension -> values, ORed within a dimension,
 * ANDed across), a publication-date range, the order, the page size and a cursor.
 *
 * @param query   Lucene classic syntax; blank means every briefing
 * @param filters dimension (about, country, person, org, language, format, year, month) -> values
 * @param from    first publication day included, or null
 * @param to      last publication day included, or null
 * @param sort    relevance, newest or oldest
 * @param size    hits per page (1..{@value #MAX_SIZE})
 * @param cursor  the {@code nextCursor} of the previous page, or null for the first page
 * @param facetLimit values per facet dimension
 * @param copies  show every copy, collapse each copy group to one hit, or hide copies
 * @param mode    keyword (the default) or hybrid: keyword and meaning fused, where the engine
 *                runs semantic search (docs/ranking.md)
 */
public record SearchRequest(
        String query,
        Map<String, List<String>> filters,
        LocalDate from,
        LocalDate to,
        SortOrder sort,
        int size,
        String cursor,
        int facetLimit,
        CopyMode copies,
        SearchMode mode) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_FACET_LIMIT = 20;
    public static final int MAX_FACET_LIMIT = 1000;

    public SearchRequest {
        query = query == null ? "" : query;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        copies = copies == null ? CopyMode.SHOW : copies;
        mode = mode == null ? SearchMode.DEFAULT : mode;
        if (size < 0 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "size must be between 0 and " + MAX_SIZE + ", not " + size);
        }
        if (facetLimit < 1 || facetLimit > MAX_FACET_LIMIT) {
            throw new InvalidRequestException(
                    "facetLimit", "facetLimit must be between 1 and " + MAX_FACET_LIMIT + ", not " + facetLimit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "from (" + from + ") is after to (" + to + ")");
        }
    }

    /** The same filters, dates, order and mode with another query text. */
    public SearchRequest withQuery(String text) {
        return new SearchRequest(text, filters, from, to, sort, size, cursor, facetLimit, copies, mode);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds requests step by step (CLI options, HTTP parameters, tests). */
    public static final class Builder {
        private String query = "";
        private final Map<String, List<String>> filters = new LinkedHashMap<>();
        private LocalDate from;
        private LocalDate to;
        private SortOrder sort = SortOrder.RELEVANCE;
        private int size = DEFAULT_SIZE;
        private String cursor;
        private int facetLimit = DEFAULT_FACET_LIMIT;
        private CopyMode copies = CopyMode.SHOW;
        private SearchMode mode = SearchMode.DEFAULT;

        public Builder query(String q) {
            this.query = q;
            return this;
        }

        public Builder filter(String dim, String value) {
            filters.computeIfAbsent(dim, d -> new ArrayList<>()).add(value);
            return this;
        }

        public Builder from(LocalDate d) {
            this.from = d;
            return this;
        }

        public Builder to(LocalDate d) {
            this.to = d;
            return this;
        }

        public Builder sort(SortOrder s) {
            this.sort = s;
            return this;
        }

        public Builder size(int n) {
            this.size = n;
            return this;
        }

        public Builder cursor(String c) {
            this.cursor = c;
            return this;
        }

        public Builder facetLimit(int n) {
            this.facetLimit = n;
            return this;
        }

        public Builder copies(CopyMode c) {
            this.copies = c;
            return this;
        }

        public Builder mode(SearchMode m) {
            this.mode = m;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, filters, from, to, sort, size, cursor, facetLimit, copies, mode);
        }
    }
}
