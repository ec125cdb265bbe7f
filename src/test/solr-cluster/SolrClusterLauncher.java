import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Starts a SolrCloud of N nodes (MiniSolrCloudCluster: Jetty nodes and an embedded ZooKeeper) and
 * prints {@code READY url,url,...}; then obeys lines on stdin: {@code stop I} stops node I as a
 * crash would, {@code start I} starts it again (same port), {@code zk} prints {@code ZK address} (for
 * SolrNodeLauncher.java), {@code quit} (or the end of stdin) shuts everything down. Run as a single-file program on target/solr-lib/*, never on the engine's classpath.
 */
public class SolrClusterLauncher {
    public static void main(String[] args) throws Exception {
        int nodes = Integer.parseInt(args[0]);
        Path base = Path.of(args[1]);
        Files.createDirectories(base);
        System.setProperty("solr.log.dir", base.resolve("logs").toString());
        MiniSolrCloudCluster cluster =
                new MiniSolrCloudCluster(nodes, base, JettyConfig.builder().build());
        List<JettySolrRunner> runners = new ArrayList<>(cluster.getJettySolrRunners());
        print(runners);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] cmd = line.strip().split("\\s+");
            if (cmd[0].equals("stop")) {
                cluster.stopJettySolrRunner(runners.get(Integer.parseInt(cmd[1])));
                System.out.println("STOPPED " + cmd[1]);
            } else if (cmd[0].equals("start")) {
                cluster.startJettySolrRunner(runners.get(Integer.parseInt(cmd[1])));
                System.out.println("STARTED " + cmd[1]);
            } else if (cmd[0].equals("zk")) {
                // for a node started in a process of its own (SolrNodeLauncher.java), which can be killed
                System.out.println("ZK " + cluster.getZkServer().getZkAddress());
            } else if (cmd[0].equals("quit")) {
                break;
            }
            System.out.flush();
        }
        cluster.shutdown();
        System.exit(0);
    }

    private static void print(List<JettySolrRunner> runners) {
        List<String> urls = new ArrayList<>();
        for (JettySolrRunner r : runners) {
            urls.add(r.getBaseUrl().toString());
        }
        System.out.println("READY " + String.join(",", urls));
        System.out.flush();
    }
}
