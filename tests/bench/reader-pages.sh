#!/usr/bin/env bash
# Benchmark of the reader site on the real server: publishes a Release build, starts it in Production on
# loopback with a fresh SQLite database (seeded as on first start), then loads each page type with wrk.
# The baseline, measured in the same run, is a static file (/css/site.css) served by the same process:
# each page is reported as a ratio to it. Bounded: a few seconds per URL, loopback only.
#   tests/bench/reader-pages.sh [seconds-per-url] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}
connections=${2:-16}
port=5099

command -v wrk >/dev/null || { echo "bench: installing wrk"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
echo "bench: publishing Release build"
dotnet publish src/TempoClone.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null

server=""
start_server() {  # $1: reader cache seconds (0 = every request renders the page)
  [ -n "$server" ] && { kill "$server"; wait "$server" 2>/dev/null || true; }
  echo "bench: starting server on 127.0.0.1:$port (reader cache ${1}s)"
  (cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Site__ReaderCacheSeconds="$1" Serilog__MinimumLevel__Default=Warning exec dotnet TempoClone.Web.dll) >> "$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return; sleep 0.5; done
  echo "bench: server did not start" >&2; cat "$work/server.log" >&2; exit 1
}

declare -A rps latency
run() {
  local name=$1 path=$2
  curl -s "http://127.0.0.1:$port$path" >/dev/null   # warm up this path
  wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port$path" > "$work/$name.txt"
  rps[$name]=$(awk '/Requests\/sec/ {print $2}' "$work/$name.txt")
  latency[$name]=$(awk '$1=="50%" {print $2}' "$work/$name.txt")
  echo "bench: $name ($path): ${rps[$name]} req/s, p50 ${latency[$name]}"
}

pages=(home article related-story kanal not-found)
for cache in 0 10; do
  start_server "$cache"
  article=$(curl -fs "http://127.0.0.1:$port/" | grep -o 'class="headline-title"><a href="[^"]*"' | sed 's/.*href="//;s/"$//')
  related=$(curl -fs "http://127.0.0.1:$port$article" | grep -o 'class="read-more" href="[^"]*"' | head -1 | sed 's/.*href="//;s/"$//')
  run "baseline-static@$cache" /css/site.css
  run "home@$cache" /
  run "article@$cache" "$article"
  run "related-story@$cache" "$related"
  run "kanal@$cache" /internasional
  run "not-found@$cache" /internasional/tidak-ada-999999
done

echo
echo "| page | rendered every time: req/s (p50) | vs static file | reader cache 10 s: req/s (p50) | vs static file |"
echo "| --- | ---: | ---: | ---: | ---: |"
for name in "${pages[@]}"; do
  row="| $name"
  for cache in 0 10; do
    ratio=$(awk -v a="${rps[$name@$cache]}" -v b="${rps[baseline-static@$cache]}" 'BEGIN {printf "%.2f", a / b}')
    row="$row | ${rps[$name@$cache]} (${latency[$name@$cache]}) | $ratio"
  done
  echo "$row |"
done
echo "| static file (baseline) | ${rps[baseline-static@0]} (${latency[baseline-static@0]}) | 1.00 | ${rps[baseline-static@10]} (${latency[baseline-static@10]}) | 1.00 |"
echo "($connections connections, ${duration}s per page, $(nproc) cores, wrk on loopback)"
