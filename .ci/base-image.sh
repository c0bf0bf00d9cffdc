#!/usr/bin/env bash
# Builds the local stand-in for the Dockerfile's public base image where no image registry is reachable:
# Debian bookworm (minbase, from the machine's own apt mirror) with a Java 25 runtime made by jlink from the
# Temurin 25 JDK on the machine. Cached: a second run reuses the image. Prints the image's name last.
set -euo pipefail

IMAGE="${SCF_CODES_BASE_IMAGE:-scf-codes-base:25-jre-bookworm}"
JDK="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  echo "$IMAGE"
  exit 0
fi

mirror=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null \
  | grep -v security | head -n 1)
if [ -z "$mirror" ]; then
  mirror=$(awk '$1 == "deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
fi
[ -n "$mirror" ] || { echo "no Debian mirror found in the apt sources" >&2; exit 1; }
command -v debootstrap >/dev/null 2>&1 || {
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "debootstrap bookworm from $mirror" >&2
debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -n 20 "$work/debootstrap.log" >&2; exit 1; }
rm -rf "$work"/rootfs/var/cache/apt/archives/*.deb "$work"/rootfs/var/lib/apt/lists/*

modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.xml,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
"$JDK/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --output "$work/rootfs/opt/java"
# the runtime's default CDS archive, as the public JRE images ship it
"$work/rootfs/opt/java/bin/java" -Xshare:dump >/dev/null 2>&1 || true

tar -C "$work/rootfs" -c . | docker import \
  --change 'ENV JAVA_HOME=/opt/java' \
  --change 'ENV PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["jshell"]' - "$IMAGE" >/dev/null
echo "$IMAGE"
