package org.briefings.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the engine's enrichment side by side in one JVM, to tell whether a change made it
 * faster: each build's classes in a class loader of its own (with the same libraries), each
 * enriching the same corpus, round after round in the order A B B A A B B A ..., timed by the
 * enriching thread's CPU time. Not part of the harness's report.
 *
 * <p>Why in one JVM: {@link EnrichLoop} runs one build per JVM, and on this host two JVMs of the
 * same build differ by up to a fifth in their steady rate (2026-12-04: 7.1 to 8.4 MB/s on the
 * speeches), more than most single changes are worth. In one JVM both builds see the same host at
 * the same moment: the host's slow phases (a third slower, for tens of seconds) fall on both alike,
 * so the ratio of neighbouring rounds is steady where each side's rate is not.
 *
 * <p>Prints each build's SHA-256 of what enrichment produced ({@link EnrichLoop#digest}; a change
 * meant only to be faster must give the same), each build's median rate over the rounds after the
 * first third (compiling), and the median of B ÷ A over neighbouring rounds with its range.
 *
 * <pre>
 * # the build before the change, compiled into its own folder (e.g. git worktree + mvnw compile)
 * java -Xmx4g -cp "target/test-classes:$(cat cp.txt)" org.briefings.bench.EnrichAB \
 *   /tmp/before/target/classes target/classes crs ../shared/data target/bench 120
 * </pre>
 *
 * <pre>EnrichAB CLASSES_A CLASSES_B ungdc|crs[:PIECE_CHARS] DATA_DIR WORK_DIR SECONDS</pre>
 *
 * <p>({@code ungdc:500}: the speeches cut into short texts, see {@link EnrichLoop}.)
 */
public final class EnrichAB {

    private static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");

    /** One build: its enricher, its {@code enrich} method and the corpus as its classes read it. */
    private record Build(Object enricher, Method enrich, List<?> texts, String digest) {}

    public static void main(String[] args) throws Exception {
        String corpus = args[2];
        Path data = Path.of(args[3]);
        Path work = Path.of(args[4]);
        double seconds = Double.parseDouble(args[5]);
        Build a = load(Path.of(args[0]), corpus, data, work);
        Build b = load(Path.of(args[1]), corpus, data, work);
        long bytes = bytes(a.texts());
        System.out.printf(
                "%s: %d texts, %.1f MB%nA %s: digest %s%nB %s: digest %s%n%s%n",
                corpus,
                a.texts().size(),
                bytes / 1e6,
                args[0],
                a.digest(),
                args[1],
                b.digest(),
                a.digest().equals(b.digest()) ? "same output" : "OUTPUT DIFFERS");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> rateA = new ArrayList<>();
        List<Double> rateB = new ArrayList<>();
        long until = System.nanoTime() + (long) (seconds * 1e9);
        for (int round = 0; System.nanoTime() < until || rateB.size() < rateA.size(); round++) {
            boolean first = round % 4 == 0 || round % 4 == 3; // A B B A
            Build build = first ? a : b;
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (Object text : build.texts()) {
                build.enrich().invoke(build.enricher(), text, NOW);
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            (first ? rateA : rateB).add(bytes / 1e6 / cpu);
        }
        int from = rateA.size() / 3;
        List<Double> ratio = new ArrayList<>();
        for (int i = from; i < rateA.size(); i++) {
            ratio.add(rateB.get(i) / rateA.get(i));
        }
        System.out.printf(
                Locale.ROOT,
                "A: %d rounds, %.2f MB/s per core (median after the first third)%n",
                rateA.size(),
                Stats.median(rateA.subList(from, rateA.size())));
        System.out.printf(
                Locale.ROOT,
                "B: %d rounds, %.2f MB/s per core%n",
                rateB.size(),
                Stats.median(rateB.subList(from, rateB.size())));
        System.out.printf(
                Locale.ROOT,
                "B / A, neighbouring rounds: %.3f (%.3f-%.3f, %d pairs)%n",
                Stats.median(ratio),
                Stats.min(ratio),
                Stats.max(ratio),
                ratio.size());
    }

    /** A build's classes with this JVM's libraries (every class path entry but the engine's own classes). */
    private static Build load(Path classes, String corpus, Path data, Path work) throws Exception {
        if (!Files.isRegularFile(classes.resolve("org/briefings/enrich/Enricher.class"))) {
            throw new IllegalArgumentException("no compiled engine in " + classes);
        }
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!Files.isRegularFile(p.resolve("org/briefings/enrich/Enricher.class"))) {
                urls.add(p.toUri().toURL()); // the libraries and the bench classes (EnrichLoop)
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> loop = loader.loadClass(EnrichLoop.class.getName());
        Method texts = loop.getDeclaredMethod("texts", String.class, Path.class, Path.class, int.class);
        texts.setAccessible(true);
        List<?> corpusTexts = (List<?>) texts.invoke(null, corpus, data, work, 0);
        Class<?> enricherClass = loader.loadClass("org.briefings.enrich.Enricher");
        Object enricher = enricherClass.getConstructor().newInstance();
        Method enrich = Arrays.stream(enricherClass.getMethods())
                .filter(m -> m.getName().equals("enrich") && m.getParameterCount() == 2)
                .findFirst()
                .orElseThrow();
        Method digest = loop.getDeclaredMethod("digest", enricherClass, List.class, Instant.class);
        digest.setAccessible(true);
        return new Build(enricher, enrich, corpusTexts, (String) digest.invoke(null, enricher, corpusTexts, NOW));
    }

    private static long bytes(List<?> texts) throws Exception {
        long bytes = 0;
        for (Object t : texts) {
            String text = (String) t.getClass().getMethod("text").invoke(t);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }
}
