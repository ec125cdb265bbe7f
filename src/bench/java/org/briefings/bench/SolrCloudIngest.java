package org.briefings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefings.solr.SolrPeer;

/**
 * The SolrCloud part's ingest (issue 11, item 5): the same slice of UN speeches through the product's
 * own command, {@code briefings index}, as a user runs it: into the embedded index, into a SolrCloud
 * collection by one process ({@code --part 1/1}), and by two processes at once ({@code --part 1/2} and
 * {@code --part 2/2}), each timed from its start to its exit (the JVM, its Tika processes, extraction,
 * enrichment, the writes and the commit). Two processes on the same machine share its cores: the
 * figure says what splitting costs or gains here, not what two machines would give.
 *
 * <p>Each process gets its own folder of hard links to the same files at the same relative paths
 * (an engine holds a lock in its corpus folder; docs/scaling.md), as machines with a copy each would.
 */
final class SolrCloudIngest {

    /** The collections' layout: one shard per node of the benchmark's cluster. */
    static final int SHARDS = SolrCloudBench.NODES;

    private static final Pattern INDEXED = Pattern.compile("indexed\\s+(\\d+)\\s+\\((\\d+) briefings\\)");

    /** One way of indexing the slice: wall seconds and the briefings it left in the index. */
    record Run(String system, int processes, double seconds, long briefings, int filesIndexed) {}

    record Result(int files, long bytes, int shards, List<Run> runs, String failure) {}

    private SolrCloudIngest() {}

    static Result run(BenchOptions o, Path work, SolrPeer solr) {
        List<Run> runs = new ArrayList<>();
        int files = 0;
        long bytes = 0;
        try {
            List<Path> slice = Corpora.files(o.data(), Corpora.UNGDC, o.limit());
            files = slice.size();
            bytes = Corpora.bytes(slice);
            Corpora.deleteTree(work);
            Path root = Corpora.root(o.data(), Corpora.UNGDC);
            List<Path> corpora = List.of(work.resolve("corpus-1"), work.resolve("corpus-2"));
            for (Path corpus : corpora) {
                link(root, slice, corpus);
            }
            Path jar = o.project().resolve("target/briefings.jar");
            runs.add(timed(
                    o,
                    "embedded index",
                    List.of(index(jar, o, corpora.get(0), work.resolve("embedded"))),
                    work,
                    null,
                    null));
            runs.add(intoCollection(o, jar, solr, work, corpora, 1));
            runs.add(intoCollection(o, jar, solr, work, corpora, 2));
            Corpora.deleteTree(work);
            return new Result(files, bytes, SHARDS, runs, null);
        } catch (Exception e) {
            String why = String.valueOf(e);
            BenchMain.log("solrcloud: ingest not measured: %s", why);
            return new Result(
                    files, bytes, SHARDS, runs, "not measured: " + why.substring(0, Math.min(300, why.length())));
        }
    }

    private static void link(Path root, List<Path> slice, Path corpus) throws IOException {
        for (Path f : slice) {
            Path link = corpus.resolve(root.relativize(f).toString());
            Files.createDirectories(link.getParent());
            try {
                Files.createLink(link, f);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(f, link);
            }
        }
    }

    private static List<String> index(Path jar, BenchOptions o, Path corpus, Path index) {
        List<String> c = new ArrayList<>(HttpBench.jvm(jar, o.heap()));
        c.addAll(List.of("index", "--corpus", corpus.toString(), "--index", index.toString()));
        return c;
    }

    /**
     * Indexes the slice into a new collection of {@link #SHARDS} shards with {@code processes}
     * processes at once, process i taking {@code --part i/processes} from its own folder; then
     * deletes the collection.
     */
    private static Run intoCollection(
            BenchOptions o, Path jar, SolrPeer solr, Path work, List<Path> corpora, int processes) throws Exception {
        String collection = "ingest-" + processes;
        solr.create(collection, SHARDS);
        List<List<String>> commands = new ArrayList<>();
        for (int i = 1; i <= processes; i++) {
            commands.add(solrIndex(
                    jar,
                    o,
                    corpora.get(i - 1),
                    work.resolve(collection + "-" + i),
                    solr,
                    collection,
                    i + "/" + processes));
        }
        Run run = timed(o, "SolrCloud, " + SHARDS + " shards", commands, work, solr, collection);
        solr.delete(collection);
        return run;
    }

    private static List<String> solrIndex(
            Path jar, BenchOptions o, Path corpus, Path index, SolrPeer solr, String collection, String part) {
        List<String> c = index(jar, o, corpus, index);
        c.addAll(List.of("--solr", solr.urls(), "--collection", collection, "--part", part));
        return c;
    }

    /**
     * Starts the processes at once, waits for all, and checks each exited 0; the briefings are
     * counted in the collection (or, for the embedded index, read from the command's summary).
     */
    private static Run timed(
            BenchOptions o, String system, List<List<String>> commands, Path work, SolrPeer solr, String collection)
            throws Exception {
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (List<String> command : commands) {
            Path log = work.resolve(
                    system.replaceAll("[^A-Za-z0-9]+", "-") + "-" + commands.size() + "-" + processes.size() + ".log");
            logs.add(log);
            processes.add(new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start());
        }
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("briefings index exited with " + (p.isAlive() ? "a timeout" : p.exitValue())
                        + "; see " + logs.get(i));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int filesIndexed = 0;
        long briefings = 0;
        for (Path log : logs) {
            Matcher m = INDEXED.matcher(Files.readString(log));
            if (!m.find()) {
                throw new IOException("no summary in " + log);
            }
            filesIndexed += Integer.parseInt(m.group(1));
            briefings += Long.parseLong(m.group(2));
        }
        if (solr != null) {
            briefings = solr.count(collection);
        }
        BenchMain.log(
                "solrcloud: ingest, %s, %d process(es): %d files, %,d briefings in %.1f s",
                system, commands.size(), filesIndexed, briefings, seconds);
        return new Run(system, commands.size(), seconds, briefings, filesIndexed);
    }
}
