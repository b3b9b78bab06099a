#!/usr/bin/env bash
# Search benchmark on the real server: a Release build in Production on loopback, its SQLite database filled
# with 10,000 generated articles (through the same FTS5 triggers editors' saves go through), then wrk runs each
# query and reports p50 and p99 latency. Baseline in the same run: a static file from the same process.
#   tests/bench/search.sh [articles] [seconds-per-query] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-10000}
duration=${2:-8}
connections=${3:-8}
port=5098

command -v wrk >/dev/null || { echo "bench: installing wrk"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

echo "bench: publishing Release build"
dotnet publish src/TempoClone.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
db="$work/data/tempo.db"
start_server() {
  (cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    ConnectionStrings__Default="Data Source=$db" Site__DataFolder="$work/data" Serilog__MinimumLevel__Default=Warning \
    exec dotnet TempoClone.Web.dll) >> "$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return; sleep 0.5; done
  echo "bench: server did not start" >&2; cat "$work/server.log" >&2; exit 1
}
stop_server() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

echo "bench: creating and seeding the database"
start_server
stop_server

echo "bench: generating $articles articles"
python3 tests/bench/generate-articles.py "$db" "$articles"

start_server
declare -A p50 p99 rps
run() {
  local name=$1 path=$2
  echo "bench: $name: first request $(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$path") s"
  wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency "http://127.0.0.1:$port$path" > "$work/$name.txt"
  rps[$name]=$(awk '/Requests\/sec/ {print $2}' "$work/$name.txt")
  p50[$name]=$(awk '$1=="50%" {print $2}' "$work/$name.txt")
  p99[$name]=$(awk '$1=="99%" {print $2}' "$work/$name.txt")
  echo "bench: $name: ${rps[$name]} req/s, p50 ${p50[$name]}, p99 ${p99[$name]}"
}
run "static file (baseline)" /css/site.css
run "one common word: jakarta" "/search?q=jakarta"
run "two words: banjir jakarta" "/search?q=banjir+jakarta"
run "prefix: pemil" "/search?q=pemil"
run "three words + kanal filter" "/search?q=harga+beras+petani&kanal=internasional"
run "date range: gempa" "/search?q=gempa&dari=2026-10-01&sampai=2026-10-31"
run "page 20 of a common word" "/search?q=jakarta&page=20"
run "no match" "/search?q=zzzzqqq"

echo
echo "| query ($articles articles) | req/s | p50 | p99 | throughput vs static file |"
echo "| --- | ---: | ---: | ---: | ---: |"
for name in "static file (baseline)" "one common word: jakarta" "two words: banjir jakarta" "prefix: pemil" "three words + kanal filter" "date range: gempa" "page 20 of a common word" "no match"; do
  ratio=$(awk -v a="${rps[$name]}" -v b="${rps[static file (baseline)]}" 'BEGIN {printf "%.3f", a / b}')
  echo "| $name | ${rps[$name]} | ${p50[$name]} | ${p99[$name]} | $ratio |"
done
echo "($connections connections, ${duration}s per query, $(nproc) cores, wrk on loopback)"
