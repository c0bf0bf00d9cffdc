#!/usr/bin/env bash
# Property-based contract testing of the packaged service: starts target/scf-codes-*.jar, runs ContractFuzzTests
# against it (the committed cases under src/test/resources/org/scfcodes/contract/ replayed, then requests generated
# from openapi.yaml for CONTRACT_FUZZ_SECONDS, 60 by default, from CONTRACT_FUZZ_SEED, random by default and printed),
# stops the service by its PID, and fails on any finding that known-open-findings.txt does not list. A new finding's
# request is added to contract-fuzz-cases.json beside it: commit it with the fix.
# Needs target/scf-codes-*.jar (./mvnw -DskipTests package, or the verify that .ci/run runs first), Java and Node.
#   bash .ci/contract-fuzz.sh
#   CONTRACT_FUZZ_SECONDS=600 CONTRACT_FUZZ_SEED=42 bash .ci/contract-fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."

shopt -s nullglob
jars=(target/scf-codes-*.jar)
shopt -u nullglob
if (( ${#jars[@]} != 1 )); then
  echo "contract-fuzz: expected one target/scf-codes-*.jar, found ${#jars[@]}; run ./mvnw -DskipTests package first" >&2
  exit 1
fi
jar=${jars[0]}
work=target/contract-fuzz
mkdir -p "$work"
started=$SECONDS

service_pid=
stop() {
  [[ -n $service_pid ]] || return 0
  kill "$service_pid" 2>/dev/null || return 0
  # graceful shutdown is quick when idle; anything still alive after 15 s is killed
  for _ in $(seq 1 30); do kill -0 "$service_pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$service_pid" 2>/dev/null || true
  wait "$service_pid" 2>/dev/null || true
}
trap stop EXIT

port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" > "$work/service.log" 2>&1 &
service_pid=$!

# Ready means the catalogs are loaded (readiness includes them); two minutes is far more than a start takes
deadline=$((SECONDS + 120))
until curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; do
  if ! kill -0 "$service_pid" 2>/dev/null || (( SECONDS >= deadline )); then
    echo "contract-fuzz: the service was not ready within 120 s; $work/service.log:" >&2
    tail -n 40 "$work/service.log" >&2
    exit 1
  fi
  sleep 0.5
done

status=0
CONTRACT_FUZZ_PORT=$port ./mvnw -B -ntp test -Dtest=ContractFuzzTests > "$work/test.log" 2>&1 || status=$?
# what the test printed: its counts, its findings (known or not), and Maven's verdict
grep -E '^(Replayed|Generating|Sent|FINDING|known and open|listed as known|    (request|seen):|[0-9]+ new cases)|Tests run:|BUILD|ERROR\]' \
  "$work/test.log" | grep -v '^\[ERROR\] *$' || true
echo "contract-fuzz: $((SECONDS - started)) s in all; Maven's log: $work/test.log; the service's: $work/service.log"
if (( status != 0 )); then
  echo "contract-fuzz: a finding not in src/test/resources/org/scfcodes/contract/known-open-findings.txt, or the run failed" >&2
fi
exit $status
