# Sourced by tests/test.sh and tests/fault/kill-during-saves.sh: a throwaway PostgreSQL cluster on loopback under a
# temp folder, run as the postgres user when we are root (PostgreSQL refuses root). Debian's postgresql package.
#   start_throwaway_postgres [extra server options]   sets PG_PORT, PG_DIR, PG_BIN and TEMPO_TEST_POSTGRES
#   stop_throwaway_postgres                           stops it at once and removes the folder
start_throwaway_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/tempoclone-pg.XXXXXX)
  PG_PORT=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done
  PG_AS_OWNER=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$PG_DIR"
    PG_AS_OWNER=(runuser -u postgres --)
  fi
  (cd / && "${PG_AS_OWNER[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null)
  (cd / && "${PG_AS_OWNER[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DIR -c max_connections=300 $*" start >/dev/null)
  export TEMPO_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
}

stop_throwaway_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  (cd / && "${PG_AS_OWNER[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1) || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
