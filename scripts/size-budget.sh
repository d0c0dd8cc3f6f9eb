#!/usr/bin/env bash
# Prints the gzip size of every file of the release build in dist/ and fails when a budget
# is passed. Budgets are what a first visit downloads (gzip, as a static host sends it):
#   - with nothing stored: the first download (page, shell wasm and JS, chunk loader, CSS,
#     icon, service-worker registration): at most 120 KB;
#   - with data stored: that plus the engine and Today's plan with the chunks they share:
#     at most 200 KB.
# Every other screen is fetched when opened. Build first: node scripts/build-release.mjs
set -euo pipefail
cd "$(dirname "$0")/.."
manifest=target/split-build/dist/chunks.json
if [ ! -f dist/index.html ] || [ ! -f "$manifest" ]; then
  echo "no release build: run node scripts/build-release.mjs first"
  exit 1
fi
exec node - "$manifest" <<'JS'
const { readFileSync, readdirSync } = require("node:fs");
const { gzipSync } = require("node:zlib");
const { first, splits } = JSON.parse(readFileSync(process.argv[2], "utf8"));
const gz = (name) => gzipSync(readFileSync(`dist/${name}`), { level: 9 }).length;
const KB = 1024;
const fmt = (bytes) => `${bytes.toLocaleString("en")} B (${(bytes / KB).toFixed(1)} KB)`;
const sum = (names) => [...new Set(names)].reduce((total, name) => total + gz(name), 0);

console.log("Every file (gzip):");
for (const name of readdirSync("dist").sort()) console.log(`  ${String(gz(name)).padStart(8)} B  ${name}`);
console.log("\nSplit points (own module + shared chunks, gzip):");
for (const [name, files] of Object.entries(splits).sort()) {
  console.log(`  ${name.padEnd(10)} ${fmt(sum(files)).padStart(22)} in ${files.length} files`);
}
const budgets = [
  ["first visit, nothing stored", first, 120 * KB],
  ["first visit with data (+ engine: reader and Today's plan)", [...first, ...splits.engine], 200 * KB],
];
let ok = true;
console.log("");
for (const [label, files, budget] of budgets) {
  const size = sum(files);
  const pass = size <= budget;
  ok &&= pass;
  console.log(`Size: ${label}: ${fmt(size)} of a ${budget / KB} KB budget${pass ? "" : "  OVER"}`);
}
const all = sum(readdirSync("dist"));
console.log(`Size: the whole build: ${fmt(all)} (fetched screen by screen, never all at first)`);
process.exit(ok ? 0 : 1);
JS
