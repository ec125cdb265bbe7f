package org.briefings.solr;

import static org.briefings.index.BriefingSchema.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.briefings.Briefing;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.CopyGroups;
import org.briefings.index.FacetCuration;
import org.briefings.index.MinHash;
import org.briefings.index.UnionFind;

/**
 * Copy groups in a SolrCloud collection, formed as {@link CopyGroups} forms them in the embedded
 * index and kept in the same fields, so searches hide, collapse and count copies the same way: a
 * briefing is written alone in its group and pending ({@code copy_pending} 1); a pass takes the
 * pending briefings a batch at a time, finds candidates with one {@code {!terms}} query over their
 * MinHash band terms, keeps the pairs whose estimated similarity reaches {@link
 * CopyGroups#THRESHOLD}, joins their groups, rewrites (from the stored record) only the briefings
 * whose group changed, and clears the pending flag of the others in place. A pass after a deletion
 * re-points the groups whose first member is gone. The caller holds the write lock.
 */
final class SolrCopyGroups {

    /** Pending briefings whose candidates are fetched by one query. */
    private static final int BATCH = 100;

    private static final int PAGE = 2_000;
    /** Ids or groups per {@code {!terms}} query, and documents per update request. */
    private static final int TERMS_PER_QUERY = 500;

    private static final String NODE_FIELDS = String.join(",", ID, COPY_GROUP, COPY_SIGNATURE, PUBLISHED, COPY_PENDING);

    /** How a pass sends its rewrites (the write side, which marks the collection changed). */
    interface Sender {
        void send(UpdateRequest update) throws IOException;
    }

    private final SolrRequests solr;
    private final AtomicBoolean deletions = new AtomicBoolean(true);

    SolrCopyGroups(SolrRequests solr) {
        this.solr = solr;
    }

    /** Something was deleted: the next pass looks for groups whose first member is gone. */
    void deleted() {
        deletions.set(true);
    }

    /** A briefing as grouping sees it. */
    private record Node(String id, String group, int[] signature, long published, boolean pending) {}

    /** Groups every pending briefing (visible to searches); returns how many briefings changed group. */
    int group(FacetCuration curation, Sender sender) throws IOException {
        Map<String, Node> nodes = new LinkedHashMap<>();
        UnionFind links = new UnionFind();
        if (deletions.getAndSet(false)) {
            List<Node> copies = nodes(SolrRequests.term(COPY_ROLE, "copy"));
            Set<String> present =
                    present(copies.stream().map(Node::group).distinct().toList());
            for (Node n : copies) {
                if (!present.contains(n.group())) {
                    nodes.put(n.id(), n); // its first member is gone: the group gets a new one below
                }
            }
        }
        List<Node> pending = nodes("{!lucene}" + COPY_PENDING + ":[1 TO 1]");
        for (Node n : pending) {
            nodes.putIfAbsent(n.id(), n);
            links.add(n.id());
        }
        for (int i = 0; i < pending.size(); i += BATCH) {
            link(pending.subList(i, Math.min(pending.size(), i + BATCH)), nodes, links);
        }
        // Bring in every member of the groups touched, so a joined group moves as a whole.
        List<String> groups = new ArrayList<>(
                new LinkedHashSet<>(nodes.values().stream().map(Node::group).toList()));
        for (Node n : List.copyOf(nodes.values())) {
            links.union(n.id(), "group " + n.group());
        }
        for (int i = 0; i < groups.size(); i += TERMS_PER_QUERY) {
            for (Node m : nodes(
                    SolrRequests.terms(COPY_GROUP, groups.subList(i, Math.min(groups.size(), i + TERMS_PER_QUERY))))) {
                nodes.putIfAbsent(m.id(), m);
                links.union(m.id(), "group " + m.group());
            }
        }
        return regroup(nodes, links, curation, sender);
    }

    /** Which of these ids are indexed. */
    private Set<String> present(List<String> ids) throws IOException {
        Set<String> found = new HashSet<>();
        for (int i = 0; i < ids.size(); i += TERMS_PER_QUERY) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", SolrRequests.terms(ID, ids.subList(i, Math.min(ids.size(), i + TERMS_PER_QUERY))));
            p.set("fl", ID);
            solr.walk(p, PAGE, d -> found.add(String.valueOf(d.getFieldValue(ID))));
        }
        return found;
    }

    /** Joins each briefing of the batch with its candidates that are copies of it. */
    private void link(List<Node> batch, Map<String, Node> nodes, UnionFind links) throws IOException {
        Map<String, List<Node>> byBand = new HashMap<>();
        for (Node n : batch) {
            if (n.signature() != null) {
                MinHash.bands(n.signature())
                        .forEach(band -> byBand.computeIfAbsent(band, k -> new ArrayList<>())
                                .add(n));
            }
        }
        if (byBand.isEmpty()) {
            return;
        }
        for (Node other : nodes(SolrRequests.terms(COPY_BAND, List.copyOf(byBand.keySet())))) {
            if (other.signature() == null) {
                continue;
            }
            for (String band : MinHash.bands(other.signature())) {
                for (Node n : byBand.getOrDefault(band, List.of())) {
                    if (!n.id().equals(other.id())
                            && MinHash.similarity(n.signature(), other.signature()) >= CopyGroups.THRESHOLD) {
                        nodes.putIfAbsent(other.id(), other);
                        links.union(n.id(), other.id());
                    }
                }
            }
        }
    }

    /** Gives each component its first member (earliest published, then smallest id) and writes the changes. */
    private int regroup(Map<String, Node> nodes, UnionFind links, FacetCuration curation, Sender sender)
            throws IOException {
        Map<String, List<Node>> components = new HashMap<>();
        for (Node n : nodes.values()) {
            components
                    .computeIfAbsent(links.find(n.id()), k -> new ArrayList<>())
                    .add(n);
        }
        Comparator<Node> earliest = Comparator.comparingLong(Node::published).thenComparing(Node::id);
        Map<String, String> moved = new LinkedHashMap<>(); // id -> its new group
        UpdateRequest cleared = new UpdateRequest();
        for (List<Node> members : components.values()) {
            String first = members.stream().min(earliest).orElseThrow().id();
            for (Node n : members) {
                if (!n.group().equals(first)) {
                    moved.put(n.id(), first);
                } else if (n.pending()) {
                    SolrInputDocument d = new SolrInputDocument();
                    d.addField(ID, n.id());
                    d.addField(COPY_PENDING, Map.of("set", 0)); // docValues only: an in-place update
                    cleared.add(d);
                    if (cleared.getDocuments().size() >= TERMS_PER_QUERY) {
                        sender.send(cleared);
                        cleared = new UpdateRequest();
                    }
                }
            }
        }
        if (cleared.getDocuments() != null && !cleared.getDocuments().isEmpty()) {
            sender.send(cleared);
        }
        List<String> ids = List.copyOf(moved.keySet());
        for (int i = 0; i < ids.size(); i += TERMS_PER_QUERY) {
            UpdateRequest rewrite = new UpdateRequest();
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", SolrRequests.terms(ID, ids.subList(i, Math.min(ids.size(), i + TERMS_PER_QUERY))));
            p.set("fl", SolrDocuments.REWRITE_FIELDS);
            solr.walk(p, PAGE, d -> {
                Document stored = SolrDocuments.stored(d);
                // rebuilt from what was tagged, under the rules in force: grouping never undoes curation
                Briefing tagged = BriefingDocuments.taggedFromDocument(stored);
                String group = moved.get(tagged.id());
                rewrite.add(SolrDocuments.carryVectors(
                        d,
                        SolrDocuments.toSolr(BriefingDocuments.toDocument(
                                tagged,
                                BriefingDocuments.fileInfo(stored),
                                curation,
                                new BriefingDocuments.CopyState(group, false)))));
            });
            if (rewrite.getDocuments() != null && !rewrite.getDocuments().isEmpty()) {
                sender.send(rewrite);
            }
        }
        return moved.size();
    }

    /** Every briefing a query matches, as grouping sees it. */
    private List<Node> nodes(String q) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q);
        p.set("fl", NODE_FIELDS);
        List<Node> out = new ArrayList<>();
        solr.walk(p, PAGE, d -> out.add(node(d)));
        return out;
    }

    private static Node node(SolrDocument d) {
        String id = String.valueOf(d.getFieldValue(ID));
        Object group = d.getFirstValue(COPY_GROUP);
        Object published = d.getFirstValue(PUBLISHED);
        Object pending = d.getFirstValue(COPY_PENDING);
        return new Node(
                id,
                group == null ? id : group.toString(),
                signature(d.getFirstValue(COPY_SIGNATURE)),
                published instanceof Number n ? n.longValue() : Long.MAX_VALUE,
                pending instanceof Number n && n.longValue() == 1);
    }

    private static int[] signature(Object stored) {
        if (stored instanceof byte[] bytes) {
            return MinHash.fromBytes(bytes, 0, bytes.length);
        }
        if (stored instanceof ByteBuffer buf) {
            byte[] bytes = new byte[buf.remaining()];
            buf.duplicate().get(bytes);
            return MinHash.fromBytes(bytes, 0, bytes.length);
        }
        return null;
    }

    /** The other briefings of a briefing's copy group, its first member first, then by id. */
    List<Briefing> copiesOf(String id) throws IOException {
        SolrDocument self = solr.first(SolrRequests.term(ID, id), ID + "," + COPY_GROUP);
        Object group = self == null ? null : self.getFirstValue(COPY_GROUP);
        if (group == null) {
            return List.of();
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrRequests.term(COPY_GROUP, group.toString()));
        p.set("fl", SolrDocuments.FULL_FIELDS);
        List<Briefing> members = new ArrayList<>();
        solr.walk(p, PAGE, d -> members.add(BriefingDocuments.fromDocument(SolrDocuments.stored(d))));
        members.removeIf(b -> b.id().equals(id));
        members.sort(Comparator.comparing((Briefing b) -> !b.id().equals(group.toString()))
                .thenComparing(Briefing::id));
        return members;
    }
}
