#!/usr/bin/env bash
# The figures behind the Kubernetes requests and limits (k8s/deployment.yaml): runs the packaged service in production
# mode (bench/production.sh) sized as in a container with the Deployment's memory limit, then samples its resident
# memory and CPU every second while idle, under lookup load, and under lookup load with two 20 MB uploads checked at
# once, again and again (the most memory a pod can be asked for). Needs Debian's wrk, a Java 25 JDK and ./mvnw package.
# Usage: bench/sizing.sh   (MEMORY_LIMIT=384m SECONDS_EACH=60 CONNECTIONS=64 to change; traffic to 127.0.0.1 only,
# every load loop bounded by time)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/production.sh
MEMORY_LIMIT=${MEMORY_LIMIT:-384m}
SECONDS_EACH=${SECONDS_EACH:-60}
CONNECTIONS=${CONNECTIONS:-64}
CONTAINER=(-XX:MaxRAM="$MEMORY_LIMIT")
port=18404
work=$PWD/target/sizing
rm -rf "$work" && mkdir -p "$work"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
jar=$(ls target/scf-codes-*.jar | head -n 1)
prepare_production "$jar" "$work/app"
start_production_in "$work/app" $port "$work/service.log"
pid=$PRODUCTION_PID
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/codes/433"; do sleep 0.2; done

# A 20 MB package, the most the service accepts: a handler and incompressible filler, stored
python3 - "$work/package.zip" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_STORED) as z:
    z.writestr("index.py", "def main_handler(event, context):\n    return 'ok'\n")
    z.writestr("filler.bin", os.urandom(20 * 1024 * 1024 - 1024))
PY

ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
rss_mib() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"; }
# sample <phase> <seconds>: one line a second, "phase rss-MiB cpu-cores"
sample() {
  local before after
  for _ in $(seq 1 "$2"); do
    before=$(cpu_ticks); sleep 1; after=$(cpu_ticks)
    echo "$1 $(rss_mib) $(awk -v t=$((after - before)) -v hz="$ticks" 'BEGIN {printf "%.2f", t / hz}')"
  done
}
uploads() { # two uploads at once, again and again, until the deadline; prints each status
  local end=$((SECONDS + $1))
  while [ $SECONDS -lt $end ]; do
    for _ in 1 2; do
      curl -s -o /dev/null -w '%{http_code}\n' -F runtime=Python3.9 -F handler=index.main_handler \
        -F "package=@$work/package.zip" "http://127.0.0.1:$port/handler/validate" &
    done
    wait
  done
}

# Warm-up: the JIT compiles the lookup path (not sampled)
wrk -t2 -c"$CONNECTIONS" -d60s "http://127.0.0.1:$port/codes/433" >/dev/null
sample idle 15 >"$work/samples.txt"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "http://127.0.0.1:$port/codes/433" >"$work/lookups.txt" &
load=$!
sample lookups "$SECONDS_EACH" >>"$work/samples.txt"
wait $load
uploads "$SECONDS_EACH" >"$work/upload-statuses.txt" &
upload_load=$!
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "http://127.0.0.1:$port/codes/433" >"$work/mixed.txt" &
load=$!
sample lookups+uploads "$SECONDS_EACH" >>"$work/samples.txt"
wait $load $upload_load
sample after 15 >>"$work/samples.txt"

echo "| phase | resident memory p50 / max | CPU cores p50 / max |"
echo "|---|---|---|"
for phase in idle lookups lookups+uploads after; do
  awk -v p="$phase" '$1 == p {print $2, $3}' "$work/samples.txt" | sort -n | awk -v p="$phase" '
    {rss[NR] = $1} END {printf "| %s | %d / ", p, rss[int((NR + 1) / 2)]}' 
  awk -v p="$phase" '$1 == p {print $2}' "$work/samples.txt" | sort -n | tail -n 1 | tr -d '\n'
  printf ' MiB | '
  awk -v p="$phase" '$1 == p {print $3}' "$work/samples.txt" | sort -n | awk '{c[NR] = $1} END {printf "%s / %s |\n", c[int((NR + 1) / 2)], c[NR]}'
done
echo
echo "lookups alone: $(awk '/Requests\/sec/ {print $2}' "$work/lookups.txt") req/s, p99 $(awk '/^ +99%/ {print $2}' "$work/lookups.txt")"
echo "lookups with uploads: $(awk '/Requests\/sec/ {print $2}' "$work/mixed.txt") req/s, p99 $(awk '/^ +99%/ {print $2}' "$work/mixed.txt")"
echo "uploads answered: $(sort "$work/upload-statuses.txt" | uniq -c | awk '{printf "%s x %s  ", $1, $2}')"
echo "errors: $(cat "$work/lookups.txt" "$work/mixed.txt" | awk '/Non-2xx/ {e+=$5} /Socket errors/ {gsub(",", ""); e+=$4+$6+$8+$10} END {print e+0}')"
echo "heap: $("${JAVA25%/java}/jcmd" "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {print $3, $4, $5, $6}')"
