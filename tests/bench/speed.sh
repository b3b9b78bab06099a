#!/usr/bin/env bash
# The speed benchmark (#10) on the real server: publishes a Release build, starts it in Production on loopback with
# the seed plus N generated articles (generate-articles.py, shared with search.sh), then wrk at a browser's
# Accept-Encoding measures each kind of page. Baseline in the same run: nginx serving the same article's bytes as a
# static file (gzip_static), on another loopback port. Every figure is shown as a ratio to nginx.
# Also: resident memory of the server under load (ps RSS), start-up time to the first 200 on the existing
# database, and the article page while editors save (SPEED_EDITORS, 4 by default: each its own login and story, the
# first the measured article, every 2 s through the real form). Each row also gives the server's CPU time per request
# (user + system from /proc over the measured seconds): the figure other load on a shared machine cannot stretch.
# Bounded: a few seconds per URL, loopback only.
# SPEED_CACHED_ONLY=1 measures only the cached rows (nginx, warm pages, editors saving): a quicker before/after.
#   [SPEED_PORT=5196] [SPEED_NGINX_PORT=SPEED_PORT-1] [SPEED_EDITORS=4] [SPEED_CACHED_ONLY=] [WARMUP_SECONDS=8] [FIRST_WARMUP_SECONDS=20]
#   tests/bench/speed.sh [articles=10000] [seconds-per-url=10] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-10000}
duration=${2:-10}
connections=${3:-32}
port=${SPEED_PORT:-5196}
nginx_port=${SPEED_NGINX_PORT:-$((port - 1))}
editors=${SPEED_EDITORS:-4}
base="http://127.0.0.1:$port"
encoding='Accept-Encoding: gzip, br'
email="bench-$$@tempoclone.test"
password="bench password $$ $RANDOM"

work=$(mktemp -d)
source tests/lib/server.sh
server="" nginx="" savers=""
cleanup() {
  for pid in $savers $nginx; do kill "$pid" 2>/dev/null || true; done
  server_stop_all
  rm -rf "$work"
}
trap cleanup EXIT

for p in "$port" "$nginx_port"; do
  if curl -s -o /dev/null "http://127.0.0.1:$p/"; then echo "bench: port $p is already in use (set SPEED_PORT)" >&2; exit 1; fi
done
server_publish --ready-to-run
db="$work/data/tempo.db"

start_server() {  # $1: reader cache seconds (0 = every request renders the page), $2: search result seconds (default 5); sets $startup_ms and $startup_cpu_ms
  server_stop speed
  server_start speed "$port" --ready / "ConnectionStrings__Default=Data Source=$db" Site__DataFolder="$work/data" Site__MediaFolder="$work/data/media" \
    Site__ReaderCacheSeconds="$1" Site__SearchResultSeconds="${2:-5}" Admin__Email="$email" Admin__Password="$password" Security__SecureCookies=false \
    Serilog__MinimumLevel__Default=Warning || exit 1
  server=$server_pid fresh_server=1 startup_ms=$server_ready_ms
  # CPU the server used to get there (user + system ticks): the part of start-up other load on the machine cannot stretch.
  startup_cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$server/stat")
}

echo "bench: creating and seeding the database"
start_server 10
server_stop speed; server=""
echo "bench: generating $articles articles"
python3 tests/bench/generate-articles.py "$db" "$articles" | tee "$work/generated.txt"
rare=$(awk '/^bench: rare word:/ {print $4}' "$work/generated.txt")
kanal=$(awk '/^bench: kanal:/ {print $3}' "$work/generated.txt")

declare -A rps p50 p99 rss cpu
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
run() {  # $1: name, $2: URL (absolute or a path on the server)
  local name=$1 url=$2 peak=0 sample ticks_before ticks_after
  case $url in /*) url="$base$url" ;; esac
  # Warm up this URL (JIT tiers, caches) so the measured seconds are the steady state: the runtime recompiles hot
  # code in the background, and under full load on 2 cores that takes seconds (a 1 s warm-up measured the first URL
  # at a third of its steady rate). A server in production has long passed this point.
  # The first URL after a start warms the shared code too (routing, EF, Razor): measured, an uncached page needs
  # about 20 s of load before its rate stops rising.
  local warmup=${WARMUP_SECONDS:-8}
  if [ "$fresh_server" = 1 ] && [[ $url == "$base"* ]]; then warmup=${FIRST_WARMUP_SECONDS:-20}; fresh_server=0; fi
  wrk -t2 -c"$connections" -d"${warmup}s" --timeout 10s -H "$encoding" "$url" > /dev/null
  ticks_before=$(cpu_ticks "$server")
  wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s --latency -H "$encoding" "$url" > "$work/wrk.txt" &
  local load=$!
  while kill -0 "$load" 2>/dev/null; do
    sample=$(ps -o rss= -p "$server" 2>/dev/null | tr -d ' ' || echo 0)
    [ "${sample:-0}" -gt "$peak" ] && peak=$sample
    sleep 0.5
  done
  wait "$load"
  ticks_after=$(cpu_ticks "$server")
  if grep -q "Non-2xx" "$work/wrk.txt"; then echo "bench: WARNING $name had non-2xx answers: $(grep Non-2xx "$work/wrk.txt")"; fi
  if grep -q "Socket errors" "$work/wrk.txt"; then echo "bench: $name: $(grep 'Socket errors' "$work/wrk.txt")"; fi
  rps[$name]=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50[$name]=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
  p99[$name]=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
  rss[$name]=$((peak / 1024))
  # nginx's work is in its worker processes, not the master this reads: no figure for it.
  cpu[$name]=$(awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v n="$(awk '/requests in/ {print $1}' "$work/wrk.txt")" \
    -v nginx="$([ "$server" = "$nginx" ] && echo 1)" 'BEGIN {if (nginx || n == 0) print "-"; else printf "%.1f", t * 1e6 / hz / n}')
  echo "bench: $name: ${rps[$name]} req/s, p50 ${p50[$name]}, p99 ${p99[$name]}, server RSS ${rss[$name]} MB, ${cpu[$name]} µs CPU per request"
}

# An editor saves a story every 2 s through the real form: login with curl (each editor its own session), antiforgery
# token from the form.
source tests/lib/editor-login.sh
editor_saves() {  # $1: article id
  local jar="$work/cookies-$1" fields i=0
  editor_login "$base" "$jar" "$email" "$password" || return 1
  while true; do
    i=$((i + 1))
    curl -s -c "$jar" -b "$jar" "$base/editor/articles/edit/$1" > "$work/edit-$1.html"
    fields=$(python3 tests/lib/form-fields.py article-form "Input.SearchQuery=" "Input.Deck=Ringkasan bench $i" < "$work/edit-$1.html")
    code=$(curl -s -c "$jar" -b "$jar" -o "$work/saved-$1.html" -w '%{http_code}' --data "$fields" "$base/editor/articles/edit/$1")
    echo "$code" >> "$work/saves.txt"
    # A save that did not redirect: show why (the form's errors), once.
    [ "$code" = 302 ] || [ "$i" -gt 1 ] || { echo "bench: save of $1 answered $code:"; grep -A3 'form-errors' "$work/saved-$1.html" | head -8; } >&2
    sleep 2
  done
}

# ---- reader cache on (the default): warm pages, search, feeds, and the article under editor saves
start_server 10
echo "bench: start-up to first 200 on the existing database: ${startup_ms} ms (${startup_cpu_ms} ms of CPU)"
startup_cached="$startup_ms ms (${startup_cpu_ms} ms CPU)"
article=$(curl -fs "$base/" | grep -o 'id="headline-title"[^>]*><a href="[^"]*"' | sed 's/.*href="//;s/"$//')
article_id=${article##*-}

# The nginx baseline: the same article's bytes, as a static file (and its gzip, as nginx-light has no brotli).
chmod 755 "$work"   # mktemp's 700 would keep nginx's unprivileged workers out (403)
source tests/lib/static-nginx.sh
static_nginx_start "$base$article" "$nginx_port"

server_pid=$server
server=$nginx run "nginx: same article, static" "http://127.0.0.1:$nginx_port/static/article.html"
server=$server_pid
run "article, warm" "$article"
run "home, warm" /
run "kanal, warm" "/$kanal"
run "RSS, warm" /rss
# The measured article and other stories from the home page, one per editor.
saved_ids=$( (echo "$article_id"; curl -fs "$base/" | grep -o 'href="/[a-z0-9-]*/[a-z0-9-]*-[0-9][0-9]*"' | sed 's/.*-\([0-9]*\)"$/\1/') \
  | awk '!seen[$0]++' | head -n "$editors")
for id in $saved_ids; do
  editor_saves "$id" >> "$work/saver.log" 2>&1 &
  savers="$savers $!"
  # One login at a time: four at once for the one account were seen to answer the form again (200) to one of them.
  sleep 1
done
sleep 3
saving_name="article, $editors editors saving every 2 s"
run "$saving_name" "$article"
cat "$work/saver.log"
for pid in $savers; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; savers=""
saves=$(wc -l < "$work/saves.txt" 2>/dev/null || echo 0)
saved=$(grep -c '^302$' "$work/saves.txt" 2>/dev/null || true)
echo "bench: editor saves during the run ($editors editors): $saved of $saves answered 302 (saved)"

uncached_rows=()
if [ -z "${SPEED_CACHED_ONLY:-}" ]; then
# ---- reader cache off: every request renders (search included: its cost, not the cache's)
start_server 0
startup_uncached="$startup_ms ms (${startup_cpu_ms} ms CPU)"
run "article, uncached" "$article"
run "home, uncached" /
run "search: common word (jakarta)" "/search?q=jakarta"
run "search: rare word ($rare)" "/search?q=$rare"
run "search: single letters (a i u)" "/search?q=a+i+u"
run "search: ten words" "/search?q=harga+beras+petani+jakarta+banjir+gempa+presiden+menteri+ekonomi+rupiah"

# ---- searches as if each were new: the 5-s result cache off too, so every request runs the full search
start_server 0 0
run "search, not kept: common word (jakarta)" "/search?q=jakarta"
run "search, not kept: ten words" "/search?q=harga+beras+petani+jakarta+banjir+gempa+presiden+menteri+ekonomi+rupiah"
uncached_rows=("article, uncached" "home, uncached" "search: common word (jakarta)" "search: rare word ($rare)" \
  "search: single letters (a i u)" "search: ten words" "search, not kept: common word (jakarta)" "search, not kept: ten words")
else
  startup_uncached="not measured (SPEED_CACHED_ONLY)"
fi

nginx_name="nginx: same article, static"
echo
echo "| what ($articles generated articles + seed) | req/s | vs nginx | p50 | p99 | server RSS under load | server CPU per request |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for name in "$nginx_name" "article, warm" "home, warm" "kanal, warm" "RSS, warm" "$saving_name" "${uncached_rows[@]}"; do
  ratio=$(awk -v a="${rps[$name]}" -v b="${rps[$nginx_name]}" 'BEGIN {printf "%.4f", a / b}')
  echo "| $name | ${rps[$name]} | $ratio | ${p50[$name]} | ${p99[$name]} | ${rss[$name]} MB | ${cpu[$name]} µs |"
done
echo "start-up to first 200 on the existing database: ${startup_cached} (cache on), ${startup_uncached} (cache off);" \
  "editor saves during the run: $saved of $saves saved"
echo "($connections connections, ${duration}s per URL, Accept-Encoding: gzip, br; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; wrk and nginx $(nginx -v 2>&1 | sed 's/.*\///') on loopback)"
