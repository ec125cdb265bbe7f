package org.briefings.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The results file of {@link ServeScaleBench}: what was measured, each figure with the machine's load. */
final class ServeScaleReport {

    static String markdown(ServeScaleBench.Result r, String args) {
        StringBuilder md = new StringBuilder();
        md.append("# `serve` on ")
                .append(f("%,d", r.files()))
                .append(" briefings: start, memory, queries/s, reconcile\n\n");
        md.append("Run ")
                .append(Instant.now().toString(), 0, 16)
                .append(" UTC by `scripts/bench-serve-scale.sh ")
                .append(args.replaceAll("--project \\S+ ?", ""))
                .append("` (docs/benchmarks.md). Machine: ")
                .append(r.machine())
                .append(".\n\n");
        md.append(f(
                "Index: %s (%,d bytes), served from a hard-linked copy; corpus folder made from the index's own "
                        + "file records (%s). Load averages (1, 5, 15 min) are read before and after each step: "
                        + "the machine is shared with other builds, so read every figure with its load.%n%n",
                r.index(),
                r.indexBytes(),
                r.corpusSeconds() > 0 ? f("written in %.0f s", r.corpusSeconds()) : "reused"));
        md.append("## Start\n\n| start | first search answered | start-up reconciliation done | reconciliation "
                + "(its own time, files unchanged / indexed) | per file | load |\n|---|---:|---:|---:|---:|---|\n");
        for (ServeScaleBench.Start s : r.starts()) {
            JsonNode rec = s.reconcile();
            double secs = rec.path("seconds").asDouble();
            int files = rec.path("unchanged").asInt()
                    + rec.path("indexed").asInt()
                    + rec.path("duplicates").asInt();
            md.append(f(
                    "| %s | %.1f s | %.1f s | %.1f s (%,d / %,d) | %.0f µs | %s |%n",
                    s.what(),
                    s.firstSearchMs() / 1e3,
                    s.reconciledMs() / 1e3,
                    secs,
                    rec.path("unchanged").asInt(),
                    rec.path("indexed").asInt(),
                    files == 0 ? 0 : secs * 1e6 / files,
                    s.load()));
        }
        JsonNode rescan = r.rescan();
        if (rescan != null && !rescan.isMissingNode()) {
            int files =
                    rescan.path("unchanged").asInt() + rescan.path("indexed").asInt();
            md.append(f(
                    "%nThe last periodic rescan of the first start (warm, nothing changed but the uploads): %.1f s "
                            + "for %,d files, %.0f µs per file.%n",
                    rescan.path("seconds").asDouble(),
                    files,
                    files == 0 ? 0 : rescan.path("seconds").asDouble() * 1e6 / files));
        }
        md.append(f(
                "%nTouched before the second start: %,d files (every %.0fth), rewritten with the bytes their "
                        + "record's hash was taken of and a new time%s.%n",
                r.touched(),
                r.files() / (double) Math.max(1, r.touched()),
                r.touchedHashMatches()
                        ? " (the reconciliation hashes each and finds it unchanged)"
                        : " (but their hash differs from the record's, so they are extracted and indexed again)"));
        md.append("\n## Memory of the server\n\nResident = anonymous (the JVM: heap, code, threads, direct buffers) + "
                + "file-backed (pages of the memory-mapped index, which the kernel can drop).\n\n| when | heap used "
                + "| heap live after a full GC | heap committed | resident (RSS) | anonymous | file-backed | load |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (ServeScaleBench.Memory m : r.memory()) {
            md.append(f(
                    "| %s | %,d MB | %,d MB | %,d MB | %,d MB | %,d MB | %,d MB | %s |%n",
                    m.when(),
                    m.heapUsedMb(),
                    m.heapLiveMb(),
                    m.heapCommittedMb(),
                    m.rssMb(),
                    m.rssAnonMb(),
                    m.rssFileMb(),
                    m.load()));
        }
        md.append(f(
                "%n## Searches over HTTP%n%nThe 36-query mix with all facets (`HttpLoad clients`), closed-loop "
                        + "clients in a JVM of their own; load %s; %d errors.%n%n",
                r.loadDuring(), r.load().errors()));
        md.append("| round | clients | queries/s | p50 | p99 |\n|---:|---:|---:|---:|---:|\n");
        List<List<Load.Closed>> rounds = r.load().rounds();
        for (int i = 0; i < rounds.size(); i++) {
            for (Load.Closed c : rounds.get(i)) {
                md.append(f(
                        "| %d | %d | %.1f | %.1f ms | %.1f ms |%n",
                        i + 1,
                        c.clients(),
                        c.perSec(),
                        c.latency().p50(),
                        c.latency().p99()));
            }
        }
        HttpLoad.FreshResult u = r.uploads();
        md.append(f(
                "%n## Uploads%n%n%,d text uploads one after the other (load %s), %d failures: answered in p50 "
                        + "%.0f / p99 %.0f ms; found by a search p50 %.1f / p99 %.1f ms after the answer.%n",
                u.uploads(),
                r.uploadsDuring(),
                u.failures(),
                u.upload().p50(),
                u.upload().p99(),
                u.visible().p50(),
                u.visible().p99()));
        return md.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private ServeScaleReport() {}
}
