#!/usr/bin/env bash
# Builds the release version of Candor (cut into chunks loaded on demand) and serves it at
# http://127.0.0.1:8080/ with gzip, as a static host would.
# Installs whatever is missing first (see scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
node scripts/build-release.mjs
echo "Candor is at http://127.0.0.1:8080/ (Ctrl+C stops it)"
exec node scripts/static-server.mjs --dir dist --port "${PORT:-8080}" --base /
