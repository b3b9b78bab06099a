#!/usr/bin/env bash
# Speed at the archive's size (#20), on SQLite or PostgreSQL. For each size: every reader page type uncached
# (Site:ReaderCacheSeconds=0), one request at a time, the median of N; wrk at 32 connections (p99, req/s) on the
# article, kanal, deep kanal and search pages, uncached; then the reader cache on: the warm article under wrk against
# nginx serving the same bytes in the same run; resident memory after the probe and under load; start-up to the
# first 200; signed in as the admin, every newsroom page and the title lookup, one request at a time, the median of N.
# One table at the end: each figure at each size and the ratio of the largest size to the smallest.
# Databases are generated with generate-articles.py once and kept in ARCHIVE_DB_DIR (SQLite: sqlite-<size>.db;
# PostgreSQL: a cluster in postgres/ there, one database archive_<size>), so a second run does not generate again.
#   [ARCHIVE_PORT=5296] [ARCHIVE_DB_DIR=/tmp/tempoclone-archive] [ARCHIVE_APP=published-dir] [ARCHIVE_SECONDS=10]
#   [ARCHIVE_PG_PORT=port+2] [ARCHIVE_PG_SHARED=1: use the cluster already running there, do not start or stop it]
#   [ARCHIVE_PG_PREFIX=archive_: the databases' names, <prefix><size> (a copy of one with a migration to try)]
#   [ARCHIVE_PARTS="reader load editor": reader pages one at a time; wrk and the warm article against nginx; the newsroom]
#   tests/bench/archive-speed.sh [sqlite|postgres] [sizes="20000 2000000"] [rounds=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
engine=${1:-sqlite}
sizes=${2:-20000 2000000}
rounds=${3:-5}
seconds=${ARCHIVE_SECONDS:-10}
parts=" ${ARCHIVE_PARTS:-reader load editor} "
pg_prefix=${ARCHIVE_PG_PREFIX:-archive_}
case $engine in sqlite|postgres) ;; *) echo "bench: engine is sqlite or postgres, not $engine" >&2; exit 2 ;; esac
port=${ARCHIVE_PORT:-5296}
nginx_port=$((port + 1))
base="http://127.0.0.1:$port"
dbs=$(mkdir -p "${ARCHIVE_DB_DIR:-/tmp/tempoclone-archive}" && cd "${ARCHIVE_DB_DIR:-/tmp/tempoclone-archive}" && pwd)
work=$(mktemp -d)
chmod 755 "$work"   # nginx's unprivileged workers read the static file in it
nginx=""
source tests/lib/server.sh
source tests/lib/static-nginx.sh
cleanup() {
  server_stop_all
  [ -n "$nginx" ] && kill "$nginx" 2>/dev/null || true
  [ "$engine" = postgres ] && pg_stop
  rm -rf "$work"
}
trap cleanup EXIT
server_port_free "$port"; server_port_free "$nginx_port"

# ---- PostgreSQL: a cluster of our own, kept with the databases (the 2,000,000 one takes long to make)
pg_owner=()
[ "$(id -u)" = 0 ] && pg_owner=(runuser -u postgres --)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
pg_port=${ARCHIVE_PG_PORT:-$((port + 2))}
pg_start() {
  # ARCHIVE_PG_SHARED=1: the cluster is already running on $pg_port (started by someone else, who stops it too).
  [ "${ARCHIVE_PG_SHARED:-}" = 1 ] && return 0
  server_port_free "$pg_port"
  if [ ! -d "$dbs/postgres/data" ]; then
    mkdir -p "$dbs/postgres"; [ "$(id -u)" = 0 ] && chown postgres "$dbs/postgres"
    (cd / && "${pg_owner[@]}" "$pg_bin/initdb" -D "$dbs/postgres/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null)
  fi
  # fsync off: a benchmark's cluster, rebuilt if lost; shared_buffers as a small production box would have.
  (cd / && "${pg_owner[@]}" "$pg_bin/pg_ctl" -D "$dbs/postgres/data" -l "$dbs/postgres/server.log" -w -o \
    "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$dbs/postgres -c fsync=off -c shared_buffers=256MB -c max_connections=200" start >/dev/null)
}
pg_stop() { [ "${ARCHIVE_PG_SHARED:-}" = 1 ] && return 0; [ -d "$dbs/postgres/data" ] && (cd / && "${pg_owner[@]}" "$pg_bin/pg_ctl" -D "$dbs/postgres/data" -m fast stop >/dev/null 2>&1) || true; }
[ "$engine" = postgres ] && pg_start

database_of() {  # $1: size; prints the connection string
  if [ "$engine" = sqlite ]; then echo "Data Source=$dbs/sqlite-$1.db"; else echo "Host=127.0.0.1;Port=$pg_port;Database=$pg_prefix$1;Username=postgres"; fi
}
database_exists() {
  if [ "$engine" = sqlite ]; then [ -f "$dbs/sqlite-$1.db" ]; else
    [ "$(psql -X -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$pg_prefix$1'")" = 1 ]; fi
}

# ARCHIVE_APP: an already published build to use instead (a second run on the same commit).
if [ -n "${ARCHIVE_APP:-}" ]; then ln -s "$ARCHIVE_APP" "$work/app"; else server_publish --ready-to-run; fi

# The newsroom's pages are read as this admin: made once in the database (one row), its password set again each run.
admin_email="archive-bench@tempoclone.test" admin_password="bench password $$ $RANDOM"
app_settings() {  # $1: size; sets settings=(…), what every start of the app and its admin commands use
  local provider=Sqlite
  [ "$engine" = postgres ] && provider=Postgres
  mkdir -p "$work/data"
  settings=(Database__Provider=$provider ConnectionStrings__Default="$(database_of "$1")" Site__DataFolder="$work/data"
    Site__MediaFolder="$work/data/media" Admin__Email="$admin_email" Admin__Password="$admin_password"
    Security__SecureCookies=false Serilog__MinimumLevel__Default=Warning)
}
start_app() {  # $1: size, $2: reader cache seconds; sets $startup_ms
  # Searches per client raised: wrk's 32 connections come from one address, which the site would queue and refuse.
  app_settings "$1"
  server_start app "$port" --ready / "${settings[@]}" Site__ReaderCacheSeconds="$2" Site__SearchResultSeconds="$2" Site__SearchesPerClient=64
  startup_ms=$server_ready_ms
}
bench_admin() {  # $1: size; `admin create-admin`, or `reset-password` when the account exists (the password from stdin)
  local verb
  app_settings "$1"
  for verb in create-admin reset-password; do
    (cd "$work/app" && echo "$admin_password" | env ASPNETCORE_ENVIRONMENT=Production "${settings[@]}" \
      dotnet TempoClone.Web.dll admin "$verb" --email "$admin_email") >> "$work/admin.log" 2>&1 && return 0
  done
  echo "bench: could not make the admin $admin_email" >&2; tail -5 "$work/admin.log" >&2; exit 1
}
rss_mb() { echo $(( $(ps -o rss= -p "$server_pid" | tr -d ' ') / 1024 )); }

signed_in=()  # curl's options for the newsroom's pages once sign_in ran: the admin's cookies
median_ms() {  # $1: URL path; the median of $rounds uncached answers, in ms (after one unmeasured request)
  local url="$base$1" code
  code=$(curl -s "${signed_in[@]}" -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: gzip, br' "$url")
  [ "$code" = 200 ] || echo "bench: WARNING $1 answered $code" >&2
  for _ in $(seq 1 "$rounds"); do curl -s "${signed_in[@]}" -o /dev/null -w '%{time_total}\n' -H 'Accept-Encoding: gzip, br' "$url"; done |
    sort -n | awk '{t[NR] = $1 * 1000} END {printf "%.1f", NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2}'
}

sign_in() {  # as the admin the app was started with, through the login form and its antiforgery token
  local jar="$work/cookies.txt" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" "$base/editor/account/login" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=$admin_email" --data-urlencode "Input.Password=$admin_password" "$base/editor/account/login"
  signed_in=(-b "$jar")
  [ "$(curl -s "${signed_in[@]}" -o /dev/null -w '%{http_code}' "$base/editor")" = 200 ] || { echo "bench: signing in failed" >&2; exit 1; }
}

load() {  # $1: URL; wrk at 32 connections for $seconds after 2 s of warm-up; sets $rps, $p99, $peak_mb (peak RSS of $server_pid)
  local peak=0 sample
  wrk -t2 -c32 -d2s --timeout 10s -H 'Accept-Encoding: gzip, br' "$1" > /dev/null
  wrk -t2 -c32 -d"${seconds}s" --timeout 30s --latency -H 'Accept-Encoding: gzip, br' "$1" > "$work/wrk.txt" &
  local running=$!
  while kill -0 "$running" 2>/dev/null; do
    sample=$(ps -o rss= -p "$server_pid" 2>/dev/null | tr -d ' ' || echo 0)
    [ "${sample:-0}" -gt "$peak" ] && peak=$sample
    sleep 0.5
  done
  wait "$running"
  grep -q "Non-2xx" "$work/wrk.txt" && echo "bench: WARNING $1: $(grep Non-2xx "$work/wrk.txt")" >&2
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%" {v = $2; if (v ~ /us$/) v = v / 1000; else if (v ~ /ms$/) v = v + 0; else if (v ~ /s$/) v = v * 1000; printf "%.1f", v}' "$work/wrk.txt")
  peak_mb=$((peak / 1024))
}

urls_of() {  # $1: size; prints urls=(…) for eval: the URLs at this size, read from the database as a crawler would find them
  python3 - "$engine" "$(database_of "$1")" <<'PY'
import datetime, sqlite3, subprocess, sys
engine, connection = sys.argv[1], sys.argv[2]
if engine == "sqlite":
    db = sqlite3.connect(connection.removeprefix("Data Source="))
    one = lambda sql: tuple(str(v) for v in db.execute(sql).fetchone())
else:
    part = dict(p.split("=", 1) for p in connection.split(";"))
    def one(sql):
        out = subprocess.run(["psql", "-X", "-tA", "-F", "\t", "-h", part["Host"], "-p", part["Port"], "-U", part["Username"], "-d", part["Database"], "-c", sql],
                             check=True, capture_output=True, text=True, env={"PGTZ": "UTC", "PATH": "/usr/bin:/bin"}).stdout
        return tuple(out.strip().split("\n")[0].split("\t"))
def cursor(published, id):
    seconds, _, fraction = published.removesuffix("+00").partition(".")
    text = seconds.replace("-", "").replace(":", "").replace(" ", "")
    return f"{text}.{fraction.rstrip('0')}-{id}" if fraction.rstrip("0") else f"{text}-{id}"
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
live = f""""Status" = 1 AND "DeletedAtUtc" IS NULL AND "PublishedAtUtc" <= '{now}'"""
newest = one(f"""SELECT a."Id", a."Slug", k."Slug" FROM "Articles" a JOIN "Kanals" k ON k."Id" = a."KanalId" WHERE a."Id" = (SELECT "Id" FROM "Articles" WHERE {live} ORDER BY "PublishedAtUtc" DESC LIMIT 1)""")
oldest = one(f"""SELECT a."Id", a."Slug", k."Slug" FROM "Articles" a JOIN "Kanals" k ON k."Id" = a."KanalId" WHERE a."Id" = (SELECT "Id" FROM "Articles" WHERE {live} ORDER BY "PublishedAtUtc" LIMIT 1)""")
kanal_id, kanal, in_kanal = one(f"""SELECT a."KanalId", k."Slug", count(*) FROM "Articles" a JOIN "Kanals" k ON k."Id" = a."KanalId" WHERE {live} GROUP BY a."KanalId", k."Slug" ORDER BY count(*) DESC LIMIT 1""")
deep = one(f"""SELECT "PublishedAtUtc", "Id" FROM "Articles" WHERE "KanalId" = {kanal_id} AND {live} ORDER BY "PublishedAtUtc" DESC, "Id" DESC LIMIT 1 OFFSET {int(in_kanal) * 9 // 10}""")
tag = one("""SELECT t."Slug" FROM "ArticleTag" x JOIN "Tags" t ON t."Id" = x."TagId" GROUP BY t."Slug" ORDER BY count(*) DESC LIMIT 1""")[0]
reporter = one("""SELECT r."Slug" FROM "ArticleByline" b JOIN "Reporters" r ON r."Id" = b."ReporterId" GROUP BY r."Slug" ORDER BY count(*) DESC LIMIT 1""")[0]
day = deep[0][:10]
last_id = int(one('SELECT max("Id") FROM "Articles"')[0])
sitemaps = (last_id + 49999) // 50000
# A word in one story's title only: the generator ends every title with the story's id.
rare = one(f'SELECT "Title" FROM "Articles" WHERE "Id" = (SELECT min("Id") FROM "Articles" WHERE "Id" >= {last_id // 10})')[0].split()[-1]
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
)
editor_urls=(
  "newsroom: list|/editor"
  "newsroom: list, page 2|/editor?page=2"
  "newsroom: list, page 1,000|/editor?page=1000"
  "newsroom: list, search (common word)|/editor?q=jakarta"
  "newsroom: list, newest first by publication|/editor?sort=terbit"
  "newsroom: review desk|/editor/review"
  "newsroom: photo library|/editor/media"
  "newsroom: photo library, search|/editor/media?q=jakarta"
  "newsroom: photo picker (JSON)|/editor/media?handler=Json&q=jakarta"
  "newsroom: audit|/editor/audit"
  "newsroom: reporters|/editor/reporters"
  "newsroom: kanal|/editor/kanal"
  "newsroom: picks|/editor/picks"
  "newsroom: front page|/editor/frontpage"
  "newsroom: trash|/editor/trash"
  "newsroom: article form, oldest story|/editor/articles/edit/{oldest[0]}"
  "newsroom: new article form|/editor/articles/edit"
  "lookup: common word|/editor/articles/lookup?q=jakarta"
  "lookup: common prefix|/editor/articles/lookup?q=jak"
  "lookup: rare word|/editor/articles/lookup?q={rare}"
)""")
PY
}

declare -A ms figure
pages=()
loaded=("article, newest" "kanal, page 1" "kanal, 90 % deep (cursor)" "search, common word")
for size in $sizes; do
  if ! database_exists "$size"; then
    echo "bench: creating and migrating the $engine database of $size"
    [ "$engine" = postgres ] && psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE DATABASE $pg_prefix$size"
    start_app "$size" 0; server_stop app
    echo "bench: generating $size articles"
    if [ "$engine" = sqlite ]; then python3 tests/bench/generate-articles.py "$dbs/sqlite-$size.db" "$size"
    else python3 tests/bench/generate-articles.py "$(database_of "$size")" "$size"; fi
  fi
  eval "$(urls_of "$size")"
  # A first start applies any migration newer than the database (an index on two million rows takes a while);
  # the measured start is the second.
  start_app "$size" 0; server_stop app
  [[ $parts == *" editor "* ]] && bench_admin "$size"
  start_app "$size" 0
  figure["start-up to the first 200|$size"]="$startup_ms ms"
  echo "bench: $engine, $size stories: start-up to the first 200 ${startup_ms} ms"
  pages=()
  measured=()
  [[ $parts == *" reader "* ]] && measured+=("${urls[@]}")
  [[ $parts == *" editor "* ]] && measured+=("${editor_urls[@]}")
  for entry in "${measured[@]}"; do
    name=${entry%%|*}; path=${entry#*|}
    [[ $name == newsroom:* || $name == lookup:* ]] && [ ${#signed_in[@]} = 0 ] && sign_in
    pages+=("$name")
    ms[$name|$size]=$(median_ms "$path")
    echo "bench: $size: $name: ${ms[$name|$size]} ms ($path)"
  done
  signed_in=()
  if [[ $parts != *" load "* ]]; then server_stop app; continue; fi
  figure["resident memory after the probe|$size"]="$(rss_mb) MB"
  peak_load=0
  for name in "${loaded[@]}"; do
    for entry in "${urls[@]}"; do [ "${entry%%|*}" = "$name" ] && path=${entry#*|}; done
    load "$base$path"
    figure["p99 at 32 connections, uncached: $name|$size"]="$p99 ms"
    figure["req/s at 32 connections, uncached: $name|$size"]="$rps"
    [ "$peak_mb" -gt "$peak_load" ] && peak_load=$peak_mb
    echo "bench: $size: $name under load: $rps req/s, p99 $p99 ms, peak RSS $peak_mb MB"
    [ "$name" = "article, newest" ] && uncached_article=$rps && article=$path
  done
  figure["resident memory under load (peak)|$size"]="$peak_load MB"
  server_stop app

  # The reader cache on: the warm article against nginx serving its bytes (and their gzip) as a static file.
  start_app "$size" 60
  static_nginx_start "$base$article" "$nginx_port"
  load "$base$article"; warm=$rps
  figure["p99 at 32 connections, warm article|$size"]="$p99 ms"
  app_pid=$server_pid; server_pid=$nginx
  load "http://127.0.0.1:$nginx_port/static/article.html"; static=$rps
  server_pid=$app_pid
  kill "$nginx"; wait "$nginx" 2>/dev/null || true; nginx=""
  server_stop app
  figure["nginx, same article bytes, req/s|$size"]="$static"
  figure["warm article ÷ nginx|$size"]=$(awk -v a="$warm" -v b="$static" 'BEGIN {printf "%.2f × (%d req/s)", a / b, a}')
  figure["uncached article ÷ nginx|$size"]=$(awk -v a="$uncached_article" -v b="$static" 'BEGIN {printf "%.3f ×", a / b}')
  echo "bench: $size: warm article $warm req/s, nginx $static req/s, uncached article $uncached_article req/s"
done

first=${sizes%% *}; last=${sizes##* }
echo
echo "Engine $engine; load average at the end $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores); wrk ${seconds} s per URL"
printf '| page, uncached, median of %s |' "$rounds"; for size in $sizes; do printf ' %s |' "$(printf "%'d" "$size")"; done; echo ' ratio |'
printf '| --- |'; for _ in $sizes; do printf ' ---: |'; done; echo ' ---: |'
for name in "${pages[@]}"; do
  printf '| %s |' "$name"
  for size in $sizes; do printf ' %s ms |' "${ms[$name|$size]}"; done
  awk -v a="${ms[$name|$first]}" -v b="${ms[$name|$last]}" 'BEGIN {printf " %.2f × |\n", b / a}'
done
for name in "${loaded[@]/#/p99 at 32 connections, uncached: }" "p99 at 32 connections, warm article" \
    "${loaded[@]/#/req/s at 32 connections, uncached: }" "nginx, same article bytes, req/s" "warm article ÷ nginx" \
    "uncached article ÷ nginx" "start-up to the first 200" "resident memory after the probe" "resident memory under load (peak)"; do
  [ -n "${figure[$name|$first]:-}" ] || continue  # a part not run (ARCHIVE_PARTS)
  printf '| %s |' "$name"
  for size in $sizes; do printf ' %s |' "${figure[$name|$size]}"; done
  a=${figure[$name|$first]%% *}; b=${figure[$name|$last]%% *}
  awk -v a="$a" -v b="$b" 'BEGIN {if (a + 0 > 0 && b ~ /^[0-9.]+$/) printf " %.2f × |\n", b / a; else print " |"}'
done
