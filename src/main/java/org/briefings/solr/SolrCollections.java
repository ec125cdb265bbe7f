package org.briefings.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.briefings.index.BriefingSchema;
import org.briefings.index.IndexHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the collection exists with this code's schema: creates it with the generated
 * configset when missing (Configsets and Collections APIs), and refuses, saying what to do, when it
 * was created by another schema version.
 */
final class SolrCollections {

    private static final Logger LOG = LoggerFactory.getLogger(SolrCollections.class);

    static void ensure(SolrClient client, SolrTarget target) throws IOException {
        try {
            List<String> collections = CollectionAdminRequest.listCollections(client);
            if (collections.contains(target.collection())) {
                String name = new SchemaRequest.SchemaName()
                        .process(client, target.collection())
                        .getSchemaName();
                if (!SolrConfigset.name().equals(name)) {
                    throw new IOException("collection '" + target.collection() + "' has schema '" + name
                            + "', this engine writes '" + SolrConfigset.name()
                            + "' (schema version " + BriefingSchema.VERSION + "): serve another --collection "
                            + "(it is created and filled from corpus/), or delete this one and index again");
                }
                return;
            }
            List<String> configsets =
                    new ConfigSetAdminRequest.List().process(client).getConfigSets();
            if (!configsets.contains(SolrConfigset.name())) {
                ContentStreamBase.ByteArrayStream zip =
                        new ContentStreamBase.ByteArrayStream(SolrConfigset.zip(), "configset.zip", "application/zip");
                try {
                    new ConfigSetAdminRequest.Upload()
                            .setConfigSetName(SolrConfigset.name())
                            .setUploadStream(zip)
                            .process(client);
                } catch (SolrServerException | SolrException e) {
                    if (!new ConfigSetAdminRequest.List()
                            .process(client)
                            .getConfigSets()
                            .contains(SolrConfigset.name())) {
                        throw e;
                    }
                }
            }
            try {
                CollectionAdminRequest.createCollection(
                                target.collection(), SolrConfigset.name(), target.shards(), target.replicas())
                        .process(client);
            } catch (SolrServerException | SolrException e) {
                // another engine starting at the same moment may have created it first
                if (!CollectionAdminRequest.listCollections(client).contains(target.collection())) {
                    throw e;
                }
            }
            if (client instanceof CloudHttp2SolrClient cloud) {
                int live = cloud.getClusterStateProvider().getLiveNodes().size();
                String warning = singleCopyWarning(target.collection(), live, target.replicas());
                if (!warning.isEmpty()) {
                    LOG.warn("created {}", warning);
                }
            }
        } catch (SolrServerException | SolrException e) {
            throw new IOException("SolrCloud at " + target.urls() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether every shard of the collection has its replicas active on live nodes, as the cluster
     * state says (live nodes are ZooKeeper's: a node that crashed leaves them when its session
     * expires, {@code zkClientTimeout} after the crash). A shard with no active replica makes the
     * collection unavailable (its briefings cannot be searched, uploads to it are refused); one
     * with fewer than all, or with no live leader yet, makes it degraded.
     */
    static IndexHealth health(CloudHttp2SolrClient client, String collection) {
        Set<String> live;
        DocCollection state;
        try {
            live = client.getClusterStateProvider().getLiveNodes();
            state = client.getClusterStateProvider().getCollection(collection);
        } catch (IOException | RuntimeException e) {
            return new IndexHealth(
                    IndexHealth.UNAVAILABLE,
                    "the SolrCloud cluster cannot be asked about collection " + collection + ": " + e.getMessage(),
                    Map.of());
        }
        if (state == null) {
            return new IndexHealth(IndexHealth.UNAVAILABLE, "SolrCloud has no collection " + collection, Map.of());
        }
        Map<String, String> parts = new TreeMap<>();
        List<String> dead = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (Slice shard : state.getActiveSlices()) {
            int total = shard.getReplicas().size();
            long active =
                    shard.getReplicas().stream().filter(r -> r.isActive(live)).count();
            Replica leader = shard.getLeader();
            boolean led = leader != null && leader.isActive(live);
            parts.put(
                    shard.getName(),
                    active + " of " + total + " replicas active" + (active > 0 && !led ? ", no live leader yet" : ""));
            if (active == 0) {
                dead.add(shard.getName());
            } else if (active < total || !led) {
                weak.add(shard.getName());
            }
        }
        if (!dead.isEmpty()) {
            return new IndexHealth(
                    IndexHealth.UNAVAILABLE,
                    "shard(s) " + String.join(", ", dead) + " of collection " + collection + " have no live replica: "
                            + "their briefings cannot be searched and uploads are refused (503, the file kept in "
                            + "corpus/) until a node holding one returns; a collection with 2 or more replicas per "
                            + "shard survives the loss of a node (docs/scaling.md)",
                    parts);
        }
        if (!weak.isEmpty()) {
            return new IndexHealth(
                    IndexHealth.DEGRADED,
                    "shard(s) " + String.join(", ", weak) + " of collection " + collection + " have a replica down "
                            + "(or are electing a leader): searches and uploads go on, but losing the other "
                            + "replicas too would make them unavailable; the replicas recover when their node returns",
                    parts);
        }
        int fewest = state.getActiveSlices().stream()
                .mapToInt(shard -> shard.getReplicas().size())
                .min()
                .orElse(0);
        return new IndexHealth(IndexHealth.OK, singleCopyWarning(collection, live.size(), fewest), parts);
    }

    /**
     * What to tell an operator whose collection has a shard with a single replica on a cluster of
     * several live nodes (the default {@code --replicas 1}): every part answers now, but the loss of
     * the one node holding such a shard makes its briefings unavailable, which a second replica on
     * another node would have survived. Empty when there is nothing to say: several replicas per
     * shard, or a one-node cluster, where a second replica would not help.
     */
    static String singleCopyWarning(String collection, int liveNodes, int fewestReplicas) {
        if (liveNodes < 2 || fewestReplicas != 1) {
            return "";
        }
        return "collection " + collection + " has one replica per shard on a cluster of " + liveNodes + " live nodes: "
                + "if the node holding a shard is lost, that shard's briefings cannot be searched and uploads to it "
                + "are refused until the node returns; create the collection with --replicas 2 or more "
                + "(docs/scaling.md), or add replicas with Solr's ADDREPLICA";
    }

    /**
     * Bytes the collection's cores take on disk, every replica on every live node counted: each
     * live node that holds one is asked once (CoreAdmin STATUS with index info, which needs no
     * metrics configuration). A node that cannot be asked counts 0, so the figure is a lower bound
     * while a node is down.
     */
    static long sizeOnDisk(CloudHttp2SolrClient client, String collection) {
        Map<String, Set<String>> coresByNode = new TreeMap<>();
        try {
            Set<String> live = client.getClusterStateProvider().getLiveNodes();
            for (Replica r :
                    client.getClusterStateProvider().getCollection(collection).getReplicas()) {
                if (live.contains(r.getNodeName())) {
                    coresByNode
                            .computeIfAbsent(r.getBaseUrl(), k -> new TreeSet<>())
                            .add(r.getCoreName());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("the size of collection {} is not known: {}", collection, e.toString());
            return 0;
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("action", "STATUS");
        p.set("indexInfo", true);
        long bytes = 0;
        for (Map.Entry<String, Set<String>> node : coresByNode.entrySet()) {
            try {
                GenericSolrRequest status =
                        new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/cores", p).setRequiresCollection(false);
                NamedList<Object> answer = client.getHttpClient()
                        .requestWithBaseUrl(node.getKey(), null, status)
                        .getResponse();
                for (Map.Entry<String, Object> core :
                        SolrSearch.map(answer.get("status")).entrySet()) {
                    Object index = SolrSearch.map(core.getValue()).get("index");
                    if (node.getValue().contains(core.getKey())
                            && SolrSearch.map(index).get("sizeInBytes") instanceof Number n) {
                        bytes += n.longValue();
                    }
                }
            } catch (IOException | SolrServerException | RuntimeException e) {
                // a node going down between the two questions: its cores are not counted
                LOG.warn("node {} did not report its cores' size: {}", node.getKey(), e.toString());
            }
        }
        return bytes;
    }

    private SolrCollections() {}
}
