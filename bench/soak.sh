#!/usr/bin/env bash
# Five minutes of the benchmark's load on the production launch mode: counts errors and samples resident memory
# every 30 s, to show it levels off. Needs Debian's wrk, a Java 25 JDK and ./mvnw package.
# Usage: bench/soak.sh [seconds]   (traffic to 127.0.0.1 only; the load stops by itself)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
JAVA25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
port=18403
work=$PWD/target/soak
rm -rf "$work" && mkdir -p "$work"
jar=$(ls target/scf-codes-*.jar | head -n 1)
"$JAVA25" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
(cd "$work/app" && "$JAVA25" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$(basename "$jar")" >/dev/null 2>&1)
# The Dockerfile's JVM options, as in a container run with --memory=512m
(cd "$work/app" && exec "$JAVA25" -XX:AOTCache=app.aot -XX:MaxRAM=512m -XX:MaxRAMPercentage=75 \
  -XX:+ExitOnOutOfMemoryError -jar "$(basename "$jar")" --server.port=$port >"$work/service.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/codes/433"; do sleep 0.2; done

wrk -t2 -c64 -d"${seconds}s" --latency "http://127.0.0.1:$port/codes/433" >"$work/wrk.txt" &
load=$!
echo "| after | resident memory |"
echo "|---|---|"
for t in $(seq 30 30 "$seconds"); do
  sleep 30
  echo "| ${t} s | $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB |"
done
wait $load
echo
grep -E "Requests/sec|Non-2xx|Socket errors|99%" "$work/wrk.txt" || true
echo "errors: $(awk '/Non-2xx/ {e+=$5} /Socket errors/ {gsub(",", ""); e+=$4+$6+$8+$10} END {print e+0}' "$work/wrk.txt")"
