#!/usr/bin/env bash
# Fuzz every reader for SECONDS each (default 120) with a fixed seed; new inputs go to
# WORKDIR/<format>/ (never into fuzz/corpus/), crashes to WORKDIR/crashes/. Prints each
# target's final libFuzzer line (executions, cov: edges, ft: features, corpus) and exits
# non-zero if any target crashed.
#   fuzz/run_all.sh [SECONDS] [WORKDIR]       e.g.  fuzz/run_all.sh 120 /tmp/parley-fuzz
# FUZZ_FLAGS adds libFuzzer flags, e.g. FUZZ_FLAGS="-len_control=0 -max_len=16384" to try long
# inputs from the start (libFuzzer otherwise grows the length limit slowly).
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
work=${2:-$(mktemp -d /tmp/parley-fuzz.XXXXXX)}
python=${PYTHON:-python}
mkdir -p "$work/crashes"
status=0
for format in html jsonl csv warc feed; do
  mkdir -p "$work/$format"
  "$python" fuzz/fuzz_readers.py "$format" -seed=20261204 -max_total_time="$seconds" \
    -max_len=8192 -timeout=30 -print_final_stats=1 -artifact_prefix="$work/crashes/$format-" ${FUZZ_FLAGS:-} \
    "$work/$format" "fuzz/corpus/$format" > "$work/$format.log" 2>&1 || status=1
  echo "$format: $(grep -a -E '^#[0-9]+[[:space:]]+DONE' "$work/$format.log" | tail -1)"
  grep -a -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$work/$format.log" | sed 's/^/  /'
done
# crash-, timeout- and oom- files are failures; slow-unit- files only mark an input over 10 s
# (on a loaded machine, the first input that loads the language model or date parser data)
ls "$work/crashes" | grep -E -- '-(crash|timeout|oom|leak)-' | sed 's/^/failure: /'
ls "$work/crashes" | grep -E -- '-slow-unit-' | sed 's/^/slow input (not a failure): /'
exit $status
