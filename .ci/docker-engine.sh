#!/usr/bin/env bash
# Makes a Docker engine available: installs Debian's docker.io when dockerd is missing and starts dockerd when
# no engine answers. Idempotent; prints nothing but progress.
set -euo pipefail

if ! command -v dockerd >/dev/null 2>&1; then
  echo "installing Docker's engine from Debian's packages"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q docker.io
fi
if ! docker info >/dev/null 2>&1; then
  echo "starting dockerd"
  nohup dockerd >/tmp/dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 1
  done
fi
docker info >/dev/null 2>&1 || { echo "no Docker engine answers; see /tmp/dockerd.log" >&2; exit 1; }
