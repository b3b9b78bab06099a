#!/usr/bin/env bash
# Runs every test: unit, integration (WebApplicationFactory on real SQLite files), browser (Playwright driving
# Debian's Chromium at /usr/bin/chromium; no browser is ever downloaded) and HTML validity (the Nu Html Checker,
# npm package vnu-jar, run with the machine's Java). On a fresh Debian machine it installs what is missing
# first. Extra arguments go to `dotnet test`. Then tests/scaleout/two-instances.sh (two server processes, Redis).
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v npm >/dev/null || missing+=(npm)
command -v redis-server >/dev/null || missing+=(redis-server)   # Redis tests and the two-instance script
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

status=0
dotnet test TempoClone.sln "$@" || status=$?
# Two real server processes on one database and Redis: publish on one, read on the other, scheduled on both.
tests/scaleout/two-instances.sh || status=$?
exit "$status"
