#!/usr/bin/env bash
# Search benchmark (#10, "search with a bounded cost") on the real server: a Release build in Production on loopback,
# its SQLite database filled with the seed plus N generated articles (generate-articles.py, through the same FTS5
# triggers editors' saves go through), the reader output cache off (Site:ReaderCacheSeconds=0), then wrk at
# 32 connections runs each query and reports req/s, p50 and p99. Two servers on the same database, one after the other:
#   - "kept results": as shipped, a search's results are kept in memory for Site:SearchResultSeconds (5 s);
#   - "every request runs the search" (Site:SearchResultSeconds=0): the cost of a query nobody asked in the last seconds.
# Baseline in the same run: a static file from the same process.
#   [SEARCH_PORT=5098] tests/bench/search.sh [articles=10000] [seconds-per-query=5] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-10000}
duration=${2:-5}
connections=${3:-32}
port=${SEARCH_PORT:-5098}
base="http://127.0.0.1:$port"

command -v wrk >/dev/null || { echo "bench: installing wrk"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
if curl -s -o /dev/null "$base/"; then echo "bench: port $port is already in use (set SEARCH_PORT)" >&2; exit 1; fi
work=$(mktemp -d)
source tests/lib/server.sh
trap 'server_stop_all; rm -rf "$work"' EXIT

server_publish --ready-to-run
db="$work/data/tempo.db"
start_server() {  # $1: Site:SearchResultSeconds
  server_start search "$port" --ready /healthz "ConnectionStrings__Default=Data Source=$db" Site__DataFolder="$work/data" \
    Site__MediaFolder="$work/data/media" Site__ReaderCacheSeconds=0 Site__SearchResultSeconds="$1" Serilog__MinimumLevel__Default=Warning
}
stop_server() { server_stop search; }

echo "bench: creating and seeding the database"
start_server 0
stop_server
echo "bench: generating $articles articles"
python3 tests/bench/generate-articles.py "$db" "$articles" | tee "$work/generated.txt"
rare=$(awk '/^bench: rare word:/ {print $4}' "$work/generated.txt")

names=("static file (baseline)" "common word (jakarta)" "rare word ($rare)" "single letters (a i u)" "ten words"
  "two words (banjir jakarta)" "prefix (pemil)" "three words + kanal filter" "date range (gempa, October)"
  "page 5 of a common word" "no match")
paths=(/css/site.css "/search?q=jakarta" "/search?q=$rare" "/search?q=a+i+u"
  "/search?q=harga+beras+petani+jakarta+banjir+gempa+presiden+menteri+ekonomi+rupiah"
  "/search?q=banjir+jakarta" "/search?q=pemil" "/search?q=harga+beras+petani&kanal=internasional"
  "/search?q=gempa&dari=01/10/2026&sampai=31/10/2026" "/search?q=jakarta&page=5" "/search?q=zzzzqqq")
declare -A rps p50 p99 errors
measure() {  # $1: label of the server
  # Warm every URL first (JIT tiers), so the measured seconds are the steady state.
  for path in "${paths[@]}"; do wrk -t2 -c"$connections" -d2s --timeout 10s "$base$path" > /dev/null; done
  for i in "${!paths[@]}"; do
    local key="$1|${names[$i]}"
    wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency -H 'Accept-Encoding: gzip, br' "$base${paths[$i]}" > "$work/out.txt"
    rps[$key]=$(awk '/Requests\/sec/ {print $2}' "$work/out.txt")
    p50[$key]=$(awk '$1=="50%" {print $2}' "$work/out.txt")
    p99[$key]=$(awk '$1=="99%" {print $2}' "$work/out.txt")
    errors[$key]=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$work/out.txt")
    echo "bench: $key: ${rps[$key]} req/s, p50 ${p50[$key]}, p99 ${p99[$key]}, errors ${errors[$key]}"
  done
}
echo "bench: load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start_server 5
measure "kept results"
stop_server
start_server 0
measure "every request runs the search"
stop_server

echo
echo "| query ($articles articles, reader cache off) | kept results (5 s): req/s | p50 | p99 | every request runs it: req/s | p50 | p99 | errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for name in "${names[@]}"; do
  a="kept results|$name" b="every request runs the search|$name"
  echo "| $name | ${rps[$a]} | ${p50[$a]} | ${p99[$a]} | ${rps[$b]} | ${p50[$b]} | ${p99[$b]} | $(( ${errors[$a]} + ${errors[$b]} )) |"
done
echo "($connections connections, ${duration}s per query, $(nproc) cores, wrk on loopback; load after: $(cut -d' ' -f1-3 /proc/loadavg))"
