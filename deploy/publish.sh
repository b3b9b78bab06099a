#!/bin/sh
# The one publish of the site, run by the Dockerfile and by tests/image/check-publish.sh, so what is checked is what
# ships: framework-dependent (the runtime comes from the aspnet image), for one platform (-r: only that platform's
# native files, e.g. SkiaSharp's libSkiaSharp.so, none of its Windows or macOS ones), precompiled (ReadyToRun).
#   deploy/publish.sh <linux-x64|linux-arm64> <output folder> [more dotnet publish arguments]
set -eu
rid=$1 out=$2
shift 2
cd "$(dirname "$0")/.."
exec dotnet publish src/TempoClone.Web/TempoClone.Web.csproj -c Release -r "$rid" --self-contained false \
  -p:PublishReadyToRun=true -p:DebugType=none -o "$out" --nologo "$@"
