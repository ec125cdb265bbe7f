import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One SolrCloud node in a JVM of its own, joining the cluster whose ZooKeeper is {@code args[0]}
 * (SolrClusterLauncher.java's), with its home in {@code args[1]} and the port {@code args[2]} (0: any
 * free one; a restart gives the port it had, so the cluster sees the same node come back). Prints
 * {@code READY url}, then runs until stdin ends. Its reason to exist: a node in the launcher's JVM
 * can only be stopped, which is graceful (the node leaves ZooKeeper and closes its cores); this one
 * can be killed as a crash would, SIGKILL, with nothing written on the way out. Run as a
 * single-file program on target/solr-lib/*, never on the engine's class path.
 */
public class SolrNodeLauncher {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[1]);
        Files.createDirectories(home);
        if (!Files.exists(home.resolve("solr.xml"))) {
            Files.writeString(home.resolve("solr.xml"), MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML);
        }
        System.setProperty("solr.log.dir", home.resolve("logs").toString());
        Properties props = new Properties();
        props.setProperty("zkHost", args[0]);
        JettySolrRunner node = new JettySolrRunner(
                home.toString(), props, JettyConfig.builder().setPort(Integer.parseInt(args[2])).build());
        node.start();
        System.out.println("READY " + node.getBaseUrl());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            // any line is ignored; the end of stdin is the (graceful) stop
        }
        node.stop();
        System.exit(0);
    }
}
