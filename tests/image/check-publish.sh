#!/usr/bin/env bash
# Replays the image's publish (deploy/publish.sh, as the Dockerfile runs it) and checks its folder: under the size
# limit, no other platform's native files (no runtimes/ folder, no .dll/.dylib/.exe that is not .NET, every .so an
# ELF for this platform), ReadyToRun code in the app's DLL; then starts it once on a fresh SQLite folder and reports
# the time to readiness. Ends with a summary line in dotnet test's form (.ci/run counts it) and exits non-zero on a failure.
#   tests/image/check-publish.sh [linux-x64|linux-arm64]    (the start-up is measured for linux-x64 only)
set -euo pipefail
cd "$(dirname "$0")/../.."
rid=${1:-linux-x64}
limit_mb=${PUBLISH_LIMIT_MB:-80}
work=$(mktemp -d)
source tests/lib/server.sh
trap 'server_stop_all; rm -rf "$work"' EXIT
passed=0 failed=0
check() {  # $1: what, then a command that must succeed
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "check-publish: ok   $what"; else failed=$((failed + 1)); echo "check-publish: FAIL $what"; fi
}

deploy/publish.sh "$rid" "$work/app" -v quiet >/dev/null
size_mb=$(du -sm "$work/app" | cut -f1)
echo "check-publish: $rid publish folder is ${size_mb} MB ($(find "$work/app" -type f | wc -l) files)"

check "folder under ${limit_mb} MB (${size_mb} MB)" test "$size_mb" -le "$limit_mb"
check "no runtimes/ folder (other platforms' assets)" test ! -e "$work/app/runtimes"
check "no .pdb, .dylib or .exe" test -z "$(find "$work/app" -type f \( -name '*.pdb' -o -name '*.dylib' -o -name '*.exe' \) -print -quit)"
# Each file's header says what it is: .NET assemblies have a CLI header; native files are ELF for this machine.
check "every .dll a .NET assembly, every .so an ELF for $rid" python3 - "$work/app" "$rid" <<'PY'
import os, struct, sys
root, rid = sys.argv[1], sys.argv[2]
machine = {"linux-x64": 62, "linux-arm64": 183}[rid]  # ELF e_machine: EM_X86_64, EM_AARCH64
bad = []
for folder, _, files in os.walk(root):
    for name in files:
        path = os.path.join(folder, name)
        with open(path, "rb") as f:
            head = f.read(4096)
        if name.endswith(".dll"):
            # PE: the optional header's CLI data directory (index 14) is non-zero only for .NET assemblies.
            pe = struct.unpack_from("<I", head, 0x3C)[0]
            magic = struct.unpack_from("<H", head, pe + 24)[0]
            cli = pe + 24 + (96 if magic == 0x10B else 112) + 14 * 8
            if struct.unpack_from("<I", head, cli)[0] == 0: bad.append(name + " (native Windows)")
        elif name.endswith(".so") or ".so." in name:
            if head[:4] != b"\x7fELF" or struct.unpack_from("<H", head, 18)[0] != machine: bad.append(name + " (not ELF for " + rid + ")")
for b in bad: print("  " + b)
sys.exit(1 if bad else 0)
PY
# A ReadyToRun image's CLI header points to its ReadyToRun header (ManagedNativeHeader), whose signature is "RTR".
check "TempoClone.Web.dll is ReadyToRun" python3 - "$work/app/TempoClone.Web.dll" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
pe = struct.unpack_from("<I", data, 0x3C)[0]
sections, optional_size = struct.unpack_from("<H", data, pe + 6)[0], struct.unpack_from("<H", data, pe + 20)[0]
optional = pe + 24
directories = optional + (96 if struct.unpack_from("<H", data, optional)[0] == 0x10B else 112)
def offset(rva):
    for i in range(sections):
        header = optional + optional_size + 40 * i
        size, address, _, raw = struct.unpack_from("<IIII", data, header + 8)
        if address <= rva < address + size: return rva - address + raw
    raise SystemExit(1)
cli = offset(struct.unpack_from("<I", data, directories + 14 * 8)[0])
native_rva = struct.unpack_from("<I", data, cli + 64)[0]  # IMAGE_COR20_HEADER.ManagedNativeHeader
sys.exit(0 if native_rva and data[offset(native_rva):offset(native_rva) + 4] == b"RTR\0" else 1)
PY

# Starts the published app (deploy/publish.sh's, in $work/app) on $work/data; sets $ready_ms to the milliseconds to
# readiness ("failed" if it never got there).
start_measured() {
  if server_start app "$port" "ConnectionStrings__Default=Data Source=$work/data/tempo.db" Site__DataFolder="$work/data" \
    Site__MediaFolder="$work/data/media" Admin__Email=pertama@tempoclone.test Admin__Password="kopi tubruk di pagi hari"
  then ready_ms=$server_ready_ms; else ready_ms=failed; fi
}

stop_app() { server_stop app; }

if [ "$rid" = linux-x64 ] && [ "$(uname -m)" = x86_64 ]; then
  port=5391
  mkdir -p "$work/data"
  start_measured; first=$ready_ms; stop_app
  start_measured; again=$ready_ms; stop_app
  check "published app is ready on a fresh database (migrations, first admin, seed: ${first} ms)" test "$first" != failed
  check "published app is ready on that database again (${again} ms)" test "$again" != failed
  [ "$first" != failed ] && [ "$again" != failed ] || tail -20 "$work/app.log"
fi

echo "$([ "$failed" = 0 ] && echo Passed || echo Failed)!  - Failed: $failed, Passed: $passed, Skipped: 0, Total: $((passed + failed)) - check-publish.sh ($rid)"
[ "$failed" -eq 0 ]
