# Sourced by every script under tests/ that runs the real server (bench, fault, load, scaleout, image): publish a
# Release build, start it on loopback in Production with its own log file, wait until it answers, stop it.
# Needs $work (a temp folder the caller removes); call server_stop_all from the caller's EXIT trap.
#   server_publish [--ready-to-run]          a Release build in $work/app (ReadyToRun for this machine's platform when asked)
#   server_start NAME PORT [--ready PATH] [NAME=VALUE…]
#                                            starts $work/app on 127.0.0.1:PORT with those settings (and the caller's
#                                            exported ones), logging to $work/NAME.log; returns once PATH (default
#                                            /healthz/ready) answers 2xx, fails if the process exits or
#                                            $SERVER_START_SECONDS (120) pass. Sets $server_pid and $server_ready_ms.
#   server_stop NAME [SIGNAL]                stops it (TERM, or e.g. KILL) and waits for it
#   server_stop_all                          stops every server started here
#   server_port_free PORT                    fails with a message when something answers on PORT

server_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
declare -gA server_pids=()

server_port_free() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then echo "server: port $1 is already in use" >&2; return 1; fi
}

server_publish() {
  local platform=()
  [ "${1:-}" = --ready-to-run ] && platform=(-r "$(dotnet --info | awk '/RID:/ {print $2; exit}')" --self-contained false)
  echo "server: publishing Release build${platform[0]:+ (ReadyToRun for this platform)}"
  dotnet publish "$server_repo/src/TempoClone.Web" -c Release "${platform[@]}" -o "$work/app" --nologo -v quiet >/dev/null
}

server_start() {
  local name=$1 port=$2 ready=/healthz/ready started pid; shift 2
  if [ "${1:-}" = --ready ]; then ready=$2; shift 2; fi
  server_port_free "$port" || return 1
  started=$(date +%s%N)
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" "$@" \
    dotnet TempoClone.Web.dll) >> "$work/$name.log" 2>&1 &
  pid=$!
  server_pids[$name]=$pid
  server_pid=$pid
  # Polled every 50 ms: the benchmarks report the start-up time this measures.
  for _ in $(seq 1 $(( ${SERVER_START_SECONDS:-120} * 20 ))); do
    if curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$port$ready" 2>/dev/null; then
      server_ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  echo "server: $name did not become ready at http://127.0.0.1:$port$ready" >&2
  tail -20 "$work/$name.log" >&2
  return 1
}

server_stop() {
  local pid=${server_pids[$1]:-}
  [ -n "$pid" ] || return 0
  kill "-${2:-TERM}" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset "server_pids[$1]"
}

server_stop_all() {
  local name
  for name in "${!server_pids[@]}"; do server_stop "$name"; done
}
