#!/usr/bin/env bash
# Measures the container image: its size, the time from `docker run` to a ready answer on
# /actuator/health/readiness, over several runs (median), and how close to its peak it serves from the start:
# /codes/433 req/s in the first 10 s after ready against 10 s after a minute of load (wrk, as bench/run.sh).
# Needs ./mvnw package, a Docker engine, and Debian's wrk for the throughput.
# Usage: bench/image.sh [runs]   (BASE_IMAGE=... to build on another base image)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
base=${BASE_IMAGE:-${SCF_CODES_BASE_IMAGE:-eclipse-temurin:25-jre}}
port=18391

docker build -q --build-arg BASE_IMAGE="$base" -t scf-codes:bench . >/dev/null
bytes=$(docker image inspect --format '{{.Size}}' scf-codes:bench)
base_bytes=$(docker image inspect --format '{{.Size}}' "$base")
times=()
for _ in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  cid=$(docker run -d --read-only --tmpfs /tmp -p 127.0.0.1:$port:8080 scf-codes:bench)
  deadline=$((start + 120000000000))
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
    [ "$(date +%s%N)" -lt "$deadline" ] || { docker rm -f "$cid" >/dev/null; echo "not ready in 120 s" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  docker rm -f "$cid" >/dev/null
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
echo "image size: $((bytes / 1024 / 1024)) MiB (base image $((base_bytes / 1024 / 1024)) MiB, application layers $(((bytes - base_bytes) / 1024 / 1024)) MiB)"
echo "docker run to ready: median ${median} ms over $runs runs (${times[*]})"

if command -v wrk >/dev/null; then
  cid=$(docker run -d --read-only --tmpfs /tmp -p 127.0.0.1:$port:8080 scf-codes:bench)
  trap 'docker rm -f "$cid" >/dev/null 2>&1 || true' EXIT
  deadline=$(( $(date +%s) + 120 ))
  until curl -sf "http://127.0.0.1:$port/codes/433" >/dev/null; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "not ready in 120 s" >&2; exit 1; }
    sleep 0.05
  done
  rps() { wrk -t2 -c64 -d"$1" "http://127.0.0.1:$port/codes/433" | awk '/Requests\/sec/ {print $2}'; }
  first=$(rps 10s)
  rps 60s >/dev/null
  warmed=$(rps 10s)
  echo "/codes/433 req/s: first 10 s after ready $first, after a minute of load $warmed ($(awk -v a="$first" -v b="$warmed" 'BEGIN {printf "%.2f", a / b}') of it)"
fi
