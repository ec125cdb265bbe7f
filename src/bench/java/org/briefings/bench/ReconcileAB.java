package org.briefings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefings.ingest.ParserIsolation;

/**
 * Two settings of the parser child JVMs side by side on the product's path ({@code
 * BriefingEngine.reconcile}, as {@link IngestRun#reconcile} runs it), at one thread (one child) and
 * at two (two children), alternating A and B pair by pair in one JVM so a shared machine's load
 * falls on both alike. Each run starts its own children, as {@code briefings index} does. Reports
 * wall time and CPU time (this JVM's and its children's, from {@code /proc/self/stat}) per run, and
 * per setting the medians, the 2 ÷ 1 threads speed-up and B ÷ A, each paired within a pair. Not
 * part of the harness's report.
 *
 * <pre>ReconcileAB DATA_DIR WORK_DIR ungdc|crs LIMIT PAIRS "A options" "B options"</pre>
 *
 * Options are the children's extra JVM options ({@code --parser-jvm-options}); "-" means none;
 * {@code +atEnd} among them (not a JVM option) reconciles without refreshes on the way, as {@code
 * briefings index} does (without it, with refreshes, as {@code serve} does); {@code
 * +noPlainTextReader} sends plain text to the parser processes too ({@code
 * -Dbriefings.plainTextReader=off}), to measure what reading it in the engine saves; {@code +jar}
 * starts the parser processes from {@code target/briefings.jar} (which must be of the same build)
 * rather than this JVM's class path of folders, so that they share the class-data archive as
 * {@code briefings index}'s do ({@code -Dbriefings.parserClassPath}).
 */
public final class ReconcileAB {

    record Run(String setting, int threads, double wallMs, double cpuMs, double withOpenMs) {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path work = Path.of(args[1]);
        String corpus = args[2];
        List<Path> files = Corpora.files(data, corpus, Integer.parseInt(args[3]));
        int pairs = Integer.parseInt(args[4]);
        Map<String, List<String>> settings = new LinkedHashMap<>();
        settings.put("A", options(args[5]));
        settings.put("B", options(args[6]));
        System.out.printf("A: %s%nB: %s%n", settings.get("A"), settings.get("B"));
        List<Path> warm = files.subList(0, Math.min(files.size(), 100));
        for (List<String> o : settings.values()) { // untimed: this JVM's own code warm for both
            plainTextReader(o);
            IngestRun.reconcile(corpus, work, warm, 2, isolation(2, o), !o.contains(AT_END));
        }
        List<Run> runs = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            List<String> order = p % 2 == 0 ? List.of("A", "B") : List.of("B", "A");
            int[] threads = p % 2 == 0 ? new int[] {1, 2} : new int[] {2, 1};
            for (String s : order) {
                for (int t : threads) {
                    double cpu0 = cpuMs();
                    List<String> o = settings.get(s);
                    plainTextReader(o);
                    IngestRun.Reconciled r =
                            IngestRun.reconcile(corpus, work, files, t, isolation(t, o), !o.contains(AT_END));
                    Run run = new Run(s, t, r.ms(), cpuMs() - cpu0, r.withOpenMs());
                    if (r.briefings() < files.size()) { // a setting that breaks the children is no faster setting
                        System.out.printf(
                                "WARNING: %s gave %d briefings for %d files%n", s, r.briefings(), files.size());
                    }
                    runs.add(run);
                    System.out.printf(
                            Locale.ROOT,
                            "pair %d %s %d thread(s): %.1f s wall (%.1f s with open and close), %.1f s CPU, load %.1f%n",
                            p + 1,
                            s,
                            t,
                            run.wallMs() / 1e3,
                            run.withOpenMs() / 1e3,
                            run.cpuMs() / 1e3,
                            load());
                }
            }
        }
        report(runs, files.size(), pairs);
    }

    private static void report(List<Run> runs, int files, int pairs) {
        System.out.printf(
                "%n| setting | threads | docs/s | wall s | with open, close s | CPU s |%n|---|---:|---:|---:|---:|---:|%n");
        for (String s : List.of("A", "B")) {
            for (int t : new int[] {1, 2}) {
                List<Double> rate = new ArrayList<>();
                List<Double> wall = new ArrayList<>();
                List<Double> cpu = new ArrayList<>();
                List<Double> withOpen = new ArrayList<>();
                for (Run r : runs) {
                    if (r.setting().equals(s) && r.threads() == t) {
                        rate.add(files / (r.wallMs() / 1e3));
                        wall.add(r.wallMs() / 1e3);
                        cpu.add(r.cpuMs() / 1e3);
                        withOpen.add(r.withOpenMs() / 1e3);
                    }
                }
                System.out.printf(
                        "| %s | %d | %s | %s | %s | %s |%n",
                        s,
                        t,
                        Stats.spread(rate, "%.1f"),
                        Stats.spread(wall, "%.1f"),
                        Stats.spread(withOpen, "%.1f"),
                        Stats.spread(cpu, "%.1f"));
            }
        }
        for (String s : List.of("A", "B")) {
            List<Double> speedUp = new ArrayList<>();
            for (int p = 0; p < pairs; p++) {
                speedUp.add(wall(runs, p, s, 1) / wall(runs, p, s, 2));
            }
            System.out.printf("%s: 2 ÷ 1 threads %s%n", s, Stats.spread(speedUp, "%.2f"));
        }
        for (int t : new int[] {1, 2}) {
            List<Double> ba = new ArrayList<>();
            for (int p = 0; p < pairs; p++) {
                ba.add(wall(runs, p, "A", t) / wall(runs, p, "B", t));
            }
            System.out.printf("%d thread(s): B ÷ A rate %s%n", t, Stats.spread(ba, "%.2f"));
        }
    }

    private static double wall(List<Run> runs, int pair, String setting, int threads) {
        List<Run> mine = runs.subList(pair * 4, pair * 4 + 4);
        return mine.stream()
                .filter(r -> r.setting().equals(setting) && r.threads() == threads)
                .findFirst()
                .orElseThrow()
                .wallMs();
    }

    private static final String AT_END = "+atEnd";
    /** Not a JVM option either: every file goes to the parser processes, none to the PlainTextReader. */
    private static final String NO_READER = "+noPlainTextReader";

    /** Not a JVM option: the parser processes run from the build's jar, with the class-data archive. */
    private static final String JAR = "+jar";

    /** Sets the engine-side switches the setting asks for (read as each reconcile builds its extractor). */
    private static void plainTextReader(List<String> options) {
        System.setProperty("briefings.plainTextReader", options.contains(NO_READER) ? "off" : "on");
        System.setProperty(
                ParserIsolation.CLASS_PATH_PROPERTY,
                options.contains(JAR)
                        ? Path.of("target/briefings.jar").toAbsolutePath().toString()
                        : "");
    }

    private static ParserIsolation isolation(int processes, List<String> options) {
        List<String> jvm = options.stream()
                .filter(o -> !o.equals(AT_END) && !o.equals(NO_READER) && !o.equals(JAR))
                .toList();
        return new ParserIsolation(true, processes, ParserIsolation.DEFAULT_HEAP_MB, jvm);
    }

    private static List<String> options(String arg) {
        return arg.equals("-") ? List.of() : ParserIsolation.parseJvmOptions(arg);
    }

    /**
     * CPU time of this JVM and of its children that have exited (the parser processes, reaped by the
     * JDK), in ms: fields 14-17 of {@code /proc/self/stat}, in clock ticks of 10 ms.
     */
    static double cpuMs() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = 0;
            for (int i = 11; i <= 14; i++) { // utime, stime, cutime, cstime (fields 14-17; 3 is f[0])
                ticks += Long.parseLong(f[i]);
            }
            return ticks * 10.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private ReconcileAB() {}
}
