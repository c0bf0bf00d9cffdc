# The scf-codes image: Spring Boot's extracted, layered jar on a Java 25 runtime, with Spring AOT's generated
# bean definitions and a JVM AOT cache trained at build time with a request workload. Build after ./mvnw package:
#   docker build -t scf-codes .
# BASE_IMAGE is any Java 25 runtime image; where no registry is reachable, .ci/base-image.sh makes one.
ARG BASE_IMAGE=eclipse-temurin:25-jre

FROM ${BASE_IMAGE} AS extract
WORKDIR /build
COPY target/scf-codes-*.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM ${BASE_IMAGE}
WORKDIR /application
COPY --from=extract /build/extracted/dependencies/ ./
COPY --from=extract /build/extracted/spring-boot-loader/ ./
COPY --from=extract /build/extracted/snapshot-dependencies/ ./
COPY --from=extract /build/extracted/application/ ./
# The production JVM (bench/production.sh reads these two lines): the bean definitions Spring AOT generated at build time;
# G1 with a small young generation, as a lookup makes little garbage, and a heap of 48 to 160 MB (two 20 MB uploads
# checked at once fit in it) given back when idle. Old-generation collection starts at a fixed 70 % of the heap: the
# adaptive threshold, on a heap this small, can fall under the live data and keep G1 marking without end. The heap
# grows only when collection pauses take more than about 12 % of the time (GCTimeRatio=4; by default G1 grows it
# past 5 %, which a busy shared machine's slower pauses reach now and then, and under load never gives it back).
# One malloc arena, trimmed every 5 s (with two, more of the JIT compiler's freed native memory stayed resident).
# NIO keeps no temporary direct buffer over 256 KB per thread: an upload read back from /tmp in one read left a 20 MB
# buffer behind in each worker thread that read one, over 200 MB resident once the uploads had gone round the threads.
# (The serial collector let promoted garbage pile up in the old generation until a full collection.)
# Replace JDK_JAVA_OPTIONS to tune it (-Dspring.aot.enabled=false is needed for a separate management port).
ENV JDK_JAVA_OPTIONS="-Dspring.aot.enabled=true -XX:+UseG1GC -Xms48m -Xmn16m -Xmx160m -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=70 -XX:GCTimeRatio=4 -XX:G1PeriodicGCInterval=15000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError -Djdk.nio.maxCachedBufferSize=262144"
ENV MALLOC_ARENA_MAX=1
# Train the AOT cache with the same options and a real request workload (docker/aot-training.sh: 30 s of lookups,
# searches, handler checks and decoding over loopback), so that it holds the classes of the whole request path and
# the method profiles of a service that has served, not only those of a context start
COPY docker/aot-training.sh /tmp/aot-training.sh
RUN bash /tmp/aot-training.sh 30 8080 java -XX:AOTCacheOutput=application.aot -jar application.jar \
    && rm -rf /tmp/*

# Non-root, and fine with a read-only root filesystem where only /tmp is writable (as on SCF)
USER 10001:10001
ENV PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "-XX:AOTCache=application.aot", "-jar", "application.jar"]
