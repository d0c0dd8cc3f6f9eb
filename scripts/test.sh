#!/usr/bin/env bash
# Runs every check and test of Candor, in order, and ends with one summary line:
# format, clippy (host and wasm32), native tests, browser tests in headless Chromium, the
# development build, the release build (cut into chunks loaded on demand), the size budget,
# the Playwright end-to-end suite with accessibility checks, the walks in WebKit and Firefox
# ESR through WebDriver, and Lighthouse's scores. Installs whatever is missing first (see
# scripts/setup.sh).
# Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --tests || { echo "setup failed"; echo "Summary: 0 passed, 1 failed"; exit 1; }
set +e

passed=0
failed=0
failures=()
log_dir="$(mktemp -d)"

stage() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
record() { # record NAME PASSED FAILED
  passed=$((passed + $2))
  failed=$((failed + $3))
  if [ "$3" -gt 0 ]; then failures+=("$1"); fi
}
check() { # check NAME COMMAND...: one check that passes or fails as a whole
  local name="$1"
  shift
  stage "$name"
  if "$@"; then record "$name" 1 0; else record "$name" 0 1; fi
}
# Runs a cargo test command and counts its tests from the "test result:" lines.
cargo_tests() {
  local name="$1"
  shift
  stage "$name"
  local out="$log_dir/$name.log"
  "$@" 2>&1 | tee "$out"
  local status=${PIPESTATUS[0]}
  local p f
  read -r p f < <(awk '/^test result: / {
      for (i = 1; i < NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i }
    } END { print p + 0, f + 0 }' "$out")
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi # it did not even compile or run
  if [ "$status" -eq 0 ] && [ "$p" -eq 0 ]; then f=1; echo "no tests ran"; fi
  record "$name" "$p" "$f"
}

e2e() {
  stage "end-to-end (Playwright)"
  local report="$log_dir/playwright.json"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$report" npx playwright test --config tests/e2e/playwright.config.ts --reporter=list,json
  local status=$?
  local counts
  counts=$(node -e '
    const fs = require("fs");
    try {
      const s = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).stats;
      console.log(`${s.expected} ${s.unexpected + s.flaky}`);
    } catch { console.log("0 1"); }' "$report")
  local p=${counts% *} f=${counts#* }
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then f=1; echo "no end-to-end tests ran"; fi
  record "end-to-end" "$p" "$f"
}

# Runs a command whose last summary line is "LABEL: N passed, M failed", and counts those.
counted() { # counted NAME LABEL COMMAND...
  local name="$1" label="$2"
  shift 2
  stage "$name"
  local out="$log_dir/$label.log"
  "$@" 2>&1 | tee "$out"
  local status=${PIPESTATUS[0]}
  local p f
  read -r p f < <(sed -n "s/^$label: \([0-9]*\) passed, \([0-9]*\) failed\$/\1 \2/p" "$out" | tail -n 1)
  p=${p:-0}
  f=${f:-0}
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then f=1; echo "$name ran no check"; fi
  record "$name" "$p" "$f"
}

check "format" cargo fmt --all -- --check
check "clippy (host)" cargo clippy --all-targets --locked -- -D warnings
check "clippy (wasm32, as the release build: split points on)" cargo clippy --all-targets --locked --target wasm32-unknown-unknown --features split -- -D warnings
cargo_tests "native tests" cargo test --locked
cargo_tests "browser tests" env TZ=America/New_York CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --locked --target wasm32-unknown-unknown --test browser_storage --test browser_dates
# The development build (`trunk serve` builds the same way): one module, no split points.
check "development build (trunk)" trunk build --offline --locked --dist target/dist-dev
# A second, labelled build first: the end-to-end suite updates a running app from the main
# build to this one. The main build comes last, so dist/ and the build cache are the main one.
check "second release build (for the update test)" \
  env CANDOR_BUILD_LABEL=next node scripts/build-release.mjs --dist target/dist-next
check "release build" node scripts/build-release.mjs
if [[ " ${failures[*]} " == *" release build "* ]]; then
  record "size budget" 0 1
  record "end-to-end" 0 1
  record "other engines: WebKit and Firefox ESR (WebDriver)" 0 1
  record "Lighthouse (mobile)" 0 1
  echo "skipped the size budget, end-to-end tests, other engines and Lighthouse: no release build"
else
  check "size budget" scripts/size-budget.sh
  e2e
  counted "other engines: WebKit and Firefox ESR (WebDriver)" Engines xvfb-run -a node scripts/engines.mjs
  counted "Lighthouse (mobile)" Lighthouse env CHROME_PATH=/usr/bin/chromium node scripts/lighthouse.mjs
fi

rm -rf "$log_dir"
echo
if [ "$failed" -gt 0 ]; then
  printf 'Failed: %s\n' "${failures[@]}"
fi
echo "Summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
