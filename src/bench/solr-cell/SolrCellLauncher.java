import java.io.OutputStream;
import org.apache.solr.client.solrj.embedded.JettyConfig;
import org.apache.solr.client.solrj.embedded.JettySolrRunner;

/**
 * One stand-alone Solr 8.11.4 node with Solr Cell for the benchmark's PDF ingest comparison: the
 * Solr home {@code args[0]} (solr.xml and the core's conf/, written by the harness's SolrCellPeer)
 * served on any free port. Prints {@code READY url}, then runs until stdin ends. Run as a
 * single-file program on target/solr-cell-lib/*, never on the engine's class path (Lucene 8, Tika 1).
 */
public class SolrCellLauncher {
    public static void main(String[] args) throws Exception {
        JettySolrRunner node = new JettySolrRunner(
                args[0], JettyConfig.builder().setPort(0).setContext("/solr").build());
        node.start();
        System.out.println("READY " + node.getBaseUrl());
        System.out.flush();
        System.in.transferTo(OutputStream.nullOutputStream()); // until stdin ends: then stop
        node.stop();
        System.exit(0);
    }
}
