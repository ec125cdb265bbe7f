package org.briefings.solr;

import static org.briefings.index.BriefingSchema.ID;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.briefings.index.IndexUnavailableException;
import org.briefings.search.InvalidRequestException;

/**
 * The one way the SolrCloud backend reads its collection: a query (a 400 from Solr becomes the
 * engine's own {@link InvalidRequestException}, anything else an {@link IOException} that says
 * where it failed), a walk over every match a page at a time, and the small look-ups built on them.
 */
final class SolrRequests {

    private final SolrClient client;
    private final String collection;

    SolrRequests(SolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    SolrClient client() {
        return client;
    }

    String collection() {
        return collection;
    }

    QueryResponse query(ModifiableSolrParams p) throws IOException {
        try {
            return client.query(collection, p, SolrRequest.METHOD.POST);
        } catch (SolrException e) {
            if (e.code() == 400) {
                String field = e.getMessage() != null && e.getMessage().contains("cursorMark") ? "cursor" : "q";
                throw new InvalidRequestException(field, "the search cannot run: " + e.getMessage(), e);
            }
            throw failure("a query", e);
        } catch (SolrServerException e) {
            throw failure("a query", e);
        }
    }

    /**
     * What a failed request to the cluster means for the engine: a node that cannot be reached, or
     * an answer of 5xx (a shard with no live replica is Solr's 503, a leader that died mid-request a
     * 5xx or a broken connection), is {@link IndexUnavailableException}, which the API answers with
     * a 503; anything else (a 4xx the engine did not expect) stays an {@link IOException}, a bug.
     */
    static IOException failure(String what, Exception e) {
        if (e instanceof SolrException s && s.code() >= 400 && s.code() < 500) {
            return new IOException("SolrCloud refused " + what + " (" + s.code() + "): " + e.getMessage(), e);
        }
        String how =
                e instanceof SolrException s ? "answered " + s.code() + " to " + what : "cannot be reached for " + what;
        return new IndexUnavailableException("SolrCloud " + how + ": " + e.getMessage(), e);
    }

    /** Hands every document {@code p} matches to {@code each}, a page at a time in id order (cursorMark). */
    void walk(ModifiableSolrParams p, int page, Consumer<SolrDocument> each) throws IOException {
        p.set("sort", ID + " asc");
        p.set("rows", page);
        String mark = "*";
        while (true) {
            p.set("cursorMark", mark);
            QueryResponse r = query(p);
            r.getResults().forEach(each);
            String nextMark = r.getNextCursorMark();
            if (r.getResults().size() < page || nextMark == null || nextMark.equals(mark)) {
                return;
            }
            mark = nextMark;
        }
    }

    /** How many documents a query matches. */
    long numFound(String q) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q);
        p.set("rows", 0);
        return query(p).getResults().getNumFound();
    }

    /** The first document a query matches, with the fields {@code fl}, or null. */
    SolrDocument first(String q, String fl) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q);
        p.set("fl", fl);
        p.set("rows", 1);
        var results = query(p).getResults();
        return results.isEmpty() ? null : results.get(0);
    }

    /** A query for one exact (unanalysed) value of a field. */
    static String term(String field, String value) {
        return "{!term f=" + field + "}" + value;
    }

    /** A query for any of these exact values (ids, groups, band terms: no commas) of a field (none: nothing). */
    static String terms(String field, List<String> values) {
        if (values.isEmpty()) {
            return "{!lucene}-*:*";
        }
        // ids and groups are content hashes, band terms "band:hex": none holds a comma
        return "{!terms f=" + field + "}" + String.join(",", values);
    }
}
