#!/usr/bin/env bash
# One client holds half-open connections (a request line and one header, never finished, reopened as the server
# closes them) up to and beyond the connection limit, while another client makes a lookup every half second. The
# service runs as in production (bench/production.sh) with its default settings (1,024 connections), then as it was
# before the connection defaults and defence (Tomcat's 8,192 connections and 60 s timeouts, no pressure mode). Needs python3,
# a Java 25 JDK and ./mvnw package. Traffic goes to 127.0.0.1 only; every phase stops by itself.
# Usage: bench/connections.sh [seconds per phase]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
port=18404
work=$PWD/target/connections
rm -rf "$work" && mkdir -p "$work"
jar=$(ls target/scf-codes-*.jar | head -n 1)
ulimit -n 20000 2>/dev/null || true
. bench/production.sh
prepare_production "$jar" "$work/app"

run() { # $1: label, $2: the numbers of connections to hold, then extra arguments to the service
  local label=$1 counts=$2
  shift 2
  start_production_in "$work/app" $port "$work/$label.log" "$@"
  local pid=$PRODUCTION_PID
  until curl -sf -o /dev/null "http://127.0.0.1:$port/codes/433"; do
    kill -0 "$pid" 2>/dev/null || { echo "the service did not start: see $work/$label.log" >&2; exit 1; }
    sleep 0.2
  done
  for connections in $counts; do
    echo "### $label: $connections half-open connections from one client, $seconds s"
    timeout $((seconds + 120)) python3 bench/half_open.py $port $connections "$seconds"
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the service exited: $(grep -m1 -E 'OutOfMemoryError|Exception' "$work/$label.log" || echo 'see the log')"
      return
    fi
    echo "resident memory after: $(( $(awk '/VmRSS/ {print $2}' /proc/"$pid"/status) / 1024 )) MiB"
    sleep 5
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

run defaults "1024 1100 2048"
run before "1024 8300" --server.tomcat.max-connections=8192 --server.tomcat.connection-timeout=60s \
  --server.tomcat.keep-alive-timeout=60s --scf-codes.http.connection-pressure-enter=1 \
  --scf-codes.http.connection-pressure-leave=0.99
