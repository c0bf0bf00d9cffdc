#!/usr/bin/env bash
# The scf-codes benchmark. Runs the packaged service as it runs in production (extracted jar, Java 25, Spring AOT
# and a JVM AOT cache, the Dockerfile's JVM options), warms it up, and measures it with wrk against nginx serving the very
# same response bytes from static files on the same machine, in alternating pairs with the same client
# settings. Also: start-to-first-answer of the fat jar on Java 17 and of the production mode, throughput in the
# first 10 s after start, and resident memory after a minute of load.
#
# Needs Debian's wrk and nginx (apt-get install wrk nginx-light), the JDK 17 on PATH and a Java 25 JDK.
# Usage: bench/run.sh            (WARMUP=180 PAIRS=3 DURATION=10 CONNECTIONS=64 THREADS=2 to change)
# Traffic goes to 127.0.0.1 only; every load loop is bounded by wrk's duration.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-180}
PAIRS=${PAIRS:-3}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
JAVA17=${JAVA17:-java}
. bench/production.sh
SERVICE_PORT=18401
NGINX_PORT=18402
work=$PWD/target/bench
pids=()

command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx: apt-get install wrk nginx-light" >&2; exit 1; }
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

rm -rf "$work" && mkdir -p "$work/www" "$work/lua"
ls target/scf-codes-*.jar >/dev/null 2>&1 || ./mvnw -q -B package -DskipTests
jar=$(ls target/scf-codes-*.jar | head -n 1)

# Production layout: extracted jar plus an AOT cache trained as the Dockerfile trains it
prepare_production "$jar" "$work/app"

now_ms() { date +%s%3N; }
wait_ready() { # port deadline-ms
  until curl -sf -o /dev/null "http://127.0.0.1:$1/codes/433"; do
    [ "$(now_ms)" -lt "$2" ] || { echo "service did not answer" >&2; exit 1; }
    sleep 0.02
  done
}
start_production() {
  start_production_in "$work/app" $SERVICE_PORT "$work/service.log"
  pids+=($PRODUCTION_PID)
  SERVICE_PID=$PRODUCTION_PID
}
start_fat_jar17() {
  "$JAVA17" -jar "$jar" --server.port=$SERVICE_PORT >"$work/fatjar.log" 2>&1 &
  pids+=($!)
  SERVICE_PID=$!
}
stop_service() { kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# 1. Start to first answer, alternating the two launch modes
startup_fat=() startup_prod=()
for _ in 1 2 3; do
  t0=$(now_ms); start_fat_jar17; wait_ready $SERVICE_PORT $((t0 + 120000)); startup_fat+=($(( $(now_ms) - t0 ))); stop_service
  t0=$(now_ms); start_production; wait_ready $SERVICE_PORT $((t0 + 120000)); startup_prod+=($(( $(now_ms) - t0 ))); stop_service
done

# 2. Throughput in the first 10 s after start (production mode)
t0=$(now_ms); start_production; wait_ready $SERVICE_PORT $((t0 + 120000))
first10=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "http://127.0.0.1:$SERVICE_PORT/codes/433" | awk '/Requests\/sec/ {print $2}')

# 3. The endpoints, their bodies captured once from the service for nginx to serve
decode_body='ERROR RequestId:825d476e-1d2a-4b1c-9f1f-0123456789ab Result:{"errorCode":-1,"errorMessage":"Invoking task timed out after 3 seconds","requestId":"825d476e-1d2a-4b1c-9f1f-0123456789ab","statusCode":433}'
validate_body='{"runtime":"Python3.9","handler":"index.py.main_handler"}'
#       name        method path                                   content-type       accept       body
endpoints=(
  "code-json    GET  /codes/433                               -                  application/json -"
  "code-text    GET  /codes/433                               -                  text/plain       -"
  "api-error    GET  /api-errors/ResourceNotFound.Function    -                  application/json -"
  "by-name      GET  /codes?name=InvalidParameterValue        -                  application/json -"
  "search       GET  /codes?q=memory%20leak                   -                  application/json -"
  "equivalent   GET  /equivalents?platform=aws-lambda&error=Runtime.HandlerNotFound - application/json -"
  "catalog      GET  /codes                                   -                  application/json -"
  "validate     POST /handler/validate                        application/json   application/json validate"
  "decode       POST /codes/decode                            text/plain         application/json decode"
)
for line in "${endpoints[@]}"; do
  read -r name method path ctype accept body <<<"$line"
  args=(-s -H "Accept: $accept")
  script="$work/lua/$name.lua"
  if [ "$method" = POST ]; then
    payload=$([ "$body" = decode ] && echo "$decode_body" || echo "$validate_body")
    args+=(-X POST -H "Content-Type: $ctype" --data-binary "$payload")
    lua_payload=$(printf '%s' "$payload" | sed 's/\\/\\\\/g; s/"/\\"/g')
    printf 'wrk.method = "POST"\nwrk.body = "%s"\nwrk.headers["Content-Type"] = "%s"\nwrk.headers["Accept"] = "%s"\n' \
      "$lua_payload" "$ctype" "$accept" >"$script"
  else
    printf 'wrk.headers["Accept"] = "%s"\n' "$accept" >"$script"
  fi
  curl "${args[@]}" "http://127.0.0.1:$SERVICE_PORT$path" >"$work/www/$name"
  printf '%s\n' "$accept" >"$work/www/$name.type"
done

cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
$(for line in "${endpoints[@]}"; do read -r name _ _ _ accept _ <<<"$line"; printf '    location = /%s { default_type %s; error_page 405 =200 $uri; }\n' "$name" "$accept"; done)
  }
}
NGINX
nginx -c "$work/nginx.conf"

run_wrk() { # url script -> "rps p50 p99 errors"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$2" "$1" | awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Non-2xx/ {err+=$5} /Socket errors/ {gsub(",", ""); err+=$4+$6+$8+$10}
    END {print rps, p50, p99, err+0}'
}

# Warm-up: long enough for the JIT, across every endpoint
per=$(( WARMUP / ${#endpoints[@]} + 1 ))
for line in "${endpoints[@]}"; do
  read -r name _ path _ _ _ <<<"$line"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${per}s" -s "$work/lua/$name.lua" "http://127.0.0.1:$SERVICE_PORT$path" >/dev/null
done

echo "| endpoint | service req/s | nginx req/s | service/nginx (median of $PAIRS pairs) | service p50 | service p99 | errors |"
echo "|---|---|---|---|---|---|---|"
for line in "${endpoints[@]}"; do
  read -r name _ path _ _ _ <<<"$line"
  ratios=() last=""
  for _ in $(seq 1 "$PAIRS"); do
    s=$(run_wrk "http://127.0.0.1:$SERVICE_PORT$path" "$work/lua/$name.lua")
    n=$(run_wrk "http://127.0.0.1:$NGINX_PORT/$name" "$work/lua/$name.lua")
    ratios+=($(awk -v a="${s%% *}" -v b="${n%% *}" 'BEGIN {printf "%.3f", a / b}'))
    last="$s|$n"
  done
  read -r srps sp50 sp99 serr <<<"${last%%|*}"
  read -r nrps _ _ _ <<<"${last##*|}"
  echo "| $name | $srps | $nrps | $(printf '%s\n' "${ratios[@]}" | median) | $sp50 | $sp99 | $serr |"
  [ "$name" = code-json ] && warmed=$srps
done

# 4. Resident memory after a minute of load
wrk -t"$THREADS" -c"$CONNECTIONS" -d60s "http://127.0.0.1:$SERVICE_PORT/codes/433" >/dev/null
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$SERVICE_PID/status")
heap_kb=$("${JAVA25%/java}/jcmd" "$SERVICE_PID" GC.heap_info 2>/dev/null | awk '/ heap .*committed/ {for (i = 1; i < NF; i++) if ($i == "committed") {sub("K,", "", $(i+1)); t += $(i+1)}} END {print t+0}')
stop_service

fat=$(printf '%s\n' "${startup_fat[@]}" | median)
prod=$(printf '%s\n' "${startup_prod[@]}" | median)
echo
echo "| measure | value |"
echo "|---|---|"
echo "| start to first answer, fat jar on Java 17 | ${fat} ms (${startup_fat[*]}) |"
echo "| start to first answer, production mode (extracted, Java 25, AOT cache) | ${prod} ms (${startup_prod[*]}) |"
echo "| production / fat jar | $(awk -v a="$prod" -v b="$fat" 'BEGIN {printf "%.2f", a / b}') |"
echo "| req/s in the first 10 s after start (production, /codes/433) | $first10 |"
echo "| first 10 s / warmed (the code-json row) | $(awk -v a="$first10" -v b="$warmed" 'BEGIN {printf "%.2f", a / b}') |"
echo "| resident memory after 60 s of load | $((rss_kb / 1024)) MiB (Java heap committed: $((heap_kb / 1024)) MiB) |"
