#!/usr/bin/env bash
# Speed at the archive's size (#20): every reader page type, uncached (Site:ReaderCacheSeconds=0), one request at a
# time, best of N, on a SQLite archive of each size given; then one table with each page's time at each size and the
# ratio of the largest to the smallest, start-up to the first 200 and resident memory after the probe.
# Databases are generated with generate-articles.py and kept in ARCHIVE_DB_DIR (archive-<size>.db), so a second run
# (or a run after the 2,000,000 one) does not generate again.
#   [ARCHIVE_PORT=5296] [ARCHIVE_DB_DIR=/tmp/tempoclone-archive] [ARCHIVE_APP=published-dir] tests/bench/archive-speed.sh [sizes="20000 2000000"] [rounds=5]
# Not here (yet): PostgreSQL, wrk's p99 at 32 connections and the ratios to nginx (speed.sh measures those at one size).
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=${1:-20000 2000000}
rounds=${2:-5}
port=${ARCHIVE_PORT:-5296}
base="http://127.0.0.1:$port"
dbs=${ARCHIVE_DB_DIR:-/tmp/tempoclone-archive}
mkdir -p "$dbs"
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
if curl -s -o /dev/null "$base/"; then echo "bench: port $port is already in use (set ARCHIVE_PORT)" >&2; exit 1; fi

# ARCHIVE_APP: an already published build to use instead (a second run on the same commit).
if [ -n "${ARCHIVE_APP:-}" ]; then ln -s "$ARCHIVE_APP" "$work/app"; else
echo "bench: publishing Release build"
rid=$(dotnet --info | awk '/RID:/ {print $2; exit}')
dotnet publish src/TempoClone.Web -c Release -r "$rid" --self-contained false -o "$work/app" --nologo -v quiet > "$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
fi

start_server() {  # $1: database; sets $startup_ms
  local started=$(date +%s%N)
  mkdir -p "$work/data"
  (cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
    ConnectionStrings__Default="Data Source=$1" Site__DataFolder="$work/data" Site__MediaFolder="$work/data/media" \
    Site__ReaderCacheSeconds=0 Site__SearchResultSeconds=0 Admin__Email="bench-$$@tempoclone.test" Admin__Password="bench password $$ $RANDOM" \
    Security__SecureCookies=false Serilog__MinimumLevel__Default=Warning exec dotnet TempoClone.Web.dll) >> "$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 2400); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/")" = 200 ]; then startup_ms=$(( ($(date +%s%N) - started) / 1000000 )); return; fi
    sleep 0.05
  done
  echo "bench: server did not start" >&2; tail -30 "$work/server.log" >&2; exit 1
}
stop_server() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

best_ms() {  # $1: URL path; the best of $rounds uncached answers, in ms (after one unmeasured request)
  local url="$base$1" best="" t code
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: gzip, br' "$url")
  [ "$code" = 200 ] || echo "bench: WARNING $1 answered $code" >&2
  for _ in $(seq 1 "$rounds"); do
    t=$(curl -s -o /dev/null -w '%{time_total}' -H 'Accept-Encoding: gzip, br' "$url")
    t=$(awk -v t="$t" 'BEGIN {printf "%.1f", t * 1000}')
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN {exit !(a < b)}'; then best=$t; fi
  done
  echo "$best"
}

declare -A ms startup memory
pages=()
for size in $sizes; do
  db="$dbs/archive-$size.db"
  if [ ! -f "$db" ]; then
    echo "bench: creating and migrating $db"
    start_server "$work/fresh-$size.db"; stop_server
    mv "$work/fresh-$size.db" "$db"; rm -f "$work/fresh-$size.db"-*
    echo "bench: generating $size articles"
    python3 tests/bench/generate-articles.py "$db" "$size"
  fi
  # The URLs at this size, read from the database the way a crawler would find them.
  eval "$(python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
one = lambda sql, *a: db.execute(sql, a).fetchone()
def cursor(published, id):
    seconds, _, fraction = published.partition(".")
    text = seconds.replace("-", "").replace(":", "").replace(" ", "")
    return f"{text}.{fraction}-{id}" if fraction.rstrip("0") else f"{text}-{id}"
live = "Status = 1 AND DeletedAtUtc IS NULL AND PublishedAtUtc <= strftime('%Y-%m-%d %H:%M:%S', 'now')"
newest = one(f"SELECT a.Id, a.Slug, k.Slug FROM Articles a JOIN Kanals k ON k.Id = a.KanalId WHERE a.Id = (SELECT Id FROM Articles WHERE {live} ORDER BY PublishedAtUtc DESC LIMIT 1)")
oldest = one("SELECT a.Id, a.Slug, k.Slug FROM Articles a JOIN Kanals k ON k.Id = a.KanalId WHERE a.Status = 1 ORDER BY a.PublishedAtUtc LIMIT 1")
kanal_id, kanal = one(f"SELECT KanalId, (SELECT Slug FROM Kanals WHERE Id = KanalId) FROM Articles WHERE {live} GROUP BY KanalId ORDER BY count(*) DESC LIMIT 1")
in_kanal = one(f"SELECT count(*) FROM Articles WHERE KanalId = ? AND {live}", kanal_id)[0]
deep = one(f"SELECT PublishedAtUtc, Id FROM Articles WHERE KanalId = ? AND {live} ORDER BY PublishedAtUtc DESC, Id DESC LIMIT 1 OFFSET ?", kanal_id, in_kanal * 9 // 10)
tag = one("SELECT t.Slug FROM ArticleTag x JOIN Tags t ON t.Id = x.TagId GROUP BY x.TagId ORDER BY count(*) DESC LIMIT 1")[0]
reporter = one("SELECT r.Slug FROM ArticleByline b JOIN Reporters r ON r.Id = b.ReporterId GROUP BY b.ReporterId ORDER BY count(*) DESC LIMIT 1")[0]
day = one("SELECT date(PublishedAtUtc) FROM Articles WHERE Id = ?", deep[1])[0]
sitemaps = (one("SELECT max(Id) FROM Articles")[0] + 49999) // 50000
print(f"""urls=(
  "article, newest|/{newest[2]}/{newest[1]}-{newest[0]}"
  "article, oldest|/{oldest[2]}/{oldest[1]}-{oldest[0]}"
  "home|/"
  "kanal, page 1|/{kanal}"
  "kanal, page 2 (old ?page=2)|/{kanal}?page=2"
  "kanal, 90 % deep (cursor)|/{kanal}?sebelum={cursor(*deep)}"
  "tag (busiest)|/tag/{tag}"
  "reporter (busiest)|/penulis/{reporter}"
  "indeks|/indeks"
  "indeks, one day|/indeks?tanggal={day}"
  "search, common word|/search?q=jakarta"
  "RSS|/rss"
  "Atom|/atom"
  "sitemap index|/sitemap.xml"
  "sitemap, first file|/sitemap-1.xml"
  "sitemap, last file|/sitemap-{sitemaps}.xml"
  "news sitemap|/sitemap-news.xml"
  "API, page 1|/api/articles"
  "API, 90 % deep (cursor)|/api/articles?kanal={kanal}&sebelum={cursor(*deep)}"
)""")
PY
)"
  # A first start applies any migration newer than the database (an index on two million rows takes a while);
  # the measured start is the second.
  start_server "$db"; stop_server
  start_server "$db"
  startup[$size]=$startup_ms
  echo "bench: $size stories: start-up to the first 200 ${startup_ms} ms"
  pages=()
  for entry in "${urls[@]}"; do
    name=${entry%%|*}; path=${entry#*|}
    pages+=("$name")
    ms[$name|$size]=$(best_ms "$path")
    echo "bench: $size: $name: ${ms[$name|$size]} ms ($path)"
  done
  memory[$size]=$(( $(ps -o rss= -p "$server" | tr -d ' ') / 1024 ))
  stop_server
done

first=${sizes%% *}; last=${sizes##* }
echo
echo "Load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores)"
printf '| page, uncached, best of %s |' "$rounds"; for size in $sizes; do printf ' %s |' "$(printf "%'d" "$size")"; done; echo ' ratio |'
printf '| --- |'; for _ in $sizes; do printf ' ---: |'; done; echo ' ---: |'
for name in "${pages[@]}"; do
  printf '| %s |' "$name"
  for size in $sizes; do printf ' %s ms |' "${ms[$name|$size]}"; done
  awk -v a="${ms[$name|$first]}" -v b="${ms[$name|$last]}" 'BEGIN {printf " %.2f × |\n", b / a}'
done
printf '| start-up to the first 200 |'; for size in $sizes; do printf ' %s ms |' "${startup[$size]}"; done; echo ' |'
printf '| resident memory after the probe |'; for size in $sizes; do printf ' %s MB |' "${memory[$size]}"; done; echo ' |'
