#!/usr/bin/env bash
# Fuzzes each @FuzzTest target for a bounded time, one Maven run per target (Jazzer fuzzes one target per JVM), and
# prints how many inputs each one ran. Exits non-zero if any target had a finding; the input that caused it is then
# in the target's inputs folder under src/test/resources, where `./mvnw test` replays it.
#
#   bash .ci/fuzz.sh                                  # every target, 30 s each
#   FUZZ_SECONDS=600 bash .ci/fuzz.sh HandlerFuzzTests#anyHandlerGetsAReportOrAnUnknownValue
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-30}
# A single input that takes longer than this is a finding too (libFuzzer's -timeout)
input_seconds=${FUZZ_INPUT_SECONDS:-10}
logs=target/fuzz
mkdir -p "$logs"

# Class#method of every @FuzzTest under src/test/java: the first method declared after each annotation
targets() {
  grep -rl --include='*.java' '@FuzzTest' src/test/java | sort | while read -r file; do
    awk -v class="$(basename "$file" .java)" '
      /@FuzzTest/ { wanted = 1; next }
      wanted && match($0, /void [A-Za-z0-9_]+\(/) { print class "#" substr($0, RSTART + 5, RLENGTH - 6); wanted = 0 }
    ' "$file"
  done
}

if [ $# -gt 0 ]; then
  selected=("$@")
else
  mapfile -t selected < <(targets)
fi

failed=0
summary=()
for target in "${selected[@]}"; do
  log="$logs/${target//#/.}.log"
  echo "Fuzzing $target for ${seconds} s (log: $log)"
  # @FuzzTest(maxDuration) is the only time limit Jazzer 0.24.0 reads; libFuzzer flags passed through its internal
  # arguments come after it on libFuzzer's command line, and the last one wins
  JAZZER_FUZZ=1 ./mvnw -B -ntp test -Dtest="$target" \
    -Djazzer.internal.arg.0=fuzz \
    -Djazzer.internal.arg.1=-max_total_time="$seconds" \
    -Djazzer.internal.arg.2=-timeout="$input_seconds" >"$log" 2>&1
  status=$?
  runs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 | awk '{ print $2 " executions in " $5 " s" }')
  if [ -z "$runs" ]; then
    # A timeout ends the JVM before libFuzzer's summary: its last status line says how far it got
    runs=$(grep -oE '^#[0-9]+' "$log" | tail -n 1 | sed 's/#\(.*\)/\1 executions, then stopped/')
  fi
  if [ $status -eq 0 ]; then
    summary+=("ok       $target: ${runs:-no executions reported}")
  else
    failed=1
    summary+=("FAILED   $target: ${runs:-no executions reported}")
    grep -E 'Test unit written to|FuzzTestFindingException|^(ERROR|\[ERROR\]) ' "$log" | head -n 10
  fi
done

echo
printf '%s\n' "${summary[@]}"
if [ $failed -ne 0 ]; then
  echo "A target failed: its log is in $logs; a finding's input is in the target's inputs folder under src/test/resources."
fi
exit $failed
