# The production launch mode, shared by the bench scripts (source it): the extracted jar on Java 25 with the
# Dockerfile's JVM options and malloc setting, an AOT cache trained with them, sized as in a container run with
# --memory=512m (the JVM sizes itself from that limit).
JAVA25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
CONTAINER=(-XX:MaxRAM=512m)
JVM_OPTIONS=($(sed -n 's/^ENV JDK_JAVA_OPTIONS="\(.*\)"$/\1/p' Dockerfile))
MALLOC=$(sed -n 's/^ENV MALLOC_ARENA_MAX=//p' Dockerfile)
[ "${#JVM_OPTIONS[@]}" -gt 0 ] && [ -n "$MALLOC" ] || { echo "no JDK_JAVA_OPTIONS or MALLOC_ARENA_MAX in the Dockerfile" >&2; exit 1; }

# prepare_production <jar> <dir>: extracts the jar into dir and trains its AOT cache as the Dockerfile does
prepare_production() {
  "$JAVA25" -Djarmode=tools -jar "$1" extract --destination "$2" >/dev/null
  (cd "$2" && MALLOC_ARENA_MAX=$MALLOC "$JAVA25" "${CONTAINER[@]}" "${JVM_OPTIONS[@]}" -XX:AOTCacheOutput=app.aot \
    -Dspring.context.exit=onRefresh -jar "$(basename "$1")" >/dev/null 2>&1)
}

# start_production <dir> <port> <log>: starts the prepared service in the background; its pid is in PRODUCTION_PID
start_production_in() {
  local jar
  jar=$(cd "$1" && ls scf-codes-*.jar | head -n 1)
  (cd "$1" && MALLOC_ARENA_MAX=$MALLOC exec "$JAVA25" -XX:AOTCache=app.aot "${CONTAINER[@]}" "${JVM_OPTIONS[@]}" \
    -jar "$jar" --server.port="$2" >"$3" 2>&1) &
  PRODUCTION_PID=$!
}
