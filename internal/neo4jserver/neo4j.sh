#!/usr/bin/env bash
# neo4j.sh install|up|down|status|env - a local Neo4j 5.26 community server
# from Maven Central jars, for newsgraph's integration tests and for trying
# the loader. No Docker, tarball or cypher-shell needed: Java 17 and Maven.
#
#   install  fetch the jars (mvn, pom.xml beside this script) into $NEO4J_CACHE/lib
#            and compile the launcher; quick no-op when already done
#   up       install if needed, start the server in the background, wait until
#            Bolt answers (prints the URI); no-op if it already answers
#   down     stop the server started by `up` (SIGTERM, then SIGKILL after 60 s)
#   status   exit 0 and print the URI if the server answers, else exit 1
#
# Environment (defaults in brackets):
#   NEO4J_CACHE     [<repo>/.neo4j]   jars, compiled launcher, default home
#   NEO4J_HOME_DIR  [$NEO4J_CACHE/home] database files, pid file and log
#   NEO4J_PORT      [7687]            Bolt port on 127.0.0.1
#   NEO4J_PASSWORD  [newsgraph-test]  password set for user neo4j at start
#   NEO4J_HEAP      [2g]              JVM -Xmx
#   NEO4J_PAGECACHE [256m]            page cache size
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cache="${NEO4J_CACHE:-$repo/.neo4j}"
home="${NEO4J_HOME_DIR:-$cache/home}"
port="${NEO4J_PORT:-7687}"
password="${NEO4J_PASSWORD:-newsgraph-test}"
heap="${NEO4J_HEAP:-2g}"
pagecache="${NEO4J_PAGECACHE:-256m}"
lib="$cache/lib"
classes="$cache/classes"
pidfile="$home/newsgraph-neo4j.pid"
logfile="$home/newsgraph-neo4j.log"

die() { echo "neo4j.sh: $*" >&2; exit 1; }

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

# Stamps say what is installed: the pom for the jars, the launcher source for
# the compiled launcher; a changed version or launcher reinstalls that part.
jars_stamp() { sha256sum < "$here/pom.xml" | cut -d' ' -f1; }
launcher_stamp() { sha256sum < "$here/java/NewsgraphNeo4j.java" | cut -d' ' -f1; }

install() {
  local want_jars want_launcher
  want_jars="$(jars_stamp)"
  want_launcher="$(launcher_stamp)"
  if [[ -f "$cache/installed.jars" && "$(cat "$cache/installed.jars")" == "$want_jars" &&
        -f "$cache/installed.launcher" && "$(cat "$cache/installed.launcher")" == "$want_launcher" ]]; then
    return 0
  fi
  command -v java >/dev/null || die "java not found: install a Java 17+ JDK (e.g. apt-get install openjdk-17-jdk-headless)"
  command -v javac >/dev/null || die "javac not found: install a Java 17+ JDK, not just a JRE"
  mkdir -p "$cache"
  # One installer at a time (test binaries run in parallel); the others wait,
  # then find the stamps written and have nothing to do.
  if command -v flock >/dev/null; then
    exec 9>"$cache/install.lock"
    flock 9
    if [[ -f "$cache/installed.jars" && "$(cat "$cache/installed.jars")" == "$want_jars" &&
          -f "$cache/installed.launcher" && "$(cat "$cache/installed.launcher")" == "$want_launcher" ]]; then
      exec 9>&-
      return 0
    fi
  fi
  if [[ ! -f "$cache/installed.jars" || "$(cat "$cache/installed.jars")" != "$want_jars" ]]; then
    command -v mvn >/dev/null || die "mvn not found: install Maven (e.g. apt-get install maven)"
    echo "neo4j.sh: fetching Neo4j jars from Maven Central into $lib" >&2
    # Into a fresh folder, then swapped in, so an interrupted fetch never
    # leaves a half set of jars that looks installed.
    rm -rf "$lib.tmp"
    mvn -B -q -f "$here/pom.xml" dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$lib.tmp" >&2 \
      || die "mvn could not fetch the Neo4j jars (is Maven Central reachable?)"
    rm -rf "$lib"
    mv "$lib.tmp" "$lib"
    echo "$want_jars" > "$cache/installed.jars"
    rm -f "$cache/installed.launcher"
  fi
  rm -rf "$classes.tmp"
  mkdir -p "$classes.tmp"
  javac -d "$classes.tmp" -cp "$lib/*" "$here/java/NewsgraphNeo4j.java" >&2 \
    || die "javac could not compile the launcher"
  rm -rf "$classes"
  mv "$classes.tmp" "$classes"
  echo "$want_launcher" > "$cache/installed.launcher"
  exec 9>&- # release the install lock (a server started later must not hold it)
}

running_pid() {
  [[ -f "$pidfile" ]] || return 1
  local pid; pid="$(cat "$pidfile")"
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

up() {
  if answers; then
    echo "bolt://127.0.0.1:$port"
    return 0
  fi
  install
  mkdir -p "$home"
  if pid="$(running_pid)"; then
    die "server pid $pid is running but port $port does not answer; see $logfile"
  fi
  # setsid: the server outlives the shell or test that started it, and a
  # Ctrl-C in that terminal does not reach it.
  # 2 GB heap and 8 MB G1 regions: a load's batches of 10,000 rows are
  # big Bolt messages and transaction states; with 1 GB and 1 MB regions
  # they were "humongous" objects and GC paused ~20% of a load
  # (Load100k: 25,000 -> 31,000 relations/s).
  setsid java -Xms256m "-Xmx$heap" -XX:+UseG1GC -XX:G1HeapRegionSize=8m "-Xlog:gc:file=$home/gc.log:uptime" \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
    -Dio.netty.tryReflectionSetAccessible=true \
    -cp "$classes:$lib/*" NewsgraphNeo4j \
    --home "$home" --port "$port" --password "$password" --pagecache "$pagecache" \
    >"$logfile" 2>&1 </dev/null 9>&- &
  local pid=$!
  echo "$pid" > "$pidfile"
  local i
  for ((i = 0; i < 600; i++)); do
    if grep -q "newsgraph-neo4j ready" "$logfile" 2>/dev/null && answers; then
      echo "bolt://127.0.0.1:$port"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$pidfile"
      tail -n 30 "$logfile" >&2 || true
      die "server exited during start; log: $logfile"
    fi
    sleep 0.2
  done
  tail -n 30 "$logfile" >&2 || true
  die "server did not answer on port $port within 120 s; log: $logfile"
}

down() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$pidfile"
    if answers; then
      die "port $port answers but no server started by neo4j.sh runs with home $home"
    fi
    return 0
  fi
  kill -TERM "$pid"
  local i
  for ((i = 0; i < 300; i++)); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; return 0; }
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

status() {
  if answers; then
    echo "bolt://127.0.0.1:$port"
    return 0
  fi
  echo "no server answers on 127.0.0.1:$port" >&2
  return 1
}

case "${1:-}" in
  install) install ;;
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 install|up|down|status" >&2; exit 2 ;;
esac
