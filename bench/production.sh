# The production launch mode, shared by the bench scripts (source it): the extracted jar on Java 25 with the
# Dockerfile's JVM options and malloc setting, an AOT cache trained with them and with the Dockerfile's request
# workload (docker/aot-training.sh, for as long as the Dockerfile runs it), sized as in a container run with
# --memory=512m (the JVM sizes itself from that limit).
JAVA25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
CONTAINER=(-XX:MaxRAM=512m)
JVM_OPTIONS=($(sed -n 's/^ENV JDK_JAVA_OPTIONS="\(.*\)"$/\1/p' Dockerfile))
MALLOC=$(sed -n 's/^ENV MALLOC_ARENA_MAX=//p' Dockerfile)
TRAINING_SECONDS=$(sed -n 's/^RUN bash \/tmp\/aot-training.sh \([0-9]*\) .*/\1/p' Dockerfile)
[ "${#JVM_OPTIONS[@]}" -gt 0 ] && [ -n "$MALLOC" ] && [ -n "$TRAINING_SECONDS" ] \
  || { echo "no JDK_JAVA_OPTIONS, MALLOC_ARENA_MAX or AOT training in the Dockerfile" >&2; exit 1; }
TRAINING_SCRIPT=$PWD/docker/aot-training.sh
TRAINING_PORT=${TRAINING_PORT:-18409}

# prepare_production <jar> <dir>: extracts the jar into dir and trains its AOT cache as the Dockerfile does
prepare_production() {
  "$JAVA25" -Djarmode=tools -jar "$1" extract --destination "$2" >/dev/null
  (cd "$2" && MALLOC_ARENA_MAX=$MALLOC bash "$TRAINING_SCRIPT" "$TRAINING_SECONDS" "$TRAINING_PORT" "$JAVA25" \
    "${CONTAINER[@]}" "${JVM_OPTIONS[@]}" -XX:AOTCacheOutput=app.aot -jar "$(basename "$1")" >"$2/training.log" 2>&1) \
    || { tail -n 20 "$2/training.log" >&2; return 1; }
}

# start_production_in <dir> <port> <log> [args]: starts the prepared service in the background; its pid is in PRODUCTION_PID
start_production_in() {
  local jar
  jar=$(cd "$1" && ls scf-codes-*.jar | head -n 1)
  (cd "$1" && MALLOC_ARENA_MAX=$MALLOC exec "$JAVA25" -XX:AOTCache=app.aot "${CONTAINER[@]}" "${JVM_OPTIONS[@]}" \
    -jar "$jar" --server.port="$2" "${@:4}" >"$3" 2>&1) &
  PRODUCTION_PID=$!
}
