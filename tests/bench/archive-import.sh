#!/usr/bin/env bash
# Benchmark (not a test): generates N archive files (default 20,000) and times
#   dotnet TempoClone.Web.dll --import <folder> --report <file>
# on a fresh SQLite database, then runs it again (nothing should change). Prints files/s, CPU time and peak RSS.
# BENCH_ENV="NAME=value" adds environment to both runs (e.g. a runtime knob to compare).
# Usage: tests/bench/archive-import.sh [files=20000]
set -euo pipefail
files="${1:-20000}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/tempoclone-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT

source "$repo/tests/lib/server.sh"
server_publish
python3 "$repo/tests/bench/generate-archive.py" "$work/archive" "$files"
echo "Generated $files files ($(du -sh "$work/archive" | cut -f1)) in $work/archive"

run() {
  local label="$1"
  (cd "$work/app" && /usr/bin/time -v -o "$work/time-$label.txt" env \
      ASPNETCORE_ENVIRONMENT=Production ${BENCH_ENV:-} \
      ConnectionStrings__Default="Data Source=$work/tempo.db" \
      Site__DataFolder="$work" Site__MediaFolder="$work/media" Site__ImportSeedOnStart=false \
      dotnet TempoClone.Web.dll --import "$work/archive" --report "$work/report-$label.jsonl" >"$work/log-$label.txt")
  local seconds rss
  seconds=$(grep "Elapsed (wall clock)" "$work/time-$label.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$work/time-$label.txt" | awk '{print $NF}')
  echo "$label: wall $seconds, CPU $(grep -E "User time|System time" "$work/time-$label.txt" | awk "{s+=\$NF} END {print s}") s, peak RSS $((rss / 1024)) MB"
  grep -o 'Import of .*' "$work/log-$label.txt" | tail -1
  echo "  report: $(grep -c . "$work/report-$label.jsonl") lines;" \
    "$(grep -o '"result":"[a-z-]*"' "$work/report-$label.jsonl" | sort | uniq -c | tr '\n' ' ')"
}
run first
run again
