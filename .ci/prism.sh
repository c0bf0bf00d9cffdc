#!/usr/bin/env bash
# Checks the running service against openapi.yaml: starts the packaged jar, puts Stoplight Prism's validating proxy
# (the version .ci/prism-package.json pins) in front of it, replays .ci/prism-scenario.sh through the proxy and fails
# on every violation Prism reports, in its sl-violations header or in its log, errors and warnings alike (an unknown
# route too), save the one fault a deliberately malformed request of the scenario names; on every request Prism could
# not check; and on every status other than the one the scenario expects.
# Needs target/scf-codes-*.jar (./mvnw -DskipTests package, or the verify that .ci/run runs first), Java, Node, npm.
# Usage: .ci/prism.sh [contract]  (openapi.yaml by default)
set -euo pipefail
cd "$(dirname "$0")/.."
contract=${1:-openapi.yaml}

shopt -s nullglob
jars=(target/scf-codes-*.jar)
shopt -u nullglob
if (( ${#jars[@]} != 1 )); then
  echo "prism: expected one target/scf-codes-*.jar, found ${#jars[@]}; run ./mvnw -DskipTests package first" >&2
  exit 1
fi
jar=${jars[0]}

work=target/prism
mkdir -p "$work"
cp .ci/prism-package.json "$work/package.json"
(cd "$work" && npm install --no-audit --no-fund --loglevel=error)

run=$work/run
rm -rf "$run"
mkdir -p "$run/files" "$run/requests"

# The bodies the scenario sends: one over the 256 KB body limit, a package with the handler's file, and a non-zip.
# Prism passes a request body on as UTF-8 text, turning every byte it cannot decode into U+FFFD, so an ordinary zip
# arrives damaged; this one is stored (not deflated), dated 2024-01-01 and padded until its CRC-32 has no byte over
# 0x7f, so that every byte of it survives.
FILES=$run/files
head -c 300000 /dev/zero | tr '\0' 'a' > "$FILES/big.txt"
printf 'not a zip\n' > "$FILES/not-a-zip.zip"
node - "$FILES/code.zip" <<'ZIP'
const fs = require('fs');
const table = Array.from({ length: 256 }, (_, n) => {
  for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
  return n >>> 0;
});
const crc32 = (b) => ~b.reduce((c, x) => table[(c ^ x) & 0xff] ^ (c >>> 8), ~0) >>> 0;
const name = Buffer.from('index.py');
let data, crc;
for (let pad = 0; ; pad++) {
  data = Buffer.from(`def main_handler(event, context):\n    return "ok"\n# ${pad}\n`);
  crc = crc32(data);
  if ((crc & 0x80808080) === 0) break;
}
const u16 = (v) => { const b = Buffer.alloc(2); b.writeUInt16LE(v); return b; };
const u32 = (v) => { const b = Buffer.alloc(4); b.writeUInt32LE(v); return b; };
// version 1.0, no flags, stored, 00:00 on 2024-01-01
const common = [u16(10), u16(0), u16(0), u16(0), u16(0x5821), u32(crc), u32(data.length), u32(data.length), u16(name.length), u16(0)];
const local = Buffer.concat([u32(0x04034b50), ...common, name, data]);
const central = Buffer.concat([u32(0x02014b50), u16(10), ...common, u16(0), u16(0), u16(0), u32(0), u32(0), name]);
const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(1), u16(1), u32(central.length), u32(local.length), u16(0)]);
const zip = Buffer.concat([local, central, end]);
if (zip.some((b) => b > 0x7f)) throw new Error('the zip has a byte Prism would change');
fs.writeFileSync(process.argv[2], zip);
ZIP

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

service_pid=
prism_pid=
stop() {
  local pid
  for pid in "$prism_pid" "$service_pid"; do
    [[ -n $pid ]] || continue
    kill "$pid" 2>/dev/null || continue
    # graceful shutdown is quick when idle; anything still alive after 15 s is killed
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap stop EXIT

service_port=$(free_port)
java -jar "$jar" --server.address=127.0.0.1 --server.port="$service_port" > "$work/service.log" 2>&1 &
service_pid=$!
service=http://127.0.0.1:$service_port

# Ready means the catalogs are loaded (readiness includes them); two minutes is far more than a start takes
deadline=$((SECONDS + 120))
until curl -fsS --max-time 2 -o /dev/null "$service/actuator/health/readiness" 2>/dev/null; do
  if ! kill -0 "$service_pid" 2>/dev/null; then
    echo "prism: the service exited before it was ready; $work/service.log:" >&2
    tail -n 40 "$work/service.log" >&2
    exit 1
  fi
  if (( SECONDS >= deadline )); then
    echo "prism: the service was not ready within 120 s; $work/service.log:" >&2
    tail -n 40 "$work/service.log" >&2
    exit 1
  fi
  sleep 0.5
done

# --cors=false: otherwise Prism answers CORS preflights itself and adds its own CORS headers to every answer, so
# the service's own CORS behaviour would never be checked
prism_port=$(free_port)
node "$work/node_modules/.bin/prism" proxy "$contract" "$service" --errors=false --cors=false \
  --host 127.0.0.1 --port "$prism_port" > "$work/prism.log" 2>&1 &
prism_pid=$!
proxy=http://127.0.0.1:$prism_port

deadline=$((SECONDS + 60))
until grep -aq 'Prism is listening' "$work/prism.log"; do
  if ! kill -0 "$prism_pid" 2>/dev/null || (( SECONDS >= deadline )); then
    echo "prism: Prism did not start within 60 s; $work/prism.log:" >&2
    tail -n 40 "$work/prism.log" >&2
    exit 1
  fi
  sleep 0.5
done

# The scenario's requests, numbered in the order sent; Prism's log names each by its method and path alone
count=0
ETAG=
declare -a described=() statuses=() excuses=() keys=()

# A request as a reader would type it: options quoted only where they need it
describe() {
  local text=$1 arg q="'" plain='^[][A-Za-z0-9_./:=@%?&*+-]+$'
  shift
  for arg in "$@"; do
    if [[ $arg =~ $plain ]]; then text+=" $arg"; else text+=" $q${arg//$q/$q\\$q$q}$q"; fi
  done
  printf '%s' "$text"
}

send() {
  local status=$1 excused=$2 method=$3 path=$4
  shift 4
  count=$((count + 1))
  local file=$run/requests/$count
  described[count]=$(describe "$method $path" "$@")
  statuses[count]=$status
  excuses[count]=$excused
  keys[count]="${method,,} ${path%%\?*}"
  if (( SECONDS >= scenario_deadline )); then
    echo "not sent: the scenario's 5 minutes were up" > "$file.status"
    : > "$file.final"
    return
  fi
  local verb=(-X "$method")
  # curl waits for the body a HEAD answer announces unless it is told the request is a HEAD
  [[ $method == HEAD ]] && verb=(--head)
  curl -sS --connect-timeout 5 --max-time 30 "${verb[@]}" -o "$file.body" -D "$file.headers" \
    -w '%{http_code}' "$proxy$path" "$@" > "$file.status" || echo "curl exit $?" > "$file.status"
  touch "$file.headers"
  # the last block of headers is the answer (a 100 Continue may come before it)
  tr -d '\r' < "$file.headers" | awk '/^HTTP\// { n = 0 } { h[n++] = $0 } END { for (i = 0; i < n; i++) print h[i] }' \
    > "$file.final"
  ETAG=$(sed -n 's/^[Ee][Tt][Aa][Gg]: //p' "$file.final")
}
req() { send "$1" '' "${@:2}"; }
invalid() { send "$@"; }

started=$SECONDS
# about 30 s at the time of writing; the bound only keeps a hanging proxy from holding CI for hours
scenario_deadline=$((SECONDS + 300))
# shellcheck source=prism-scenario.sh
source .ci/prism-scenario.sh

# Let Prism write out what it has to say about the last request: wait until its log stops growing
deadline=$((SECONDS + 15))
last=-1
stable=0
while (( SECONDS < deadline && stable < 4 )); do
  size=$(wc -c < "$work/prism.log")
  if (( size == last )); then stable=$((stable + 1)); else stable=0; fi
  last=$size
  sleep 0.25
done

# What Prism logged, by request, as "<n>\t<kind>\t<text>": kind is violation ("<location> <message>"), prism (its
# own error) or unlogged (no "Request received" for it: Prism never saw it through). Requests are sent one at a time,
# so the log's requests come in the order sent; each is matched by method and path, and n is 0 for what cannot be.
for ((i = 1; i <= count; i++)); do printf '%s\t%s\n' "$i" "${keys[i]}"; done > "$run/sent.tsv"
awk -F'\t' '
  NR == FNR { key[$1] = $2; sent = $1; next }
  /\[HTTP SERVER\] .* Request received$/ {
    k = $0; sub(/.*\[HTTP SERVER\] /, "", k); sub(/ ℹ .*/, "", k)
    j = n + 1
    while (j <= sent && key[j] != k) j++
    if (j > sent) { print 0 "\tprism\tlogged a request that was not sent next: " k; next }
    for (n++; n < j; n++) print n "\tunlogged\t"
    next
  }
  /Violation: / { sub(/.*Violation: /, ""); print n "\tviolation\t" $0; next }
  /(✖|fatal)/ { sub(/^\[[^]]*\] › +/, ""); print n "\tprism\t" $0 }
  END { for (n++; n <= sent; n++) print n "\tunlogged\t" }
' "$run/sent.tsv" "$work/prism.log" > "$run/logged.tsv"

failures=0
: > "$run/distinct.tsv"
fail() { failures=$((failures + 1)); }

while IFS=$'\t' read -r _ kind text; do
  echo "✖ before any request, Prism logged: $text"
  fail
done < <(awk -F'\t' '$1 == 0' "$run/logged.tsv")

for ((i = 1; i <= count; i++)); do
  file=$run/requests/$i
  status=$(cat "$file.status")
  header=$(sed -n 's/^[Ss][Ll]-[Vv]iolations: //p' "$file.final")
  # Prism's header and its log should say the same; the union is checked so that neither can hide a violation
  {
    if [[ -n $header ]]; then
      node -e 'for (const v of JSON.parse(process.argv[1])) console.log(v.location.join(".") + " " + v.message)' "$header"
    fi
    awk -F'\t' -v n="$i" '$1 == n && $2 == "violation" { print $3 }' "$run/logged.tsv"
  } | sort -u > "$file.violations"
  awk -F'\t' -v n="$i" '$1 == n && $2 == "prism" { print $3 }' "$run/logged.tsv" > "$file.prism"
  unlogged=$(awk -F'\t' -v n="$i" '$1 == n && $2 == "unlogged"' "$run/logged.tsv")

  problems=()
  excused=${excuses[i]}
  # only the request's own fault is excused: never the answer, never an unknown route
  if [[ -n $excused && ( ! $excused =~ ^request[.\ ] || $excused == 'request Selected route not found' ) ]]; then
    problems+=("the scenario excuses what is not the request's own fault: $excused")
    excused=
  fi
  seen_excused=false
  while IFS= read -r violation; do
    if [[ -n $excused && $violation == "$excused" ]]; then
      seen_excused=true
      continue
    fi
    problems+=("$violation")
  done < "$file.violations"
  if [[ -n $excused && $seen_excused == false ]]; then
    problems+=("the request was to break the contract with: $excused; Prism did not report that")
  fi
  while IFS= read -r error; do
    problems+=("Prism could not check it: $error")
  done < "$file.prism"
  if [[ -n $unlogged ]]; then
    problems+=("Prism never logged receiving it, so could not check it")
  fi
  # the service names every answer with X-Request-Id; an answer without one came from Prism, not the service
  if [[ $status != curl* && $status != not\ sent* ]] && ! grep -qi '^x-request-id:' "$file.final"; then
    problems+=("the answer came from Prism, not the service")
  fi
  if [[ $status == curl* || $status == not\ sent* ]]; then
    problems+=("no answer: $status")
  elif [[ $status != "${statuses[i]}" ]]; then
    problems+=("answered $status where the scenario expects ${statuses[i]}")
  fi

  if (( ${#problems[@]} > 0 )); then
    fail
    echo "✖ #$i ${described[i]} → $status"
    for problem in "${problems[@]}"; do
      echo "    $problem"
      printf '%s\t#%s\n' "$problem" "$i" >> "$run/distinct.tsv"
    done
  fi
done

echo
echo "$count requests in $((SECONDS - started)) s through Prism; $failures with a violation or a problem"
if [[ -s $run/distinct.tsv ]]; then
  echo "Distinct, with the requests above that show them:"
  awk -F'\t' '{ if (!($1 in seen)) order[++k] = $1; seen[$1] = seen[$1] " " $2 }
    END { for (j = 1; j <= k; j++) print "  " order[j] ":" seen[order[j]] }' "$run/distinct.tsv" | sort
fi
if (( failures > 0 )); then
  echo "Prism's log: $work/prism.log; the service's: $work/service.log; each request and answer: $run/requests/"
  exit 1
fi
