#!/usr/bin/env bash
# deploy/compose.yaml's services run the way compose would, without a Docker engine: PostgreSQL and Redis (with a
# password, as compose starts it), app-a until it is healthy and then app-b (its depends_on), nginx with
# deploy/nginx.conf itself; each app with the environment compose.yaml gives it (read from the file, ${VARS} filled
# from deploy/.env.example plus generated secrets, service names mapped to loopback ports). Then it checks the site
# through nginx and `admin check` with the same environment. Ends with a summary line in dotnet test's form (.ci/run counts it).
#   tests/image/compose-services.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
source tests/scaleout/cluster.sh
trap 'cluster_stop; rm -rf "$work"' EXIT
port_a=5381 port_b=5382 redis_port=6383 nginx_port=5380
passed=0 failed=0
check() {  # $1: what, then a command that must succeed
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "compose-services: ok   $what"; else failed=$((failed + 1)); echo "compose-services: FAIL $what"; fi
}
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 20 "$@"; }

python3 tests/image/check-compose.py > "$work/check-compose.log" || { cat "$work/check-compose.log"; exit 1; }
server_publish
redis_password=$(head -c 18 /dev/urandom | base64 | tr -dc a-zA-Z0-9)
cluster_redis "$redis_port" "$redis_password"
cluster_postgres

# The app's environment as compose.yaml writes it, interpolated and moved onto loopback.
POSTGRES_PASSWORD=unused REDIS_PASSWORD="$redis_password" SECURE_COOKIES=false ADMIN_PASSWORD="kopi tubruk di pagi hari" \
  python3 - "$work/app.env" "$cluster_connection" "$redis_port" <<'PY'
import os, re, sys, yaml
target, connection, redis_port = sys.argv[1:]
example = dict(line.strip().split("=", 1) for line in open("deploy/.env.example") if re.match(r"^[A-Z_]+=", line))
values = {**example, **{k: v for k, v in os.environ.items() if k in example}}
def fill(text):
    # ${VAR}, ${VAR:-default}, ${VAR:?message}, as compose interpolates them.
    def one(match):
        name, op, arg = match.group(1), match.group(2), match.group(3) or ""
        value = values.get(name, "")
        if op == ":?" and not value: sys.exit(f"compose would stop: {arg}")
        return value if value or op != ":-" else arg
    return re.sub(r"\$\{([A-Z_]+)(?:(:-|:\?)([^}]*))?\}", one, str(text))
env = {k: fill(v) for k, v in yaml.safe_load(open("deploy/compose.yaml"))["x-app"]["environment"].items()}
env["ConnectionStrings__Default"] = connection
env["Redis__Configuration"] = env["Redis__Configuration"].replace("redis:6379", f"127.0.0.1:{redis_port}")
env["Security__KnownProxies__0"] = "127.0.0.1"  # nginx's address, on loopback here
env["AllowedHosts"] = "*"
with open(target, "w") as out:
    for k, v in env.items(): out.write(f"{k}={v}\n")
PY
mapfile -t app_env < "$work/app.env"
server_start app-a "$port_a" "${app_env[@]}"
server_start app-b "$port_b" "${app_env[@]}"   # after app-a is ready, as depends_on says
cluster_nginx_deployed "$nginx_port" "$port_a" "$port_b"
site="http://127.0.0.1:$nginx_port"

check "nginx answers readiness (/healthz/ready 200)" test "$(status "$site/healthz/ready")" = 200
check "the home page through nginx (200)" test "$(status "$site/")" = 200
check "both instances are ready" test "$(status "http://127.0.0.1:$port_a/healthz/ready")$(status "http://127.0.0.1:$port_b/healthz/ready")" = 200200
check "/metrics is not served through nginx (404)" test "$(status "$site/metrics")" = 404
check "the editor login page through nginx (200)" test "$(status "$site/editor/account/login")" = 200
check "no error in the instances' logs" test -z "$(cluster_errors "$work/app-a.log" "$work/app-b.log")"
check "admin check with the services' environment (exit 0)" \
  bash -c 'cd "$1/app" && shift && env ASPNETCORE_ENVIRONMENT=Production "$@" dotnet TempoClone.Web.dll admin check > "$0/admin-check.log" 2>&1' \
  "$work" "$work" "${app_env[@]}"

echo "$([ "$failed" = 0 ] && echo Passed || echo Failed)!  - Failed: $failed, Passed: $passed, Skipped: 0, Total: $((passed + failed)) - compose-services.sh (deploy/compose.yaml on loopback)"
[ "$failed" -eq 0 ]
