package org.briefings.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * When the engine warns that a collection would not survive the loss of a node: the decision that
 * {@code serve --solr} logs on creating a collection and {@code /api/health} reports while all is
 * well (against a real cluster: {@code BackendContractTest}).
 */
class SolrCollectionsTest {

    @Test
    void oneReplicaOnSeveralNodesIsWarnedAbout() {
        String warning = SolrCollections.singleCopyWarning("briefings", 3, 1);
        assertTrue(warning.contains("collection briefings has one replica per shard"), warning);
        assertTrue(warning.contains("3 live nodes"), warning);
        assertTrue(warning.contains("--replicas 2"), warning);
    }

    @Test
    void twoReplicasOrOneNodeNeedNoWarning() {
        assertEquals("", SolrCollections.singleCopyWarning("briefings", 3, 2));
        // on a single node a second replica would share its fate: nothing to advise
        assertEquals("", SolrCollections.singleCopyWarning("briefings", 1, 1));
    }
}
