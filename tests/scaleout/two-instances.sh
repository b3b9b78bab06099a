#!/usr/bin/env bash
# Two real server processes on one database (PostgreSQL when the build has its provider, else one shared SQLite
# file) and one Redis, all throwaway on loopback: an editor logs in on A and publishes through the real form; the
# next request on B shows the story although B had the page cached; A's login cookie works on B (a form read on A
# is accepted by B); a story scheduled for the next minute goes live on both at that minute (within the reader
# cache's seconds). Ends with a summary line in dotnet test's form (.ci/run counts it) and exits non-zero on a failure.
#   [SCALEOUT_DB=postgres|sqlite] tests/scaleout/two-instances.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
source tests/scaleout/cluster.sh
trap 'cluster_stop; rm -rf "$work"' EXIT
db=${SCALEOUT_DB:-$(cluster_default_db)}
port_a=5281 port_b=5282 redis_port=6381
a="http://127.0.0.1:$port_a" b="http://127.0.0.1:$port_b"
cache_seconds=10
passed=0 failed=0
check() {  # $1: what, then a command that must succeed
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "two-instances: ok   $what"; else failed=$((failed + 1)); echo "two-instances: FAIL $what"; fi
}
# $1 base, $2 path, $3 text (the page is read whole first: grep -q leaving early would fail the pipe)
shows() { local page; page=$(curl -fsL --max-time 20 "$1$2") && grep -qF "$3" <<< "$page"; }
lacks() { local page; page=$(curl -fsL --max-time 20 "$1$2") || return 0; ! grep -qF "$3" <<< "$page"; }

command -v redis-server >/dev/null || { echo "two-instances: redis-server is needed (apt-get install redis-server)" >&2; exit 2; }
server_publish
cluster_redis "$redis_port"
export Redis__Configuration="127.0.0.1:$redis_port"
if [ "$db" = postgres ]; then
  cluster_postgres
  export Database__Provider=Postgres ConnectionStrings__Default="$cluster_connection"
else
  mkdir -p "$work/data"
  export ConnectionStrings__Default="Data Source=$work/data/tempo.db"
fi
export Admin__Email="dua-mesin@tempoclone.test" Admin__Password="dua mesin $(head -c 12 /dev/urandom | base64 | tr -dc a-zA-Z0-9)"
# One data folder and one media folder for both, as a shared volume would be; plain HTTP on loopback.
export Site__DataFolder="$work/data" Site__MediaFolder="$work/data/media" Site__ReaderCacheSeconds=$cache_seconds \
  Security__SecureCookies=false Serilog__MinimumLevel__Default=Warning
server_start A "$port_a"   # A migrates and seeds first
server_start B "$port_b"
echo "two-instances: A and B ready on $db + Redis"

# B caches its home page before anything is published.
curl -fs "$b/" > /dev/null
etag() { curl -fsI "$1/" | tr -d '\r' | awk 'tolower($1)=="etag:" {print $2}'; }
# The cache stores an entry just after its last byte is sent, so a request right after a miss may miss too.
settles() { local last next; last=$(etag "$1"); for _ in $(seq 20); do next=$(etag "$1"); [ -n "$next" ] && [ "$next" = "$last" ] && return 0; last=$next; sleep 0.2; done; return 1; }
check "B serves its home page from the cache (same ETag twice)" settles "$b"

jar="$work/jar"
editor_login "$a" "$jar" "$Admin__Email" "$Admin__Password"
title="Kabar Dua Mesin $RANDOM$RANDOM"
read -r code id < <(editor_save "$a" "$a" "$jar" "" "Input.Title=$title" "Input.NewKanal=Dua Mesin" \
  "Input.Deck=Ringkasan kabar dua mesin" "Input.Body=Isi kabar yang diterbitkan di mesin A dan dibaca di mesin B." \
  "Input.Reporters=Reporter Dua Mesin" "Input.Status=Published")
check "the editor publishes on A through the real form (302)" test "$code" = 302
check "the next request on B shows the story on the home page" shows "$b" / "$title"
check "the story's page answers on B" shows "$b" "/dua-mesin/x-$id" "$title"
check "A's login cookie works on B (the newsroom home, not the login page)" \
  test "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$b/editor")" = 200

# Scheduled for the next whole minute at least 25 s away, in WIB as the form takes it; form read on B, posted to B.
now=$(date +%s); minute=$(( (now + 25 + 59) / 60 * 60 ))
at_wib=$(TZ=Asia/Jakarta date -d "@$minute" +%Y-%m-%dT%H:%M)
scheduled="Kabar Terjadwal Dua Mesin $RANDOM$RANDOM"
read -r code sid < <(editor_save "$b" "$b" "$jar" "" "Input.Title=$scheduled" "Input.NewKanal=Dua Mesin" \
  "Input.Deck=Ringkasan kabar terjadwal" "Input.Body=Isi kabar terjadwal untuk menit berikutnya." \
  "Input.Status=Published" "Input.PublishAt=$at_wib")
check "B accepts the scheduling save with A's cookie (antiforgery keys shared)" test "$code" = 302
for host in "$a" "$b"; do curl -fs "$host/" > /dev/null; done   # both cache a home page without it
not_yet() { lacks "$a" / "$scheduled" && lacks "$b" / "$scheduled" && lacks "$b" "/dua-mesin/x-$sid" "$scheduled"; }
check "before $at_wib WIB the scheduled story is on neither instance" not_yet
sleep $(( minute - $(date +%s) ))
live_on() {  # $1: base; prints seconds after the minute when the story showed, or fails after the cache's seconds + 5
  local waited
  while true; do
    waited=$(( $(date +%s) - minute ))
    if shows "$1" / "$scheduled"; then echo "$waited"; return 0; fi
    [ "$waited" -le $((cache_seconds + 5)) ] || return 1
    sleep 1
  done
}
seconds_a=$(live_on "$a") || seconds_a=never
seconds_b=$(live_on "$b") || seconds_b=never
check "at $at_wib WIB the scheduled story is live on A (after ${seconds_a} s)" test "$seconds_a" != never
check "at $at_wib WIB the scheduled story is live on B (after ${seconds_b} s)" test "$seconds_b" != never

errors=$(cluster_errors "$work/A.log" "$work/B.log" | wc -l)
check "no errors in either instance's log" test "$errors" = 0
cluster_errors "$work/A.log" "$work/B.log" | cut -c1-300 | head -5
# In dotnet test's summary form, so .ci/run counts these checks with the test projects'.
echo "$([ "$failed" = 0 ] && echo Passed || echo Failed)!  - Failed: $failed, Passed: $passed, Skipped: 0, Total: $((passed + failed)) - two-instances.sh ($db + Redis, two server processes)"
[ "$failed" = 0 ]
