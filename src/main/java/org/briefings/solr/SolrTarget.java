package org.briefings.solr;

import java.util.Arrays;
import java.util.List;

/**
 * Which SolrCloud collection an engine uses: the URLs of some of the cluster's nodes (any live one
 * will do; the client learns the rest), the collection's name, and its layout when it has to be
 * created.
 */
public record SolrTarget(List<String> urls, String collection, int shards, int replicas) {

    public SolrTarget {
        if (urls == null || urls.isEmpty()) {
            throw new IllegalArgumentException("--solr needs at least one node URL (http://host:8983/solr)");
        }
        urls = List.copyOf(urls);
        if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException(
                    "--collection must be letters, digits, '.', '_' or '-', not '" + collection + "'");
        }
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("--shards and --replicas must be at least 1");
        }
    }

    /** From {@code URL[,URL...]}. */
    public static SolrTarget of(String urls, String collection, int shards, int replicas) {
        List<String> list = Arrays.stream(urls.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                .toList();
        return new SolrTarget(list, collection, shards, replicas);
    }

    @Override
    public String toString() {
        return "solr:" + String.join(",", urls) + " collection " + collection;
    }
}
