#!/usr/bin/env bash
# Runs every test: unit, integration (WebApplicationFactory on real SQLite files) and browser
# (Playwright driving Debian's Chromium at /usr/bin/chromium; no browser is ever downloaded).
# On a fresh Debian machine it installs chromium first. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Debian's chromium for the browser tests"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi

dotnet test TempoClone.sln "$@"
