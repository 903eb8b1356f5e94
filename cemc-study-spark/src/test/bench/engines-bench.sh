#!/usr/bin/env bash
# Measures the study engines on the same study (docs/studies.md, "Engines"): runs `cemc study` once on the local
# engine (--workers N) and once on Spark (--master local[N]), each into a fresh folder, and prints a Markdown row per
# engine with the wall time of the whole command, the jobs per second and Spark's overhead over the local engine.
# It also checks that both engines gave the same per-job results: jobs.csv equal but for the solve_seconds column.
#
#   cemc-study-spark/src/test/bench/engines-bench.sh                  # the example's year, one variant, 2 cores
#   CORES=2 cemc-study-spark/src/test/bench/engines-bench.sh examples/year-study --from 2025-06-01 --to 2025-06-30
#
# Arguments after the study are cemc study's (default: --variants grid-sell-0.03_p2p-rule-sdr). Whatever ./cemc has to
# build (the jar, the Spark engine and Spark's class path) is built first, unmeasured. Needs bc and python3.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
study="${1:-examples/year-study}"
shift || true
if [ "$#" -eq 0 ]; then
  set -- --variants grid-sell-0.03_p2p-rule-sdr
fi
cores="${CORES:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Builds (and fetches Spark the first time) before anything is timed.
./cemc study --engine spark --help >/dev/null

# Runs one engine and prints its wall time in seconds.
timed() {
  local out="$1"
  shift
  local start end
  start="$(date +%s.%N)"
  ./cemc study "$study" "$@" --out "$out" >/dev/null
  end="$(date +%s.%N)"
  echo "$end - $start" | bc
}

load_before="$(uptime | sed 's/.*load average: //')"
local_seconds="$(timed "$work/local" "$@" --workers "$cores")"
spark_seconds="$(timed "$work/spark" "$@" --engine spark --master "local[$cores]")"
load_after="$(uptime | sed 's/.*load average: //')"
jobs="$(($(wc -l < "$work/local/jobs.csv") - 1))"

# The per-job results without the solve times, which differ from run to run.
without_times() {
  python3 -c 'import csv,sys
rows = list(csv.reader(open(sys.argv[1])))
drop = rows[0].index("solve_seconds")
for row in rows: print(",".join(cell for i, cell in enumerate(row) if i != drop))' "$1"
}
if diff <(without_times "$work/local/jobs.csv") <(without_times "$work/spark/jobs.csv") >/dev/null; then
  agree="yes"
else
  agree="NO"
fi

echo "| engine | jobs | wall time (s) | jobs per second | over the local engine |"
echo "|---|---|---|---|---|"
printf '| local, --workers %s | %s | %.1f | %.2f | – |\n' "$cores" "$jobs" "$local_seconds" \
  "$(echo "$jobs / $local_seconds" | bc -l)"
printf '| spark, --master local[%s] | %s | %.1f | %.2f | %+.1f %% |\n' "$cores" "$jobs" "$spark_seconds" \
  "$(echo "$jobs / $spark_seconds" | bc -l)" "$(echo "100 * ($spark_seconds - $local_seconds) / $local_seconds" | bc -l)"
echo
echo "Both engines gave the same per-job results (jobs.csv without solve_seconds): $agree."
echo "1-minute load average before: $load_before; after: $load_after."
[ "$agree" = yes ]
