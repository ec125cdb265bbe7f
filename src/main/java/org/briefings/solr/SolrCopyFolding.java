package org.briefings.solr;

import static org.briefings.index.BriefingSchema.COPY_GROUP;
import static org.briefings.index.BriefingSchema.COPY_ROLE;
import static org.briefings.index.BriefingSchema.ID;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Copies in search results on SolrCloud, as {@code search.CopyFolding} treats them on the embedded
 * index. Each hit says how many copies it has (one facet query over the page's groups). Collapsing
 * keeps a hit only when it is the best-ranked matching member of its copy group (one query, top 1,
 * of the search within the group), so each group shows once, where its best member ranks. Solr's
 * own collapsing parser cannot do this: it needs a group's members on one shard, and briefings are
 * routed by id. A page that fills up inside a batch of hits ends its cursor right after the last
 * hit looked at, with one query of that many ids from the batch's cursor.
 *
 * <p>The count of the page's copies is a second request after the search, so it is skipped while
 * the collection holds no copy at all (no briefing in a group of more than one): whether it holds
 * any is asked of Solr at most once a second, and again after each write or refresh of this engine,
 * so a copy made by another engine shows within a second, as its briefings do.
 */
final class SolrCopyFolding {

    /** The hits kept, their snippets, and the cursor mark after the last hit looked at (null: no more). */
    record Page(List<SolrDocument> hits, Map<String, Map<String, List<String>>> highlighting, String nextMark) {}

    private static final long COPIES_KNOWN_FOR = TimeUnit.SECONDS.toNanos(1);

    private final SolrRequests solr;
    private final LongSupplier writes;
    private volatile AnyCopies anyCopies;

    /** Whether the collection held any copy, when asked, and after how many of this engine's writes. */
    private record AnyCopies(boolean any, long writes, long askedAt) {}

    /** {@code writes}: how many writes and refreshes this engine has sent, to know when to ask again. */
    SolrCopyFolding(SolrRequests solr, LongSupplier writes) {
        this.solr = solr;
        this.writes = writes;
    }

    /**
     * Whether any briefing is a copy of another (its group's role {@code copy}; every group of more
     * than one has one): without any, every hit's group is itself alone.
     */
    private boolean anyCopies() throws IOException {
        AnyCopies known = anyCopies;
        long written = writes.getAsLong();
        long now = System.nanoTime();
        if (known != null && known.writes() == written && now - known.askedAt() < COPIES_KNOWN_FOR) {
            return known.any();
        }
        boolean any = solr.numFound(SolrRequests.term(COPY_ROLE, "copy")) > 0;
        anyCopies = new AnyCopies(any, written, now);
        return any;
    }

    /** The copy group of a hit (its own id for briefings indexed before copies existed). */
    static String group(SolrDocument d) {
        Object g = d.getFirstValue(COPY_GROUP);
        return g == null ? String.valueOf(d.getFieldValue(ID)) : g.toString();
    }

    /** How many briefings each of these groups has, for the groups with more than one. */
    Map<String, Integer> sizes(List<SolrDocument> hits) throws IOException {
        Set<String> groups = new LinkedHashSet<>();
        hits.forEach(d -> groups.add(group(d)));
        if (groups.isEmpty() || !anyCopies()) {
            return Map.of();
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrRequests.terms(COPY_GROUP, List.copyOf(groups)));
        p.set("rows", 0);
        p.set(
                "json.facet",
                SolrSearch.json(
                        Map.of("groups", Map.of("type", "terms", "field", COPY_GROUP, "limit", -1, "mincount", 2))));
        SolrFacets.Counts counts = SolrFacets.read(solr.query(p).getResponse().get("facets"));
        Map<String, Integer> sizes = new HashMap<>();
        for (Object[] b : counts.buckets("groups")) {
            sizes.put(String.valueOf(b[0]), ((Long) b[1]).intValue());
        }
        return sizes;
    }

    /**
     * Folds a page of hits ({@code first}, the answer to {@code search} from cursor {@code mark}) to
     * one per copy group, reading further batches of the same search as needed.
     */
    Page collapse(ModifiableSolrParams search, String mark, QueryResponse first, int size) throws IOException {
        List<SolrDocument> kept = new ArrayList<>();
        Map<String, Map<String, List<String>>> highlighting = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int want = Math.max(size, 1);
        QueryResponse batch = first;
        while (true) {
            if (batch.getHighlighting() != null) {
                highlighting.putAll(batch.getHighlighting());
            }
            List<SolrDocument> docs = batch.getResults();
            Map<String, Integer> sizes = sizes(docs);
            for (int i = 0; i < docs.size(); i++) {
                if (kept.size() == size) {
                    return new Page(kept, highlighting, markAfter(search, mark, i));
                }
                SolrDocument d = docs.get(i);
                String group = group(d);
                if (!seen.add(group)
                        || (sizes.getOrDefault(group, 1) > 1 && !bestOfGroup(search, group, d.getFieldValue(ID)))) {
                    continue;
                }
                kept.add(d);
            }
            if (docs.size() < want || size == 0) {
                return new Page(kept, highlighting, null);
            }
            if (kept.size() == size) {
                return new Page(kept, highlighting, batch.getNextCursorMark());
            }
            mark = batch.getNextCursorMark();
            ModifiableSolrParams next = new ModifiableSolrParams(search);
            next.remove("json.facet");
            next.set("cursorMark", mark);
            next.set("rows", want);
            batch = solr.query(next);
        }
    }

    private boolean bestOfGroup(ModifiableSolrParams search, String group, Object id) throws IOException {
        ModifiableSolrParams p = only(search);
        p.add("fq", SolrRequests.term(COPY_GROUP, group));
        p.set("rows", 1);
        var top = solr.query(p).getResults();
        return top.isEmpty() || id.equals(top.get(0).getFieldValue(ID));
    }

    /** The cursor mark after the first {@code n} hits from {@code mark}. */
    private String markAfter(ModifiableSolrParams search, String mark, int n) throws IOException {
        if (n == 0) {
            return mark;
        }
        ModifiableSolrParams p = only(search);
        p.set("cursorMark", mark);
        p.set("rows", n);
        return solr.query(p).getNextCursorMark();
    }

    /** The search's matches and order, ids only: no facets, snippets or cursor. */
    private static ModifiableSolrParams only(ModifiableSolrParams search) {
        ModifiableSolrParams p = new ModifiableSolrParams(search);
        for (String name : new String[] {"json.facet", "hl", "cursorMark", "minExactCount"}) {
            p.remove(name);
        }
        p.set("fl", ID);
        return p;
    }
}
