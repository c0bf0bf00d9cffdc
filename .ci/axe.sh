#!/usr/bin/env bash
# axe-core for the page's accessibility check in Chromium (PageAccessibilityTests), installed from the npm registry at
# the version .ci/axe-package.json pins, into target/axe; the test reads target/axe/node_modules/axe-core/axe.min.js
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/axe
cp .ci/axe-package.json target/axe/package.json
(cd target/axe && npm install --no-audit --no-fund --loglevel=error)
test -s target/axe/node_modules/axe-core/axe.min.js
