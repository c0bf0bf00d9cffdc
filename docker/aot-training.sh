#!/usr/bin/env bash
# Trains the JVM's AOT cache with a real request workload: starts the service with the given java command (one that
# writes the cache when the JVM exits, -XX:AOTCacheOutput=...), sends it a bounded mix of requests across the
# endpoints (lookups most), then stops it. The cache then holds the classes of the whole request path, loaded and
# linked, and the method profiles of a service that has served (Java 25 keeps them), so that a new instance starts
# sooner and reaches full speed sooner. Needs only bash: the requests go over bash's /dev/tcp, to 127.0.0.1 only.
# Usage: aot-training.sh <seconds> <port> <java command...>     (the Dockerfile and bench/production.sh run it)
set -euo pipefail
export LC_ALL=C # ${#body} counts bytes
seconds=$1 port=$2
shift 2

"$@" --server.port="$port" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

# send <method> <target> [content-type body]: one request on its own connection; the answer is read and dropped
send() {
  local body=${4-} head="$1 $2 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAccept: ${ACCEPT:-application/json}\r\n"
  [ -n "${LANGUAGE:-}" ] && head+="Accept-Language: $LANGUAGE\r\n"
  [ -n "${3:-}" ] && head+="Content-Type: $3\r\nContent-Length: ${#body}\r\n"
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '%b\r\n%s' "$head" "$body" >&3
  while IFS= read -r -u 3 _; do :; done
  exec 3<&-
}

deadline=$((SECONDS + 120))
until send GET /actuator/health/readiness 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "the service stopped before it was ready" >&2; exit 1; }
  [ "$SECONDS" -lt "$deadline" ] || { echo "the service was not ready in 120 s" >&2; kill "$pid"; exit 1; }
  sleep 0.2
done

codes=(200 400 401 402 403 404 405 406 407 410 429 430 432 433 434 435 436 437 438 439 441 442 443 444 445 446 447 449 450 499 500)
decode='ERROR RequestId:825d476e-1d2a-4b1c-9f1f-0123456789ab Result:{"errorCode":-1,"errorMessage":"Invoking task timed out after 3 seconds","statusCode":433}'
end=$((SECONDS + seconds)) rounds=0
while [ "$SECONDS" -lt "$end" ]; do
  for code in "${codes[@]}"; do
    send GET "/codes/$code"
    send GET "/codes/$code"
    ACCEPT=text/plain send GET "/codes/$code"
    ACCEPT=text/plain LANGUAGE=zh-CN send GET "/codes/$code"
  done
  send GET "/codes/433?format=text&lang=zh"
  send HEAD /codes/433
  send GET /codes/431
  send GET /codes/TimeLimitReached
  send GET "/codes?name=InvalidParameterValue"
  send GET "/codes?name=MemoryLimitReach"
  ACCEPT=text/plain send GET "/codes?name=TimeLimitReached"
  send GET "/codes?q=memory%20leak"
  send GET "/codes?q=%E8%B6%85%E6%97%B6"
  send GET /codes
  send GET /runtimes
  send POST /handler/validate application/json '{"runtime":"Python3.9","handler":"index.py.main_handler"}'
  send POST /handler/validate application/json '{"runtime":"Java8","handler":"example.Hello::mainHandler"}'
  ACCEPT=text/plain send POST /handler/validate application/json '{"runtime":"Go1","handler":"main.go"}'
  send POST /codes/decode text/plain "$decode"
  ACCEPT=text/plain send POST /codes/decode application/json '{"text":"SCF_StatusCode: 434"}'
  send POST /codes/decode application/json '{"text": 1'
  send GET /nowhere
  rounds=$((rounds + 1))
  [ $((rounds % 10)) -ne 1 ] || send GET /actuator/prometheus
done
echo "AOT training: $rounds rounds of $((${#codes[@]} * 4 + 18)) requests in $seconds s" >&2

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
trap - EXIT
# 143: stopped by SIGTERM, as intended
[ "$status" -eq 0 ] || [ "$status" -eq 143 ] || { echo "the service exited with $status" >&2; exit "$status"; }
