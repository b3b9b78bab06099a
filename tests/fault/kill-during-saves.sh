#!/usr/bin/env bash
# Fault test (not a unit test): several writers publish through the editor's real forms while the server is
# SIGKILLed mid-way; after a restart every acknowledged save (a 302 after POST) must be present and readable on the
# reader site, and SQLite's integrity_check must say ok. Publishes a Release build, runs the real server in
# Production on loopback with a fresh data folder and an admin from the environment. Bounded: writers × saves posts,
# each with a time limit; loopback only.
# With TEMPO_FAULT_DATABASE=postgres the site runs on PostgreSQL instead: a throwaway cluster on loopback (fsync on,
# tests/lib/throwaway-postgres.sh), checked with pg_amcheck instead of integrity_check.
#   tests/fault/kill-during-saves.sh [writers] [saves-per-writer] [seconds-before-kill]
set -euo pipefail
cd "$(dirname "$0")/../.."
writers=${1:-4}
saves=${2:-40}
kill_after=${3:-3}
port=5097
base="http://127.0.0.1:$port"
kanal="Uji Gangguan"   # every writer names this new kanal, a new reporter and a new tag: the get-or-create race too

on_postgres=false
[ "${TEMPO_FAULT_DATABASE:-sqlite}" = postgres ] && on_postgres=true
if $on_postgres; then source tests/lib/throwaway-postgres.sh; else command -v sqlite3 >/dev/null || { echo "fault: sqlite3 is needed" >&2; exit 2; }; fi
work=$(mktemp -d)
source tests/lib/server.sh
cleanup() { server_stop_all; wait 2>/dev/null || true; if $on_postgres; then stop_throwaway_postgres; fi; rm -rf "$work"; }
trap cleanup EXIT

if $on_postgres; then
  start_throwaway_postgres
  echo "fault: PostgreSQL ($PG_BIN) on 127.0.0.1:$PG_PORT"
  database=(Database__Provider=Postgres "ConnectionStrings__Default=$TEMPO_TEST_POSTGRES;Database=tempo_fault")
  query() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d tempo_fault -tA -c "$1"; }
  # amcheck on every table and index (heap and B-tree); exit 0 when all is well.
  integrity_check() { "$PG_BIN/pg_amcheck" --install-missing -h 127.0.0.1 -p "$PG_PORT" -U postgres -d tempo_fault >"$work/amcheck" 2>&1 && echo ok || { echo "pg_amcheck:"; cat "$work/amcheck"; }; }
else
  database=("ConnectionStrings__Default=Data Source=$work/data/tempo.db")
  query() { sqlite3 "$work/data/tempo.db" "$1"; }
  integrity_check() { query "PRAGMA integrity_check;"; }
fi

server_publish

mkdir -p "$work/data"
export Admin__Email="fault-admin@tempoclone.test"
Admin__Password="fault $(head -c 18 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9') phrase"
export Admin__Password

start_server() {
  server_start server "$port" "${database[@]}" Site__DataFolder="$work/data" Site__MediaFolder="$work/data/media" \
    Site__ImportSeedOnStart=false Security__SecureCookies=false Security__RequireTwoFactorForAdmins=false \
    Security__Login__PermitsPerMinute=1000 Serilog__MinimumLevel__Default=Warning || exit 1
}

# The antiforgery token of the (first) form on a page.
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

source tests/lib/editor-login.sh
login() {  # $1: cookie jar
  editor_login "$base" "$1" "$Admin__Email" "$Admin__Password" || exit 1
}

writer() {  # $1: writer number; appends "title id" per acknowledged save to acked, "title code" otherwise to refused
  local jar="$work/jar-$1" i title token answer code location
  for i in $(seq 1 "$saves"); do
    title="Uji Gangguan Penulis $1 Nomor $i"
    token=$(curl -s -b "$jar" -c "$jar" --max-time 20 "$base/editor/articles/edit" | token_of) || true
    answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" --max-time 20 \
      -F "__RequestVerificationToken=$token" -F "Input.Version=0" -F "Input.Title=$title" -F "Input.Slug=" \
      -F "Input.NewKanal=$kanal" -F "Input.Deck=Ringkasan uji gangguan $1-$i" \
      -F "Input.Body=Paragraf uji dari penulis $1, simpanan ke-$i, ditulis selagi server dimatikan paksa." \
      -F "Input.Reporters=Reporter Uji Gangguan" -F "Input.Editors=Redaktur Uji Gangguan" -F "Input.Tags=uji gangguan" \
      -F "Input.SourceLine=TEMPO" -F "Input.Status=Published" "$base/editor/articles/edit") || true
    code=${answer%% *}; location=${answer#* }
    if [ "$code" = 302 ] && [[ "$location" =~ /editor/articles/edit/([0-9]+)$ ]]; then
      echo "${BASH_REMATCH[1]} $title" >> "$work/acked"
    else
      echo "${code:-000} $title" >> "$work/refused"
    fi
  done
}

start_server
for n in $(seq 1 "$writers"); do login "$work/jar-$n"; done
echo "fault: $writers writers logged in; each posts $saves articles; SIGKILL after ${kill_after}s"
touch "$work/acked" "$work/refused"
pids=()
for n in $(seq 1 "$writers"); do writer "$n" & pids+=($!); done
sleep "$kill_after"
server_stop server KILL
echo "fault: server SIGKILLed with $(wc -l < "$work/acked") saves acknowledged so far"
for pid in "${pids[@]}"; do wait "$pid"; done

integrity=$(integrity_check)
echo "fault: integrity_check after the kill: $integrity"

start_server
present=0; lost=0
while read -r id title; do
  # Any kanal/slug reaches the article: the reader site answers 301 to its canonical address.
  page=$(curl -sL --max-time 20 "$base/uji-gangguan/x-$id")
  if grep -q "<h1[^>]*>$title</h1>" <<< "$page"; then present=$((present + 1)); else lost=$((lost + 1)); echo "fault: LOST $id $title" >&2; fi
done < "$work/acked"
acked=$(wc -l < "$work/acked")
unacked_present=$(query "SELECT COUNT(*) FROM \"Articles\" WHERE \"Title\" LIKE 'Uji Gangguan Penulis %';")
names=$(query "SELECT (SELECT COUNT(*) FROM \"Kanals\" WHERE \"Name\" = '$kanal') || ' kanal, ' || (SELECT COUNT(*) FROM \"Reporters\" WHERE \"Name\" = 'Reporter Uji Gangguan') || ' reporter, ' || (SELECT COUNT(*) FROM \"Tags\" WHERE \"Name\" = 'uji gangguan') || ' tag row';")
final_integrity=$(integrity_check)
errors=$(grep -c ' ERR\] \| FTL\] ' "$work/server.log" || true)
# What the errors were, so a run that logs one says which.
[ "$errors" = 0 ] || grep -A4 " ERR\] \| FTL\] " "$work/server.log" | cut -c1-300 | head -12 >&2

echo
echo "fault: database: ${TEMPO_FAULT_DATABASE:-sqlite}"
echo "fault: posted $((writers * saves)), acknowledged $acked, present $present, lost $lost"
echo "fault: articles in the database $unacked_present (saves committed but not acknowledged before the kill count here too)"
echo "fault: names: $names; refused or unanswered posts: $(wc -l < "$work/refused") ($(cut -d' ' -f1 "$work/refused" | sort | uniq -c | tr -s ' ' | tr '\n' ';'))"
echo "fault: integrity_check after kill: $integrity; after restart: $final_integrity; server errors logged: $errors"
[ "$lost" = 0 ] && [ "$integrity" = ok ] && [ "$final_integrity" = ok ] && [ "$acked" -gt 0 ]
