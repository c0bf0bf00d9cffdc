#!/usr/bin/env bash
# Five minutes of the benchmark's load on the production launch mode: counts errors and samples resident memory
# every 30 s, to show it levels off. Needs Debian's wrk, a Java 25 JDK and ./mvnw package.
# Usage: bench/soak.sh [seconds]   (traffic to 127.0.0.1 only; the load stops by itself)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
. bench/production.sh
port=18403
work=$PWD/target/soak
rm -rf "$work" && mkdir -p "$work"
jar=$(ls target/scf-codes-*.jar | head -n 1)
prepare_production "$jar" "$work/app"
start_production_in "$work/app" $port "$work/service.log"
pid=$PRODUCTION_PID
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
