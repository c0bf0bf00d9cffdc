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
# The production JVM (bench/production.sh reads these two lines; docs/performance.md says why each option):
# Spring AOT's bean definitions, G1 on a 48-160 MB heap that fits two 20 MB uploads checked at once, one malloc arena.
# Replace JDK_JAVA_OPTIONS to tune it (-Dspring.aot.enabled=false is needed for a separate management port).
ENV JDK_JAVA_OPTIONS="-Dspring.aot.enabled=true -XX:+UseG1GC -Xms48m -Xmn16m -Xmx160m -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=70 -XX:GCTimeRatio=4 -XX:G1PeriodicGCInterval=15000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError -Djdk.nio.maxCachedBufferSize=262144"
ENV MALLOC_ARENA_MAX=1
# The AOT cache, trained with the same options on 30 s of real requests over loopback (docker/aot-training.sh)
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
