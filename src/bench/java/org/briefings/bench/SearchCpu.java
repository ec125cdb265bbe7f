package org.briefings.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a change does to a search's CPU time and allocation, when the machine is too busy for
 * latencies to mean anything (issue 16; docs/benchmarks.md). Two or more builds of the engine, and
 * Lucene with the same facets as the yardstick, run in one JVM, each in its own class loader over
 * the same Lucene jars and its own copy of the index; the mix runs with each in turn, mix by mix, the
 * order reversed every other mix, so the machine's load falls on all alike. Reported per block of
 * mixes: the searching thread's CPU time and bytes allocated per query, and the ratios to the first
 * build and to Lucene with facets, median and range over the blocks. Before timing, every build's
 * answers (the mix and variants of it, as JSON) are compared with the first build's.
 *
 * <pre>
 * java -cp target/test-classes:DEPENDENCIES org.briefings.bench.SearchCpu \
 *   --build before=CLASSES_DIR,INDEX_COPY --build after=CLASSES_DIR,INDEX_COPY \
 *   [--lucene-facets INDEX] [--warm 12] [--blocks 8] [--mixes 3] [--json]
 * </pre>
 *
 * CLASSES_DIR is a copy of a build's {@code target/classes}; the engine's classes are loaded from
 * it, never from the driver's class path.
 */
public final class SearchCpu {

    /** A side: its name, its loader's instance and methods. */
    private record Side(String name, Object side, Method runMix, Method answers) {}

    public static void main(String[] args) throws Exception {
        List<String[]> builds = new ArrayList<>();
        String luceneFacets = null;
        int warm = 12;
        int blocks = 8;
        int mixes = 3;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--build" -> builds.add(args[++i].split("[=,]"));
                case "--lucene-facets" -> luceneFacets = args[++i];
                case "--warm" -> warm = Integer.parseInt(args[++i]);
                case "--blocks" -> blocks = Integer.parseInt(args[++i]);
                case "--mixes" -> mixes = Integer.parseInt(args[++i]);
                case "--json" -> json = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (builds.isEmpty()) {
            throw new IllegalArgumentException("at least one --build NAME=CLASSES_DIR,INDEX_COPY");
        }
        List<Side> sides = new ArrayList<>();
        for (String[] b : builds) {
            sides.add(side(b[0], b[1], b[2], json, false));
        }
        if (luceneFacets != null) {
            sides.add(side("lucene+facets", builds.get(0)[1], luceneFacets, false, true));
        }
        compareAnswers(sides);
        run(sides, warm, blocks, mixes);
    }

    private static Side side(String name, String classes, String index, boolean json, boolean lucene) throws Exception {
        URL own = SearchCpu.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader loader = new BuildLoader(new URL[] {Path.of(classes).toUri().toURL(), own});
        Class<?> k = loader.loadClass(SearchCpuSide.class.getName());
        Object side =
                k.getConstructor(String.class, boolean.class, boolean.class).newInstance(index, json, lucene);
        return new Side(name, side, k.getMethod("runMix"), k.getMethod("answers"));
    }

    private static void compareAnswers(List<Side> sides) throws Exception {
        List<?> first = (List<?>) sides.get(0).answers().invoke(sides.get(0).side());
        System.out.println(sides.get(0).name() + ": " + first.size() + " answers");
        for (Side s : sides.subList(1, sides.size())) {
            List<?> these = (List<?>) s.answers().invoke(s.side());
            if (these.isEmpty()) {
                continue;
            }
            int differ = Math.abs(first.size() - these.size());
            for (int i = 0; i < Math.min(first.size(), these.size()); i++) {
                differ += Objects.equals(first.get(i), these.get(i)) ? 0 : 1;
            }
            System.out.println(s.name() + ": " + (differ == 0 ? "answers identical" : differ + " answers DIFFER"));
        }
    }

    private static void run(List<Side> sides, int warm, int blocks, int mixes) throws Exception {
        int n = sides.size();
        double[][] cpu = new double[n][blocks];
        double[][] alloc = new double[n][blocks];
        long[] totals = new long[n];
        int queries = QueryMix.all().size() * mixes;
        int mix = 0;
        for (int b = -1; b < blocks; b++) {
            for (int m = 0; m < (b < 0 ? warm : mixes); m++, mix++) {
                for (int k = 0; k < n; k++) {
                    int j = mix % 2 == 0 ? k : n - 1 - k;
                    long[] r =
                            (long[]) sides.get(j).runMix().invoke(sides.get(j).side());
                    totals[j] = r[3];
                    if (b >= 0) {
                        cpu[j][b] += r[0] / 1e6 / queries;
                        alloc[j][b] += r[1] / 1024.0 / queries;
                    }
                }
            }
            if (b >= 0) {
                StringBuilder line = new StringBuilder("block " + b + ", load " + load() + ":");
                for (int j = 0; j < n; j++) {
                    line.append(
                            String.format("  %s %.3f ms %.0f KB", sides.get(j).name(), cpu[j][b], alloc[j][b]));
                }
                System.out.println(line);
            }
        }
        for (int j = 0; j < n; j++) {
            System.out.printf(
                    "%s: total hits %d, CPU per query %s ms, allocated per query %s KB%n",
                    sides.get(j).name(), totals[j], spread(cpu[j], 1, 3), spread(alloc[j], 1, 0));
        }
        for (int j = 1; j < n; j++) {
            System.out.printf(
                    "%s ÷ %s, CPU per block: %s%n",
                    sides.get(j).name(), sides.get(0).name(), spread(cpu[j], cpu[0], 3));
        }
        if (sides.get(n - 1).name().equals("lucene+facets")) {
            for (int j = 0; j < n - 1; j++) {
                System.out.printf(
                        "%s ÷ lucene+facets, CPU per block: %s%n", sides.get(j).name(), spread(cpu[j], cpu[n - 1], 3));
            }
        }
    }

    private static String spread(double[] values, double[] by, int digits) {
        double[] r = new double[values.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = values[i] / by[i];
        }
        return spread(r, 1, digits);
    }

    /** Median [lowest–highest]. */
    private static String spread(double[] values, double scale, int digits) {
        double[] v = values.clone();
        Arrays.sort(v);
        String f = "%." + digits + "f";
        return String.format(
                f + " [" + f + "–" + f + "]", v[v.length / 2] * scale, v[0] * scale, v[v.length - 1] * scale);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    /**
     * Loads the engine's and the harness's classes itself, the build's first, and everything else
     * (Lucene, Jackson) from the shared class path: each build its own engine, all the same jars.
     */
    private static final class BuildLoader extends URLClassLoader {
        BuildLoader(URL[] urls) {
            super(urls, SearchCpu.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.briefings.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
