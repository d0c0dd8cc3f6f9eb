#!/usr/bin/env bash
# Installs whatever building and testing Candor needs and is missing, and reuses what is
# already there at the right version. Asks nothing. Source it (so PATH carries over) or run it.
#
#   scripts/setup.sh           tools to build: wasm32 target, trunk, wasm-bindgen-cli,
#                              wasm-split-cli, wasm-opt and the npm build helpers
#   scripts/setup.sh --tests   the same, plus Chromium, ChromeDriver, the test packages, and the
#                              other engines: WebKitGTK's driver with Xvfb, Firefox ESR and
#                              geckodriver
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# The splitter that cuts the release build into chunks (crate wasm_split_cli_support; the
# crate named wasm-split-cli is another tool).
WASM_SPLIT_VERSION="0.2.4"
GECKODRIVER_VERSION="0.37.1"
WASM_BINDGEN_VERSION="$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p}' "$repo_root/Cargo.lock")"

export PATH="$repo_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@"
}

ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    say "cargo is missing: install Rust with rustup first (https://rustup.rs)" >&2
    exit 1
  fi
  # Idempotent, and needed: rustup does not add targets listed in rust-toolchain.toml.
  rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || rustup target add wasm32-unknown-unknown
  rustup component add rustfmt clippy >/dev/null 2>&1 || true
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then return; fi
  say "installing trunk $TRUNK_VERSION (takes about 7 minutes)"
  cargo install --locked "trunk@$TRUNK_VERSION"
}

ensure_wasm_bindgen() {
  if [ -z "$WASM_BINDGEN_VERSION" ]; then
    say "could not read the wasm-bindgen version from Cargo.lock" >&2
    exit 1
  fi
  if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION" &&
    command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    return
  fi
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes about 3 minutes)"
  # Not --locked: a locked dependency missing from the registry mirror would make it fail.
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
}

ensure_wasm_split() {
  if command -v wasm-split-cli >/dev/null 2>&1 &&
    cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    return
  fi
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (takes about 2 minutes)"
  cargo install --locked --force "wasm_split_cli_support@$WASM_SPLIT_VERSION" --features build-binary
}

# npm packages: wasm-opt (binaryen), Playwright and axe, exactly as package-lock.json says.
ensure_node_packages() {
  if ! command -v npm >/dev/null 2>&1; then
    say "installing Node.js and npm"
    apt_install nodejs npm
  fi
  local stamp="$repo_root/node_modules/.candor-lock-hash"
  local wanted
  wanted="$(sha256sum "$repo_root/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then return; fi
  say "installing npm packages from package-lock.json"
  (cd "$repo_root" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  printf '%s' "$wanted" >"$stamp"
}

# The other engines phones use, walked through WebDriver (scripts/engines.mjs): WebKitGTK's
# MiniBrowser and its driver (Safari's engine), under a virtual display, and Firefox ESR with
# geckodriver.
ensure_other_engines() {
  if ! command -v WebKitWebDriver >/dev/null 2>&1 || ! command -v xvfb-run >/dev/null 2>&1 ||
    ! command -v xauth >/dev/null 2>&1 || ! command -v firefox-esr >/dev/null 2>&1; then
    say "installing WebKitGTK's driver, Xvfb and Firefox ESR from Debian"
    apt_install webkit2gtk-driver xvfb xauth firefox-esr
  fi
  if geckodriver --version 2>/dev/null | head -n 1 | grep -q "^geckodriver $GECKODRIVER_VERSION"; then return; fi
  say "installing geckodriver $GECKODRIVER_VERSION (takes about 2 minutes)"
  cargo install --locked --force "geckodriver@$GECKODRIVER_VERSION"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  say "installing Chromium and ChromeDriver from Debian"
  apt_install chromium chromium-driver
}

ensure_rust
ensure_node_packages
ensure_wasm_bindgen
ensure_trunk
ensure_wasm_split
if [ "${1:-}" = "--tests" ]; then
  ensure_chromium
  ensure_other_engines
fi
say "ready: $(trunk --version), $(wasm-bindgen --version), wasm-split-cli $WASM_SPLIT_VERSION, wasm-opt $(wasm-opt --version | cut -d' ' -f3)"
