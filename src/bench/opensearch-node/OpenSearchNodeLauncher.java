import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * Starts one OpenSearch 2.19 node (a single-node cluster: its HTTP API on 127.0.0.1:PORT over the
 * Netty4 transport, the analysis-common module for the english analysis) with its data under HOME,
 * prints {@code READY http://127.0.0.1:PORT}, and stops on {@code quit} or the end of stdin. Run as a
 * single-file program on target/opensearch-lib/*, never on the engine's classpath (OpenSearch brings
 * Lucene 9.12). Used by the benchmark's peers part (issue 16; docs/benchmarks.md).
 *
 * <pre>java -cp 'target/opensearch-lib/*' OpenSearchNodeLauncher.java HOME PORT</pre>
 */
public class OpenSearchNodeLauncher {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        String port = args[1];
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("cluster.name", "briefings-bench")
                .put("node.name", "peer")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", port)
                .put("transport.port", "0")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // a benchmark node on a shared disk: no read-only switch when the disk fills up
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "peer");
        // Node's constructor that takes plugins from the class path is protected: what a distribution's
        // plugins folder does, done here with the two modules the benchmark needs.
        Node node = new Node(env, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true) {};
        node.start();
        System.out.println("READY http://127.0.0.1:" + port);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.strip().equals("quit")) {
                break;
            }
        }
        node.close();
        System.exit(0);
    }
}
