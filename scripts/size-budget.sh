#!/usr/bin/env bash
# Prints the gzip size of the release build's wasm, JS and CSS in dist/ and fails if their
# sum is over the budget. Build first: trunk build --release --offline
set -euo pipefail
cd "$(dirname "$0")/.."
budget=$((400 * 1024))
shopt -s nullglob
files=(dist/*.wasm dist/*.js dist/*.css)
if [ "${#files[@]}" -eq 0 ]; then
  echo "no build output in dist/: run trunk build --release --offline first"
  exit 1
fi
total=0
for file in "${files[@]}"; do
  size=$(gzip -9 -c "$file" | wc -c)
  printf '  %8d B raw  %8d B gzip  %s\n' "$(wc -c <"$file")" "$size" "$file"
  total=$((total + size))
done
echo "Size: $total B gzip ($((total / 1024)) KB) of a $((budget / 1024)) KB budget"
[ "$total" -le "$budget" ]
