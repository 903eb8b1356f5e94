#!/usr/bin/env bash
# Measures how fast `cemc serve` answers result reads (docs/server.md, "Load"): starts a server on a fresh data
# folder, uploads examples/two-houses, solves one run, then loads three of its result endpoints in turn with wrk
# (50 connections, 2 threads, DURATION each, default 10s) and prints wrk's throughput and latency percentiles.
# Each endpoint is first loaded for WARMUP (default 5s, not printed) so the JIT has compiled its path. No run solves
# during the measurement: the figures are of reading stored results.
#
#   cemc-server/src/test/load/results-load.sh                                    # the embedded H2
#   CEMC_DB_USER=cemc_test CEMC_DB_PASSWORD=cemc_test \
#     cemc-server/src/test/load/results-load.sh jdbc:postgresql://localhost:5432/cemc_test   # an empty database
#
# Needs wrk (Debian: apt-get install wrk), curl and a JDK's jar; ./cemc builds the application on first use.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
db_url="${1:-}"
duration="${DURATION:-10s}"
warmup="${WARMUP:-5s}"
command -v wrk >/dev/null || { echo "results-load: wrk is missing (Debian: apt-get install wrk)" >&2; exit 2; }

# The machine's load before this script adds its own (wrk and the server take both cores while measuring).
load_before="$(uptime | sed 's/.*load average: //')"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

serve=(./cemc serve --port 0 --data "$work/data")
if [ -n "$db_url" ]; then serve+=(--db "$db_url"); fi
"${serve[@]}" >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
# Port 0 lets the system pick a free port; the server prints it. The first ./cemc may build for a few minutes.
for _ in $(seq 600); do
  grep -q '^cemc: serving ' "$work/serve.out" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.out" "$work/serve.err" >&2; exit 1; }
  sleep 1
done
base="$(sed -n 's|^cemc: serving \(http://[^/]*\)/.*|\1|p' "$work/serve.out")/api/v1"
[ "$base" != "/api/v1" ] || { echo "results-load: the server did not start" >&2; exit 1; }
token="$(cat "$work/data/admin-token")"
auth=(-H "Authorization: Bearer $token")

(cd examples && jar --create --no-manifest --file "$work/two-houses.zip" two-houses)
case_id="$(curl -sf "${auth[@]}" -H "Content-Type: application/zip" --data-binary @"$work/two-houses.zip" \
  "$base/cases" | sed -n 's/^{"id":\([0-9]*\),.*/\1/p')"
run_id="$(curl -sf "${auth[@]}" -H "Content-Type: application/json" -d '{}' "$base/cases/$case_id/runs" \
  | sed -n 's/^{"id":\([0-9]*\),.*/\1/p')"
for _ in $(seq 120); do
  status="$(curl -sf "${auth[@]}" "$base/runs/$run_id" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')"
  [ "$status" = queued ] || [ "$status" = running ] || break
  sleep 1
done
[ "$status" = done ] || { echo "results-load: run $run_id ended $status" >&2; exit 1; }
household="$(curl -sf "${auth[@]}" -H "Content-Type: application/json" \
  -d "{\"role\": \"household\", \"case\": $case_id, \"house\": \"a\"}" "$base/tokens" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')"

echo "results-load: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(nproc) cores," \
  "$(free -g | awk '/^Mem:/ {print $2}') GB; $(java -version 2>&1 | head -n 1); database ${db_url:-embedded H2}"
echo "results-load: load average before starting: $load_before"
failed=0
measure() {
  local name="$1"; shift
  wrk -t2 -c50 -d"$warmup" "$@" >/dev/null
  echo
  echo "== $name (load average after its warm-up: $(uptime | sed 's/.*load average: //'))"
  wrk -t2 -c50 -d"$duration" --latency "$@" | tee "$work/wrk.out"
  # wrk counts answers other than 2xx/3xx and socket errors but exits 0; a figure with errors is no figure.
  if grep -Eq 'Non-2xx|Socket errors' "$work/wrk.out"; then failed=1; fi
}
measure "profit JSON (operator)" "${auth[@]}" "$base/runs/$run_id/profit"
measure "settlement CSV (operator)" "${auth[@]}" -H "Accept: text/csv" "$base/runs/$run_id/settlement"
measure "house a's day (household)" -H "Authorization: Bearer $household" "$base/runs/$run_id/houses/a"
if [ "$failed" = 1 ]; then echo "results-load: some requests failed (above)" >&2; exit 1; fi
