#!/usr/bin/env bash
# Runs every test: unit, integration (WebApplicationFactory on real SQLite files), browser (Playwright driving
# Debian's Chromium at /usr/bin/chromium; no browser is ever downloaded) and HTML validity (the Nu Html Checker,
# npm package vnu-jar, run with the machine's Java); then the integration and browser tests a second time on
# PostgreSQL: a throwaway cluster on loopback under a temp folder, stopped after (or the server that
# TEMPO_TEST_POSTGRES names, if set). On a fresh Debian machine it installs what is missing first (apt: chromium,
# Java, npm, postgresql, redis-server). Extra arguments go to `dotnet test`. Last, tests/scaleout/two-instances.sh
# (two server processes on one database and Redis).
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v npm >/dev/null || missing+=(npm)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
# nginx: tests/image/compose-services.sh runs deploy/nginx.conf in front of the two instances, as compose would.
command -v nginx >/dev/null || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} with apt"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f tests/tools/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "test.sh: installing the Nu Html Checker (vnu-jar) under tests/tools"
  # --ignore-scripts: its install script would try to download a JDK; the machine's Java runs it.
  (cd tests/tools && npm install --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

# Browser tests, real servers and Chromium each hold inotify instances; Debian's default of 128 per user is tight
# for a whole run on a shared box (the test hosts themselves watch no files: TestHostSettings). Raised when allowed.
if [ "$(cat /proc/sys/fs/inotify/max_user_instances 2>/dev/null || echo 1024)" -lt 1024 ]; then
  $sudo sysctl -q -w fs.inotify.max_user_instances=1024 2>/dev/null || echo "test.sh: could not raise fs.inotify.max_user_instances (left as is)"
fi

status=0
dotnet test TempoClone.sln "$@" || status=$?

# The second run: every integration test on PostgreSQL.
if [ -z "${TEMPO_TEST_POSTGRES:-}" ]; then
  source tests/lib/throwaway-postgres.sh
  trap stop_throwaway_postgres EXIT
  # fsync off: a test cluster thrown away after the run (tests/fault/kill-during-saves.sh checks durability on one with fsync).
  start_throwaway_postgres -c fsync=off
  echo "test.sh: started a throwaway PostgreSQL ($PG_BIN) on 127.0.0.1:$PG_PORT"
fi
echo "test.sh: integration tests on PostgreSQL"
TEMPO_TEST_DATABASE=postgres dotnet test tests/TempoClone.IntegrationTests "$@" || status=$?

# Two real server processes on one database and Redis: publish on one, read on the other, scheduled on both.
tests/scaleout/two-instances.sh || status=$?

# The image: the Dockerfile's publish (size, only this platform's native files, ReadyToRun, start-up), the compose
# file's keys, and compose's services run as compose would on loopback (no Docker engine here).
tests/image/check-publish.sh || status=$?
python3 tests/image/check-compose.py || status=$?
tests/image/compose-services.sh || status=$?
exit "$status"
