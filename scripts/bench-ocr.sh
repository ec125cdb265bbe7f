#!/usr/bin/env bash
# What OCR achieves and costs (issue 13; docs/ocr.md): word recall and character error rate per
# language and condition (dpi, specks, skew, a page turned by 90°), seconds per page and the parser
# child's peak memory, against the same text as a PDF with a text layer.
#   scripts/bench-ocr.sh                 writes bench/results/DATE-ocr.md
#   scripts/bench-ocr.sh --repeat 3      three passes
# Prints "skipped: OCR not available ..." and exits 0 where tesseract is not installed.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
exec ./mvnw -q -B -Pbench -DskipTests test-compile exec:exec@ocr-bench -Dbench.args="$*"
