# shellcheck shell=bash
# Shared by scripts/*.sh: finds or installs every tool the project needs, idempotently and at
# pinned versions. A tool already present at the right version is used as it is.
#
# Works on a fresh Debian-like machine (apt only for Chromium, and only when it is missing)
# and on an ordinary Linux or macOS laptop with rustup, node and npm.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Pinned versions. wasm-bindgen's comes from Cargo.lock (see wasm_bindgen_version).
TRUNK_VERSION="0.22.1"
WASM_OPT_VERSION="version_132" # from tools/package-lock.json (npm binaryen 132.0.0)
WASM_TARGET="wasm32-unknown-unknown"
WASM_SPLIT_VERSION="0.2.4" # wasm-split-cli, from the crate wasm_split_cli_support (tools/split.mjs)
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif have sudo; then sudo "$@"; else
    die "need root to run: $* (no sudo found)"
  fi
}

ensure_rust() {
  CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
  case ":$PATH:" in *":$CARGO_BIN:"*) ;; *) export PATH="$CARGO_BIN:$PATH" ;; esac
  have cargo || die "Rust is not installed. Install it with rustup (https://rustup.rs), then run this again."
  if have rustup; then
    if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
      say "adding the $WASM_TARGET target"
      rustup target add "$WASM_TARGET"
    fi
    for component in rustfmt clippy; do
      if ! rustup component list --installed | grep -q "^$component"; then
        say "adding rustup component $component"
        rustup component add "$component"
      fi
    done
  fi
}

# The exact wasm-bindgen version in Cargo.lock: the CLI and test runner must match it.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# ensure_cargo_tool BINARY VERSION INSTALL-ARGS...: installs with `cargo install --locked`
# unless `BINARY --version` already reports VERSION. Always --locked: without it cargo resolves
# the tool's whole dependency tree anew on every install, so a crate published later can break
# it (tools/check-pins.mjs, in the lint layer, refuses a `cargo install` without it).
ensure_cargo_tool() {
  local bin="$1" version="$2"
  shift 2
  # A cargo subcommand answers as one (`cargo-cyclonedx --version` alone is refused).
  local asked=("$bin" --version)
  case "$bin" in cargo-*) asked=(cargo "${bin#cargo-}" --version) ;; esac
  # Read whole first: with pipefail, `grep -q` closing the pipe early would fail the check.
  if have "$bin" && grep -qF "$version" <<<"$("${asked[@]}" 2>/dev/null || true)"; then return 0; fi
  say "installing $bin $version with cargo (a one-off; it takes minutes)"
  cargo install --locked "$@"
}

ensure_build_tools() {
  ensure_rust
  local wbg
  wbg="$(wasm_bindgen_version)"
  [ -n "$wbg" ] || die "could not read the wasm-bindgen version from Cargo.lock"
  grep -q "^wasm_bindgen = \"$wbg\"$" "$ROOT/Trunk.toml" ||
    die "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen $wbg"
  # trunk declares a newer rust-version than some toolchains have; it builds and runs fine.
  ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --version "$TRUNK_VERSION" --ignore-rust-version
  # From tools/wasm-bindgen-cli, the published crate with a lock file of ours (the one it
  # ships pins a crate version the registry no longer serves): see its Cargo.toml.
  grep -q "^wasm-bindgen-cli = \"=$wbg\"$" "$ROOT/tools/wasm-bindgen-cli/Cargo.toml" ||
    die "tools/wasm-bindgen-cli/Cargo.toml must ask for wasm-bindgen-cli =$wbg, Cargo.lock's wasm-bindgen"
  ensure_cargo_tool wasm-bindgen "$wbg" --path "$ROOT/tools/wasm-bindgen-cli" \
    --target-dir "$ROOT/target/wasm-bindgen-cli"
  # wasm-split-cli (tools/split.mjs) has no --version: cargo's record of what it installed
  # is read instead.
  { have wasm-split-cli && grep -qF "\"wasm_split_cli_support $WASM_SPLIT_VERSION " "${CARGO_HOME:-$HOME/.cargo}/.crates.toml"; } || {
    say "installing wasm-split-cli $WASM_SPLIT_VERSION with cargo (a one-off; it takes a minute)"
    cargo install --locked wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary
  }
  ensure_npm_dir "$ROOT/tools"
  export PATH="$ROOT/tools/node_modules/.bin:$PATH"
  wasm-opt --version | grep -qF "$WASM_OPT_VERSION" || die "wasm-opt is not $WASM_OPT_VERSION"
  # trunk passes --offline to cargo, so the dependencies must already be here.
  (cd "$ROOT" && cargo fetch --locked >/dev/null)
}

# The pages of a release build, each built by Trunk (and finished by tools/post-build.mjs);
# the participants' page first.
PAGES=(index.html trainer.html)
# Each page's cargo features: the participants' wasm fetches the checklist's English when
# someone reads in English (src/content/english.rs); the trainer's carries it.
# And the participants' wasm is split (src/ui/parts.rs, tools/split.mjs).
declare -A PAGE_FEATURES=([index.html]="english-on-demand,split" [trainer.html]="")

# build_release OUT: the release build into OUT, every page, then put together by
# tools/assemble.mjs (embed.js, sw.js, precompressed copies), and the SCORM package the
# trainer's page offers (SCORM_FILE, with the licences; added last, so the service worker
# never precaches it for participants). Fails when any step does (a failed `trunk build` may
# leave older files behind, so the result is checked too).
build_release() {
  local out="$1" stage="$ROOT/target/pages" page dirs=()
  rm -rf "$stage"
  # First, so that the participants' wasm is cargo's last output (scripts/bench.sh names it).
  build_scorm "$stage/$SCORM_FILE" "$ROOT/LICENSE-MIT" "$ROOT/LICENSE-APACHE" "$ROOT/NOTICE.md" >/dev/null || return 1
  for page in "${PAGES[@]}"; do
    (cd "$ROOT" && trunk build "$page" --release --features "${PAGE_FEATURES[$page]}" --html-output "$page" --dist "$stage/${page%.html}") || return 1
    ls "$stage/${page%.html}"/*_bg.wasm >/dev/null 2>&1 || return 1
    dirs+=("$stage/${page%.html}")
  done
  node "$ROOT/tools/assemble.mjs" "$out" "${dirs[@]}" || return 1
  cp "$stage/$SCORM_FILE" "$out/"
}

# The SCORM package's name in a release build's folder, where the trainer's page links to it
# (names::SCORM_PACKAGE; e2e/tests/class.test.mjs follows the page's link to this file).
SCORM_FILE="cloud-check-scorm12.zip"

# The version of the tool: Cargo.toml's, the one version everything shows.
tool_version() {
  (cd "$ROOT" && { cargo pkgid --offline 2>/dev/null || cargo pkgid; }) | sed 's/.*[#@]//'
}

# build_scorm [OUT.zip [FILE...]]: the SCORM 1.2 package, by default
# scorm/cloud-check-<version>-scorm12.zip: the participants' page built with the feature
# "lms" (it finds the LMS's run-time and reports to it; the hosted tool is built without, so
# participants outside an LMS carry none of it), any FILEs (a release's licences), and
# imsmanifest.xml listing them all (tools/scorm.mjs). Prints the package's path.
build_scorm() {
  local out="${1:-$ROOT/scorm/cloud-check-$(tool_version)-scorm12.zip}" stage="$ROOT/target/pages/lms"
  shift || true
  rm -rf "$stage"
  (cd "$ROOT" && CLOUD_CHECK_FLAVOUR=lms trunk build index.html --release --features "lms,${PAGE_FEATURES[index.html]}" --dist "$stage") >&2 || return 1
  ls "$stage"/*_bg.wasm >/dev/null 2>&1 || return 1
  local file
  for file in "$@"; do cp "$file" "$stage/" || return 1; done
  node "$ROOT/tools/scorm.mjs" "$stage" "$out" "$(tool_version)" >&2 && echo "$out"
}

# cargo-deny, for the lint layer's licence, source and duplicate checks (deny.toml), and
# Debian's shellcheck for the scripts.
CARGO_DENY_VERSION="0.20.2"
ensure_lint_tools() {
  ensure_rust
  ensure_cargo_tool cargo-deny "$CARGO_DENY_VERSION" cargo-deny --version "$CARGO_DENY_VERSION"
  have shellcheck || ensure_apt_packages shellcheck
}

# The web servers the hosting guide's configs are tested on (e2e/tests/servers.test.mjs):
# Debian's nginx (with the Brotli module for brotli_static), Apache httpd and Caddy. Only
# their programs are used, each started by the test on a port of 127.0.0.1 with its own
# config; the packages' own services are not needed.
ensure_web_servers() {
  ensure_apt_packages nginx libnginx-mod-http-brotli-static apache2 caddy
}

# What only a release needs (scripts/release.sh), not the tests: the licence notices
# (cargo-about) and the SBOM (cargo-cyclonedx).
CARGO_ABOUT_VERSION="0.9.3"
CARGO_CYCLONEDX_VERSION="0.5.9"
ensure_release_tools() {
  ensure_rust
  ensure_cargo_tool cargo-about "$CARGO_ABOUT_VERSION" cargo-about --version "$CARGO_ABOUT_VERSION" --features cli
  ensure_cargo_tool cargo-cyclonedx "$CARGO_CYCLONEDX_VERSION" cargo-cyclonedx --version "$CARGO_CYCLONEDX_VERSION"
}

# Installs a folder's npm packages from its committed lockfile, unless already installed
# from that same lockfile.
ensure_npm_dir() {
  local dir="$1" stamp="$1/node_modules/.installed-lock"
  if ! have node || ! have npm; then die "node and npm are needed (node 20 or newer)"; fi
  if [ -f "$stamp" ] && cmp -s "$dir/package-lock.json" "$stamp"; then return 0; fi
  say "installing npm packages in ${dir#"$ROOT"/}"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$dir/package-lock.json" "$stamp"
}

# Finds Chrome or Chromium (CHROME_PATH wins), installing Debian's Chromium with apt only
# when none is found and apt exists. Exports CHROME_PATH.
ensure_chrome() {
  local candidate
  if [ -z "${CHROME_PATH:-}" ]; then
    for candidate in chromium chromium-browser google-chrome google-chrome-stable \
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" \
      "/Applications/Chromium.app/Contents/MacOS/Chromium"; do
      if have "$candidate"; then CHROME_PATH="$(command -v "$candidate")"; break; fi
      if [ -x "$candidate" ]; then CHROME_PATH="$candidate"; break; fi
    done
  fi
  if [ -z "${CHROME_PATH:-}" ]; then
    have apt-get || die "no Chrome or Chromium found: install one, or set CHROME_PATH"
    say "installing Chromium, ChromeDriver and Japanese fonts with apt"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
    CHROME_PATH="$(command -v chromium)"
  fi
  [ -x "$CHROME_PATH" ] || die "CHROME_PATH=$CHROME_PATH is not an executable"
  export CHROME_PATH
}

# ChromeDriver for wasm-bindgen-test's browser runs (CHROMEDRIVER wins). Exports CHROMEDRIVER.
ensure_chromedriver() {
  ensure_chrome
  if [ -z "${CHROMEDRIVER:-}" ] && ! have chromedriver && have apt-get; then
    say "installing ChromeDriver with apt"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-driver >/dev/null
  fi
  CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver || true)}"
  [ -n "$CHROMEDRIVER" ] || die "no chromedriver found: install the one matching your Chrome, or set CHROMEDRIVER"
  export CHROMEDRIVER
  write_webdriver_json
}

# wasm-bindgen-test-runner reads the browsers' options from webdriver.json in the crate root
# (it uses the driver named by CHROMEDRIVER or GECKODRIVER, whichever is set). The flags come
# from e2e/lib/browsers.mjs, the one list every layer uses.
write_webdriver_json() {
  node "$ROOT/e2e/lib/browsers.mjs" webdriver.json "$CHROME_PATH" "${FIREFOX_PATH:-}" >"$ROOT/webdriver.json"
}

# Pinned: geckodriver from crates.io (npm's package downloads a binary at install time).
GECKODRIVER_VERSION="0.37.1"
WEBKIT_MINIBROWSER_DIRS=(/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1 /usr/lib/aarch64-linux-gnu/webkit2gtk-4.1
  /usr/libexec/webkit2gtk-4.1 /usr/lib/webkit2gtk-4.1)

# Installs Debian packages that are missing (one apt run for all of them).
ensure_apt_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  have apt-get || die "missing packages and no apt-get: ${missing[*]}"
  say "installing ${missing[*]} with apt"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Firefox (FIREFOX_PATH wins) and geckodriver (GECKODRIVER wins). Exports both.
ensure_firefox() {
  ensure_rust
  if [ -z "${FIREFOX_PATH:-}" ]; then
    if have firefox-esr; then FIREFOX_PATH="$(command -v firefox-esr)"
    elif have firefox; then FIREFOX_PATH="$(command -v firefox)"
    else
      ensure_apt_packages firefox-esr fonts-noto-cjk
      FIREFOX_PATH="$(command -v firefox-esr)"
    fi
  fi
  export FIREFOX_PATH
  if [ -z "${GECKODRIVER:-}" ]; then
    ensure_cargo_tool geckodriver "$GECKODRIVER_VERSION" geckodriver --version "$GECKODRIVER_VERSION"
    GECKODRIVER="$(command -v geckodriver)"
  fi
  export GECKODRIVER
  if [ -n "${CHROME_PATH:-}" ]; then write_webdriver_json; fi
}

# WebKitGTK's WebDriver and MiniBrowser, and Xvfb (MiniBrowser has no headless mode).
# Exports WEBKIT_DRIVER and WEBKIT_BROWSER.
ensure_webkit() {
  local dir
  if ! have WebKitWebDriver || ! have xvfb-run; then
    ensure_apt_packages webkit2gtk-driver xvfb xauth fonts-noto-cjk
  fi
  WEBKIT_DRIVER="${WEBKIT_DRIVER:-$(command -v WebKitWebDriver)}"
  if [ -z "${WEBKIT_BROWSER:-}" ]; then
    for dir in "${WEBKIT_MINIBROWSER_DIRS[@]}"; do
      if [ -x "$dir/MiniBrowser" ]; then WEBKIT_BROWSER="$dir/MiniBrowser"; break; fi
    done
  fi
  [ -n "${WEBKIT_BROWSER:-}" ] || die "no WebKitGTK MiniBrowser found: set WEBKIT_BROWSER"
  export WEBKIT_DRIVER WEBKIT_BROWSER
}
