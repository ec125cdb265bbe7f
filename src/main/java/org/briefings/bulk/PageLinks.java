package org.briefings.bulk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.briefings.index.FacetDimension;
import org.briefings.search.CopyMode;
import org.briefings.search.SearchRequest;
import org.briefings.search.SortOrder;

/**
 * Links to the web page, for rows of an export or a batch: a briefing ({@code /?doc=ID}) and a
 * search ({@code /?q=...&about=KP}), in the page's own URL parameters (one per {@link
 * FacetDimension}, the same names as the API's).
 *
 * @param base the server's address without a trailing slash ({@code http://127.0.0.1:8080}), or
 *     empty for links relative to the server
 */
public record PageLinks(String base) {

    public PageLinks {
        base = base == null ? "" : base.replaceAll("/+$", "");
    }

    /** The page showing one briefing. */
    public String briefing(String id) {
        return base + "/?doc=" + id;
    }

    /** The page running {@code query} with the filters, dates, sort and hidden copies of {@code template}. */
    public String search(String query, SearchRequest template) {
        StringJoiner p = new StringJoiner("&", base + "/?", "");
        p.add("q=" + enc(query));
        for (Map.Entry<String, List<String>> e : template.filters().entrySet()) {
            String param = FacetDimension.byDim(e.getKey())
                    .map(FacetDimension::parameter)
                    .orElse(e.getKey());
            for (String v : e.getValue()) {
                p.add(param + "=" + enc(v));
            }
        }
        if (template.from() != null) {
            p.add("from=" + template.from());
        }
        if (template.to() != null) {
            p.add("to=" + template.to());
        }
        if (template.sort() != SortOrder.RELEVANCE) {
            p.add("sort=" + template.sort().json());
        }
        if (template.copies() == CopyMode.HIDE) {
            // the only copy mode that changes a total; the page folds copies by default, which counts as showing them
            p.add("copies=hide");
        }
        return p.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
