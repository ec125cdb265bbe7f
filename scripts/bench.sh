#!/usr/bin/env bash
# Runs the benchmark harness (issue 7; docs/benchmarks.md): ingest and search speed beside bare Lucene.
#   scripts/bench.sh             full run, about forty minutes on two cores (the peers included); writes bench/results/DATE-full.md
#   scripts/bench.sh --quick     smoke run, a minute or two
#   scripts/bench.sh --help      all options
# Prints "skipped: ../shared/data not found" and exits 0 where the shared corpora are absent.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
if [ ! -d "$HERE/../shared/data" ] && [ -z "${BRIEFINGS_SHARED_DATA:-}" ]; then
  echo "skipped: ../shared/data not found"
  exit 0
fi
DATA="${BRIEFINGS_SHARED_DATA:-$HERE/../shared/data}"
# The main jar and target/lib are what `serve` runs in the HTTP part; tests are not run.
exec ./mvnw -q -B -Pbench -DskipTests package exec:exec@bench -Dshared.data="$DATA" -Dbench.args="$*"
