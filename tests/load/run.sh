#!/usr/bin/env bash
# Load test (#11): 60 s of readers on every page type (home, article, kanal, tag, reporter, indeks, search, feeds,
# sitemaps, API, standing pages) plus four editors creating, saving and publishing through the editor's real forms,
# at 64 connections in all (60 reader connections with wrk, 4 editors with curl), on
#   (a) one instance on SQLite, straight to Kestrel, and
#   (b) two instances on one database (PostgreSQL when the build has its provider, else a shared SQLite file) and
#       Redis, behind nginx (which forwards X-Forwarded-For/-Proto; the instances trust only 127.0.0.1).
# Prints, per set-up: reader requests, status counts, p50/p99; editor saves acknowledged and lost (an acknowledged
# save whose title and summary the API does not show afterwards), editor p99; zero-5xx and zero-lost verdicts.
# Everything is throwaway on loopback. Exits non-zero on a 5xx or a lost save.
#   tests/load/run.sh [seconds=60] [generated-articles=2000] [a|b|both]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
articles=${2:-2000}
which_setups=${3:-both}
connections=64 editors=4
work=$(mktemp -d)
source tests/scaleout/cluster.sh
trap 'cluster_stop; rm -rf "$work"' EXIT
for tool in wrk nginx redis-server sqlite3; do command -v $tool >/dev/null || { echo "load: $tool is needed" >&2; exit 2; }; done
server_publish
export Admin__Email="beban@tempoclone.test" Admin__Password="beban uji $(head -c 12 /dev/urandom | base64 | tr -dc a-zA-Z0-9)"
export Security__SecureCookies=false Serilog__MinimumLevel__Default=Warning Security__Login__PermitsPerMinute=100
verdict=0

# Seed + generated articles on a fresh SQLite file ($1): the first start creates and seeds it, then the generator fills it.
fill_sqlite() {
  mkdir -p "$(dirname "$1")"
  ConnectionStrings__Default="Data Source=$1" Site__DataFolder="$(dirname "$1")" server_start fill 5290
  cluster_stop
  python3 tests/bench/generate-articles.py "$1" "$articles" | tail -1
}

# Every page type, from what the site links: articles, kanal, tags and reporters from its pages, plus fixed paths.
reader_urls() {  # $1: base URL; writes $work/urls.txt
  local home article kanal
  home=$(curl -fs "$1/")
  grep -o 'href="/[a-z0-9-]*/[a-z0-9-]*-[0-9]*"' <<< "$home" | sed 's/href="//;s/"$//' | sort -u | awk 'NR<=20' > "$work/urls.txt"
  kanal=$(head -1 "$work/urls.txt" | cut -d/ -f2)
  for article in $(awk 'NR<=6' "$work/urls.txt"); do curl -fs "$1$article"; done | grep -o 'href="/\(tag\|penulis\)/[^"]*"' \
    | sed 's/href="//;s/"$//' | sort -u | awk 'NR<=8' >> "$work/urls.txt" || true
  grep -o 'href="/[a-z0-9-]*"' <<< "$home" | sed 's/href="//;s/"$//' | grep -v -e '^/rss' -e '^/atom' -e '^/indeks' -e '^/search' -e '^/editor' \
    | sort -u | awk 'NR<=8' >> "$work/urls.txt" || true
  printf '%s\n' /tag/uji-beban /penulis/reporter-uji-beban /uji-beban / / / / /indeks "/indeks?page=2" "/search?q=jakarta" "/search?q=presiden+ekonomi" /rss /atom "/rss/$kanal" \
    /sitemap.xml /sitemap-news.xml /robots.txt /api/articles "/api/articles?page=2" /ralat /redaksi >> "$work/urls.txt"
  echo "load: $(wc -l < "$work/urls.txt") reader URLs: $(tr '\n' ' ' < "$work/urls.txt")"
}

# One editor for $seconds: publishes a new story, then saves it again with a new summary; each acknowledged (302)
# save is listed with what the API must show afterwards. $1: number, $2: base URL.
editor() {
  local n=$1 base=$2 jar="$work/editor-$n" i=0 code id title deck started ms end=$(( $(date +%s) + seconds ))
  editor_login "$base" "$jar" "$Admin__Email" "$Admin__Password"
  while [ "$(date +%s)" -lt "$end" ]; do
    i=$((i + 1)); title="Beban Penyunting $n Nomor $i $$"; deck="Ringkasan pertama $n-$i"
    started=$(date +%s%N)
    read -r code id < <(editor_save "$base" "$base" "$jar" "" "Input.Title=$title" "Input.NewKanal=Uji Beban" "Input.Deck=$deck" \
      "Input.Body=Isi uji beban dari penyunting $n, simpanan ke-$i." "Input.Reporters=Reporter Uji Beban" "Input.Tags=uji beban" \
      "Input.Status=Published")
    ms=$(( ($(date +%s%N) - started) / 1000000 )); echo "$code $ms" >> "$work/saves"
    [ "$code" = 302 ] || continue
    deck="Ringkasan revisi $n-$i"
    started=$(date +%s%N)
    read -r code _ < <(editor_save "$base" "$base" "$jar" "/$id" "Input.Deck=$deck" "Input.Status=Published")
    ms=$(( ($(date +%s%N) - started) / 1000000 )); echo "$code $ms" >> "$work/saves"
    [ "$code" = 302 ] || deck="Ringkasan pertama $n-$i"
    printf '%s\t%s\t%s\n' "$id" "$title" "$deck" >> "$work/acked"
  done
}

load() {  # $1: set-up name, $2: base URL the readers and editors use
  local name=$1 base=$2 pids=() lost=0 id title deck json
  : > "$work/saves"; : > "$work/acked"
  # Each set-up is another site with its own keys: cookies kept from the last one would be stale antiforgery cookies
  # (ASP.NET Core logs each as an error before it issues a new one).
  rm -f "$work"/editor-* "$work/opener"
  # One story first, so the editors' reporter and tag have live pages the readers can walk.
  editor_login "$base" "$work/opener" "$Admin__Email" "$Admin__Password"
  editor_save "$base" "$base" "$work/opener" "" "Input.Title=Beban Pembuka $$" "Input.NewKanal=Uji Beban" "Input.Deck=Pembuka" \
    "Input.Body=Isi pembuka uji beban." "Input.Reporters=Reporter Uji Beban" "Input.Tags=uji beban" "Input.Status=Published" > /dev/null
  reader_urls "$base"
  LOAD_URLS="$work/urls.txt" wrk -t2 -c$((connections - editors)) -d5s --timeout 10s -s tests/load/readers.lua "$base" > /dev/null  # warm-up
  echo "load: $name: ${seconds}s of $((connections - editors)) reader connections and $editors editors"
  LOAD_URLS="$work/urls.txt" wrk -t2 -c$((connections - editors)) -d"${seconds}s" --timeout 30s -s tests/load/readers.lua "$base" > "$work/wrk.txt" &
  pids+=($!)
  for n in $(seq 1 $editors); do editor "$n" "$base" & pids+=($!); done
  for pid in "${pids[@]}"; do wait "$pid"; done
  sleep 11   # past the reader cache's seconds, though every save evicts
  while IFS=$'\t' read -r id title deck; do
    json=$(curl -fs "$base/api/articles/$id" || echo '{}')
    python3 -c 'import json,sys; a=json.loads(sys.argv[1] or "{}"); sys.exit(0 if a.get("title")==sys.argv[2] and a.get("deck")==sys.argv[3] else 1)' \
      "$json" "$title" "$deck" || { lost=$((lost + 1)); echo "load: LOST $id $title" >&2; }
  done < "$work/acked"
  local reader_5xx editor_5xx saves acked_saves
  reader_5xx=$(awk '$1=="status" && $2>=500 {s+=$3} END {print s+0}' "$work/wrk.txt")
  editor_5xx=$(awk '$1>=500 || $1=="000" {s++} END {print s+0}' "$work/saves")
  saves=$(wc -l < "$work/saves"); acked_saves=$(awk '$1==302' "$work/saves" | wc -l)
  echo "load: $name: readers $(awk '$1=="requests" {print $2}' "$work/wrk.txt") requests ($(awk '$1=="requests" {printf "%.0f", $2/'"$seconds"'}' "$work/wrk.txt") req/s)," \
    "statuses $(awk '$1=="status" {printf "%s×%s ", $2, $3}' "$work/wrk.txt")socket errors $(awk '$1=="errors" {print $2}' "$work/wrk.txt")," \
    "p50 $(awk '$1=="p50" {print $2}' "$work/wrk.txt") ms, p99 $(awk '$1=="p99" {print $2}' "$work/wrk.txt") ms"
  echo "load: $name: editors $saves saves, $acked_saves acknowledged, $(wc -l < "$work/acked") stories checked, lost $lost," \
    "save p50 $(cut -d' ' -f2 "$work/saves" | sort -n | awk '{a[NR]=$1} END {print a[int(NR*0.5)+1]}') ms, p99 $(cut -d' ' -f2 "$work/saves" | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.99)+1; if (i>NR) i=NR; print a[i]}') ms"
  echo "load: $name: $([ $((reader_5xx + editor_5xx)) = 0 ] && echo 'zero 5xx' || echo "5xx: $reader_5xx reader, $editor_5xx editor"), $([ "$lost" = 0 ] && echo 'zero lost saves' || echo "$lost LOST saves")"
  [ $((reader_5xx + editor_5xx)) = 0 ] && [ "$lost" = 0 ] && [ "$acked_saves" -gt 0 ] || verdict=1
}

server_errors() {  # $1: set-up, then its logs: the count of error lines, and the first few
  local name=$1; shift
  echo "load: $name: server errors logged: $(cluster_errors "$@" | wc -l)"
  cluster_errors "$@" | cut -c1-300 | sort | uniq -c | sort -rn | head -5 || true
}

if [ "$which_setups" != b ]; then
  fill_sqlite "$work/a/tempo.db"
  ConnectionStrings__Default="Data Source=$work/a/tempo.db" Site__DataFolder="$work/a" Site__MediaFolder="$work/a/media" server_start a 5291
  load "(a) one instance, SQLite" http://127.0.0.1:5291
  server_errors "(a)" "$work/a.log"
  cluster_stop
fi

if [ "$which_setups" != a ]; then
  db=${SCALEOUT_DB:-$(cluster_default_db)}
  if [ "$db" = postgres ]; then
    cluster_postgres   # seeded by the first instance; the article generator writes SQLite only
    export Database__Provider=Postgres ConnectionStrings__Default="$cluster_connection"
  else
    fill_sqlite "$work/b/tempo.db"
    export ConnectionStrings__Default="Data Source=$work/b/tempo.db"
  fi
  cluster_redis 6391
  export Redis__Configuration=127.0.0.1:6391 Site__DataFolder="$work/b" Site__MediaFolder="$work/b/media" Security__KnownProxies__0=127.0.0.1
  server_start b1 5292
  server_start b2 5293
  cluster_nginx 5290 5292 5293
  load "(b) two instances, $db + Redis, behind nginx" http://127.0.0.1:5290
  server_errors "(b)" "$work/b1.log" "$work/b2.log"
  cluster_stop
fi
echo "load: ($connections connections: $((connections - editors)) readers + $editors editors, ${seconds}s; $(nproc) cores; every process on this machine)"
exit "$verdict"
