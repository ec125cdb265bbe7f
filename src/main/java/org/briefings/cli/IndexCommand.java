package org.briefings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.CorpusFiles;
import org.briefings.engine.CorpusPart;
import org.briefings.engine.OcrCounts;
import org.briefings.engine.ReconcileReport;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.OcrSettings;
import org.briefings.pipeline.FileFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code index [PATH...]}: brings the index up to date with the corpus. Without paths the whole
 * corpus is reconciled; paths inside the corpus limit the run to them; files or folders outside
 * the corpus are copied into {@code corpus/imported/} first (the corpus is the truth) and indexed.
 */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Index new and changed documents, skip unchanged ones, remove deleted ones.",
            "Prints a summary table: indexed, unchanged, duplicates, deleted, failed (with reasons)."
        })
final class IndexCommand implements Callable<Integer> {

    @Mixin
    PathOptions paths;

    @Mixin
    ParsingOptions parsing;

    @Mixin
    SemanticOption semantic;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description =
                    "Files or folders to index (default: the whole corpus). Outside the corpus they are copied in.")
    List<Path> targets = new ArrayList<>();

    @Option(
            names = "--part",
            paramLabel = "I/N",
            description = "Index only part I of N of the corpus (split by path), so N machines can index one shared"
                    + " corpus into one SolrCloud collection at once (docs/scaling.md).")
    String part;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (BriefingEngine engine = paths.builder(parsing.apply(paths.config()))
                .part(part == null ? CorpusPart.ALL : CorpusPart.parse(part))
                .semantic(semantic.on)
                .searchableWhileReconciling(false) // nothing searches in this process
                .open()) {
            List<Path> roots = new ArrayList<>();
            for (Path t : targets) {
                roots.add(intoCorpus(engine.corpus(), t, out));
            }
            if (roots.isEmpty()) {
                roots.add(engine.corpus());
            }
            ReconcileReport report = engine.reconcile(roots, new ProgressBar(System.err, System.console() != null));
            printSummary(out, report, engine.briefingCount());
            if (engine.semantic()) {
                engine.startVectors();
                engine.awaitVectors(java.time.Duration.ofDays(1)); // the vectors are what --semantic asked for
                out.printf(
                        Locale.ROOT,
                        "  vectors: %s briefings ready%n",
                        engine.semanticStats().get("ready"));
            }
            printOcr(
                    out,
                    OcrCounts.of(engine),
                    parsing.apply(paths.config()).limits().ocr());
            return report.failed() > 0 && report.indexed() == 0 && report.unchanged() == 0 ? 1 : 0;
        }
    }

    private static Path intoCorpus(Path corpus, Path target, PrintWriter out) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            throw new IllegalArgumentException("no such file or folder: " + target);
        }
        if (abs.startsWith(corpus)) {
            return abs;
        }
        Path dest = corpus.resolve("imported").resolve(abs.getFileName().toString());
        if (Files.isDirectory(abs)) {
            for (Path f : CorpusFiles.list(abs, abs)) {
                Path d = dest.resolve(abs.relativize(f).toString());
                Files.createDirectories(d.getParent());
                Files.copy(f, d, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } else {
            Files.createDirectories(dest.getParent());
            Files.copy(abs, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        out.println("copied " + target + " into " + CorpusFiles.relative(corpus, dest));
        return dest;
    }

    /** What OCR can do here and what it has read; a needs-OCR count says what to install. */
    static void printOcr(PrintWriter out, OcrCounts counts, OcrSettings ocr) {
        out.printf(
                Locale.ROOT,
                "  %d read from scans by OCR, %d scans need OCR; %s%n",
                counts.read(),
                counts.needsOcr(),
                ocr.summary());
        out.flush();
    }

    static void printSummary(PrintWriter out, ReconcileReport r, int briefingsInIndex) {
        out.println();
        out.println("  result       files");
        out.println("  ----------  ------");
        out.printf(Locale.ROOT, "  indexed     %6d   (%d briefings)%n", r.indexed(), r.briefings());
        out.printf(Locale.ROOT, "  unchanged   %6d%n", r.unchanged());
        out.printf(Locale.ROOT, "  duplicates  %6d%n", r.duplicates());
        out.printf(Locale.ROOT, "  deleted     %6d%n", r.deleted());
        out.printf(Locale.ROOT, "  failed      %6d%n", r.failed());
        for (Map.Entry<IngestException.Reason, Integer> e : r.failuresByReason().entrySet()) {
            out.printf(
                    Locale.ROOT,
                    "    %-18s %4d%n",
                    e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    e.getValue());
        }
        if (!r.failures().isEmpty()) {
            out.println();
            out.println("  failures:");
            for (FileFailure f : r.failures()) {
                out.printf(
                        Locale.ROOT,
                        "    %s  [%s] %s%n",
                        f.path(),
                        f.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        f.message());
            }
        }
        if (!r.warnings().isEmpty()) {
            out.println();
            out.println("  warnings:");
            r.warnings().stream().limit(50).forEach(w -> out.println("    " + w));
            if (r.warnings().size() > 50) {
                out.println("    ... and " + (r.warnings().size() - 50) + " more");
            }
        }
        out.println();
        out.printf(
                Locale.ROOT,
                "  %d briefings in the index; took %.1f s%n",
                briefingsInIndex,
                r.elapsed().toMillis() / 1000.0);
        out.flush();
    }
}
