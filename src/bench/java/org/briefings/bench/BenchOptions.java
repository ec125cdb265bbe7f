package org.briefings.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The harness's options. Defaults are the full run (about ten minutes on two cores); {@code
 * --quick} is a smoke run of a minute or two whose figures are only indicative.
 *
 * @param project     the project folder (bench/results/ is written there)
 * @param data        ../shared/data
 * @param work        scratch folder for indexes (kept between runs: the search indexes are reused)
 * @param name        results file name, without .md
 * @param only        parts to run: ingest, search, scale, http, batch, peers, solrcloud (only when named)
 * @param limit       UN speeches to ingest (0 = all)
 * @param runs        fresh JVMs per ingest measurement (the median is reported)
 * @param passes      passes per ingest JVM: the first is cold, the others warm (four by default: the
 *                    engine's own code is not at its steady state in the second pass over 93 PDFs)
 * @param docs        briefings in the search index
 * @param scaleDocs   index sizes for the scale table
 * @param seconds     length of one search measurement
 * @param rounds      latency rounds (the median is reported)
 * @param heap        child JVM heap
 * @param quick       whether this is the quick mode (noted in the results)
 * @param args        the command line as given, for the record
 */
record BenchOptions(
        Path project,
        Path data,
        Path work,
        String name,
        Set<String> only,
        int limit,
        int runs,
        int passes,
        int docs,
        List<Integer> scaleDocs,
        double seconds,
        int rounds,
        String heap,
        boolean quick,
        String args) {

    static final String USAGE = """
            Usage: scripts/bench.sh [options]
              --quick            smoke run (300 speeches, 1 JVM, 10k briefings, short measurements)
              --only LIST        parts to run, comma-separated: ingest,search,scale,http,batch,peers (default all);
                                 solrcloud (the engine on SolrCloud against embedded and Solr alone) only when named
              --limit N          UN speeches to ingest (default all 2,903)
              --runs N           fresh JVMs per ingest measurement (default 3)
              --passes N         ingest passes per JVM, first cold (default 4; 2 with --quick)
              --docs N           briefings in the search index (default 100000)
              --scale-1m         add a 1,000,000-briefing index to the scale table (slow; not by default)
              --seconds S        length of one search measurement (default 5)
              --rounds N         search latency rounds (default 3)
              --heap SIZE        child JVM heap (default 2g)
              --name NAME        results file bench/results/NAME.md (default DATE-full or DATE-quick)
              --work DIR         scratch folder (default target/bench)
            """;

    static BenchOptions parse(String[] argv) {
        Path project = Path.of(".");
        Path data = null;
        Path work = null;
        String name = null;
        Set<String> only = new LinkedHashSet<>(List.of("ingest", "search", "scale", "http", "batch", "peers"));
        Integer limit = null;
        Integer runs = null;
        Integer passes = null;
        Integer docs = null;
        Double seconds = null;
        Integer rounds = null;
        String heap = "2g";
        boolean quick = false;
        boolean million = false;
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            int start = i;
            String a = argv[i];
            switch (a) {
                case "--project" -> project = Path.of(argv[++i]);
                case "--data" -> data = Path.of(argv[++i]);
                case "--work" -> work = Path.of(argv[++i]);
                case "--name" -> name = argv[++i];
                case "--only" -> only = new LinkedHashSet<>(List.of(argv[++i].split(",")));
                case "--limit" -> limit = Integer.parseInt(argv[++i]);
                case "--runs" -> runs = Integer.parseInt(argv[++i]);
                case "--passes" -> passes = Integer.parseInt(argv[++i]);
                case "--docs" -> docs = Integer.parseInt(argv[++i]);
                case "--seconds" -> seconds = Double.parseDouble(argv[++i]);
                case "--rounds" -> rounds = Integer.parseInt(argv[++i]);
                case "--heap" -> heap = argv[++i];
                case "--quick" -> quick = true;
                case "--scale-1m" -> million = true;
                case "-h", "--help" -> throw new IllegalArgumentException("");
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
            if (!a.equals("--project") && !a.equals("--data")) {
                // the option and the value it took (the command line as given, less the paths the harness adds)
                shown.addAll(List.of(argv).subList(start, i + 1));
            }
        }
        project = project.toAbsolutePath().normalize();
        data = (data == null ? project.resolve("../shared/data") : data)
                .toAbsolutePath()
                .normalize();
        work = (work == null ? project.resolve("target/bench") : work)
                .toAbsolutePath()
                .normalize();
        int d = docs != null ? docs : quick ? 10_000 : 100_000;
        List<Integer> scale = new ArrayList<>();
        if (!quick) {
            scale.add(10_000);
        }
        scale.add(d);
        if (million) {
            scale.add(1_000_000);
        }
        return new BenchOptions(
                project,
                data,
                work,
                name != null ? name : LocalDate.now() + (quick ? "-quick" : "-full"),
                only,
                limit != null ? limit : quick ? 300 : 0,
                runs != null ? runs : quick ? 1 : 3,
                passes != null ? passes : quick ? 2 : 4,
                d,
                List.copyOf(new LinkedHashSet<>(scale)),
                seconds != null ? seconds : quick ? 2 : 5,
                rounds != null ? rounds : quick ? 1 : 3,
                heap,
                quick,
                String.join(" ", shown));
    }

    boolean runs(String part) {
        return only.contains(part);
    }
}
