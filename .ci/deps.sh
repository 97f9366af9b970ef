#!/usr/bin/env bash
# Installs what newsgraph's tests need beyond Go modules, only when missing:
# Java 17 and Maven (for the Neo4j test server), the Neo4j jars, chromium (to
# look at the SVG pictures). Safe to run again: each step checks first.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
  if [ "$(id -u)" = 0 ]; then
    if [ -z "${NEWSGRAPH_APT_UPDATED:-}" ]; then apt-get update -qq; export NEWSGRAPH_APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "deps: need root to install $*: run: sudo apt-get install -y $*" >&2
    exit 1
  fi
}

command -v java >/dev/null 2>&1 || apt_install openjdk-17-jre-headless
command -v mvn >/dev/null 2>&1 || apt_install maven
command -v chromium >/dev/null 2>&1 || apt_install chromium fonts-dejavu-core

bash internal/neo4jserver/neo4j.sh install
