#!/usr/bin/env bash
# Checks the Prometheus alert rules and runs their unit tests with promtool (Debian's prometheus package:
# apt-get install -y --no-install-recommends prometheus).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v promtool >/dev/null || { echo "needs promtool: apt-get install -y --no-install-recommends prometheus" >&2; exit 1; }
promtool check rules ops/prometheus/alerts.yaml
promtool test rules ops/prometheus/alerts-test.yaml
