package org.briefings.solr;

import java.io.IOException;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;
import org.briefings.index.BriefingSchema;

/**
 * Makes sure the collection exists with this code's schema: creates it with the generated
 * configset when missing (Configsets and Collections APIs), and refuses, saying what to do, when it
 * was created by another schema version.
 */
final class SolrCollections {

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
        } catch (SolrServerException | SolrException e) {
            throw new IOException("SolrCloud at " + target.urls() + ": " + e.getMessage(), e);
        }
    }

    private SolrCollections() {}
}
