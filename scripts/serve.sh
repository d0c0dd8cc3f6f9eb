#!/usr/bin/env bash
# Builds the release version of Candor and serves it at http://127.0.0.1:8080/.
# Installs whatever is missing first (see scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
trunk build --release --offline
echo "Candor is at http://127.0.0.1:8080/ (Ctrl+C stops it)"
exec node scripts/static-server.mjs --dir dist --port "${PORT:-8080}" --base /
