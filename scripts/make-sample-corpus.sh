#!/usr/bin/env bash
# Regenerates the binary files of the sample corpus (corpus/*.pdf, *.docx, *.eml, *.zip) from the
# sources in src/corpus-sources/ with org.briefings.tools.SampleCorpusWriter (test scope).
# The output is deterministic: running it twice gives identical bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile exec:exec@sample-corpus
