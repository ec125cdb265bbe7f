#!/usr/bin/env bash
# `bin/briefings serve` on the 1,000,000-briefing index (docs/scaling.md, measurement plan items 2 and 3;
# docs/benchmarks.md): start time to the first answer and to the end of the start-up reconciliation,
# heap and resident memory after start, a search load and uploads, queries/s with p50/p99 at 1, 2 and
# 4 clients, and the reconciliation's time per file with nothing changed and with 1% touched.
#   scripts/bench-serve-scale.sh                       on target/bench/search/1000000/engine
#                                                      (built by scripts/bench.sh --only scale --scale-1m)
#   scripts/bench-serve-scale.sh --index DIR --name 2026-12-02-scale-1m-serve --uploads 1000 --touch 0.01
# Other options: --work DIR (default target/bench/serve-scale), --seconds S, --rounds N, --clients 1,2,4,
# --heap SIZE (serve's -Xmx; default: bin/briefings' default). Writes bench/results/NAME.md and .json.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
# The main jar is what bin/briefings serve runs; tests are not run.
exec ./mvnw -q -B -Pbench -DskipTests package exec:exec@serve-scale -Dbench.args="$*"
