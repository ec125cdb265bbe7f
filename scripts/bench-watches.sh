#!/usr/bin/env bash
# What watches cost (issue 12; docs/watches.md): matching per ingested briefing with 0, 100, 1,000 and
# 10,000 watches beside ingest without watches, the heap they take, and upload-to-event/feed latency.
#   scripts/bench-watches.sh                      200 speeches per configuration; writes bench/results/DATE-watches.md
#   scripts/bench-watches.sh --speeches 500       more speeches
# Prints "skipped: ../shared/data not found" and exits 0 where the shared corpora are absent.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
DATA="${BRIEFINGS_SHARED_DATA:-$HERE/../shared/data}"
exec ./mvnw -q -B -Pbench -DskipTests test-compile exec:exec@watch-bench -Dshared.data="$DATA" -Dbench.args="$*"
