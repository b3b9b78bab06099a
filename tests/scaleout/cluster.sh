# Sourced by tests/scaleout/two-instances.sh and tests/load/run.sh: a throwaway set-up on loopback — a Release
# build, Redis, PostgreSQL (tests/lib/throwaway-postgres.sh) or a shared SQLite file, app instances, nginx in front —
# and the editor's real forms driven with curl (tests/lib/form-fields.py reads each form as a browser posts it).
# The app instances are tests/lib/server.sh's. Everything started here is stopped by cluster_stop (call it from an EXIT
# trap). Needs: $work (a temp folder).

cluster_pids=()
cluster_pg=""
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$repo/tests/lib/server.sh"

cluster_stop() {
  local pid
  server_stop_all
  for pid in "${cluster_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${cluster_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "$cluster_pg" ] && stop_throwaway_postgres
  cluster_pids=()
  cluster_pg=""
}

# The database engine: PostgreSQL once the build carries its provider (Npgsql), else a SQLite file both instances share.
cluster_default_db() { if grep -q Npgsql "$repo/src/TempoClone.Web/TempoClone.Web.csproj"; then echo postgres; else echo sqlite; fi; }

cluster_redis() {  # $1: port, $2: a password (optional, as compose sets one)
  server_port_free "$1"
  local auth=()
  [ -n "${2:-}" ] && auth=(--requirepass "$2")
  redis-server --port "$1" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" --maxmemory 256mb \
    --maxmemory-policy volatile-lru "${auth[@]}" > "$work/redis.log" 2>&1 &
  cluster_pids+=($!)
  for _ in $(seq 1 50); do REDISCLI_AUTH="${2:-}" redis-cli -p "$1" ping 2>/dev/null | grep -q PONG && return; sleep 0.1; done
  echo "cluster: redis did not start" >&2; cat "$work/redis.log" >&2; return 1
}

cluster_postgres() {  # sets $cluster_connection: a throwaway cluster (tests/lib/throwaway-postgres.sh); the app creates its database
  source "$repo/tests/lib/throwaway-postgres.sh"
  start_throwaway_postgres
  cluster_pg=yes
  cluster_connection="$TEMPO_TEST_POSTGRES;Database=tempo"
}

# App instances: server_start NAME PORT [NAME=VALUE…] (tests/lib/server.sh). Common settings come from the environment
# the caller exported (ConnectionStrings__Default, Database__Provider, Redis__Configuration, Admin__*, Site__*).

cluster_nginx() {  # $1: listen port; then upstream ports. Forwards X-Forwarded-For/-Proto as deploy/nginx.conf does.
  local listen=$1 upstreams="" p; shift
  for p in "$@"; do upstreams+="server 127.0.0.1:$p;"; done
  mkdir -p "$work/nginx/tmp"
  chmod 755 "$work"
  cat > "$work/nginx/nginx.conf" <<NGINX
daemon off; worker_processes 2; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off; client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp;
  fastcgi_temp_path $work/nginx/tmp; uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;
  client_max_body_size 12m;
  upstream app { $upstreams keepalive 64; }
  server {
    listen 127.0.0.1:$listen;
    location / {
      proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_set_header Host \$host; proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
NGINX
  server_port_free "$listen"
  nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
  cluster_pids+=($!)
  for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$listen/healthz" >/dev/null 2>&1 && return; sleep 0.1; done
  echo "cluster: nginx did not start" >&2; cat "$work/nginx/error.log" >&2; return 1
}

cluster_nginx_deployed() {  # $1: listen port, $2 and $3: app-a's and app-b's ports. deploy/nginx.conf itself, moved onto loopback.
  local listen=$1
  mkdir -p "$work/nginx/tmp"
  chmod 755 "$work"
  # Only what differs outside compose changes: addresses (loopback ports for the service names), the pid file and
  # temp folders (nginx's defaults are root's), Docker's resolver, logging to files.
  sed -e "s|server app-a:8080|server 127.0.0.1:$2|; s|server app-b:8080|server 127.0.0.1:$3|" \
      -e "s|listen 80 default_server;|listen 127.0.0.1:$listen default_server;|" \
      -e "s|^pid .*|pid $work/nginx/nginx.pid;|; s|^ *resolver .*||" \
      -e "s|access_log /dev/stdout;|access_log $work/nginx/access.log; client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp; fastcgi_temp_path $work/nginx/tmp; uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;|" \
      -e "s|error_log /dev/stderr warn;|error_log $work/nginx/error.log warn;|" \
      "$repo/deploy/nginx.conf" > "$work/nginx/nginx.conf"
  server_port_free "$listen"
  nginx -g "daemon off;" -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>> "$work/nginx/error.log" &
  cluster_pids+=($!)
  for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$listen/healthz" >/dev/null 2>&1 && return; sleep 0.1; done
  echo "cluster: nginx did not start" >&2; cat "$work/nginx/error.log" >&2; return 1
}

# ---- the editor's real forms

source "$repo/tests/lib/editor-login.sh"

# Saves the article form: the form is read from $1 (a new article, or "/<id>"), posted to $2 (another instance may
# answer), with $3 the cookie jar and then Input.Name=value overrides. Prints "<code> <article id or ->".
editor_save() {
  local from=$1 to=$2 jar=$3 path="/editor/articles/edit${4:-}" fields answer; shift 4
  fields=$(curl -s -c "$jar" -b "$jar" --max-time 20 "$from$path" | python3 "$repo/tests/lib/form-fields.py" article-form "Input.SearchQuery=" "$@") || true
  answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" --max-time 30 --data "$fields" "$to$path") || true
  if [[ "$answer" =~ ^302\ .*/editor/articles/edit/([0-9]+)$ ]]; then echo "302 ${BASH_REMATCH[1]}"; else echo "${answer%% *} -"; fi
}

# The error lines of these logs, except EF's read of the migration history on a fresh PostgreSQL database (the table
# does not exist yet; EF logs that at Error, then creates it).
cluster_errors() {
  awk '/ (ERR|FTL)\] / {line = $0; getline; getline nxt; if (nxt !~ /FROM "__EFMigrationsHistory"/) print line}' "$@"
}
