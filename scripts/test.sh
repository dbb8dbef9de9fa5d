#!/usr/bin/env bash
# Installs whatever the tests need, runs every layer, and ends with a per-layer summary.
# Exits non-zero if anything failed. Every layer runs even when an earlier one fails, so
# one run shows everything that is wrong.
#
# Layers:
#   lint     cargo fmt --check; clippy -D warnings for the native and the wasm32 target;
#            Biome over all of the project's JavaScript; tsc over the page programs (page/)
#            and the build tools (tools/);
#            cargo-deny: licences, sources and duplicate crates (deny.toml), offline;
#            tools/check-pins.mjs: no lock file with a moving dependency, no cargo install
#            without --locked; shellcheck over scripts/ and .ci/run
#   native   cargo test: pure logic, content rules, components via Yew's server renderer
#   page     node --test page/test/: the boot script decides as the app does, over the
#            table of cases the Rust side prints (the contract test)
#   browser  wasm-bindgen-test in headless Chromium and in headless Firefox: storage, URL,
#            DOM, a mounted app
#   e2e      the release build served from /sub/app/ on 127.0.0.1 (and the SCORM package
#            in a course page with a SCORM run-time), driven in headless Chromium
#            (Playwright); fails on any request to another origin and on any console error;
#            and the hosting guide's configs (docs/hosting/) on real nginx, Apache httpd
#            and Caddy, each over the same build
#   engines  the journeys that matter in Chromium, Firefox and WebKit (Safari's engine), each
#            over W3C WebDriver, against the same release build, with the same checks
source "$(dirname "$0")/lib.sh"

ensure_build_tools
ensure_chromedriver
ensure_firefox
ensure_webkit
ensure_web_servers
ensure_npm_dir "$ROOT/e2e"
ensure_npm_dir "$ROOT/lint"
ensure_lint_tools
cd "$ROOT"

# Compiled crates are kept between runs, outside the checkout: a fresh clone then does not
# compile every dependency five ways again (clippy, native tests, wasm tests, two release
# builds). Cargo's fingerprints decide what is stale; a CARGO_TARGET_DIR set by the caller
# wins. Deleting the folder only costs the next run its time.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/cloud-check/target}"
mkdir -p "$CARGO_TARGET_DIR"

LOGS="$ROOT/target/test-logs"
mkdir -p "$LOGS"
declare -a SUMMARY=()
TOTAL_PASSED=0
TOTAL_FAILED=0

# summary_line NAME PASSED FAILED SECONDS: one row of the closing table.
summary_line() {
  SUMMARY+=("$(printf '%-18s %8s %8s %8s' "$1" "$2" "$3" "$4")")
}

# record LAYER PASSED FAILED [SECONDS]
record() {
  summary_line "$1" "$2" "$3" "${4:-}"
  TOTAL_PASSED=$((TOTAL_PASSED + $2))
  TOTAL_FAILED=$((TOTAL_FAILED + $3))
}

# tally NAME COUNTER LOG STATUS SECONDS: records a finished layer's counts from its log. A
# command that fails without a counted failure (a build error) counts as one failure.
tally() {
  local passed failed
  read -r passed failed < <("$2" "$3")
  if [ "$4" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  record "$1" "$passed" "$failed" "$5"
}

# Sums cargo's (and wasm-bindgen-test-runner's) "test result:" lines: prints "PASSED FAILED".
cargo_counts() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
       END { print p + 0, f + 0 }' "$1"
}

# node --test (spec reporter) ends with "ℹ pass N" and "ℹ fail N".
node_counts() {
  awk '/^ℹ pass / { p = $3 } /^ℹ fail / { f = $3 } END { print p + 0, f + 0 }' "$1"
}

# run_layer NAME COUNTER COMMAND...: runs a layer, shows its output, records its counts.
run_layer() {
  local name="$1" counter="$2" log="$LOGS/${1// /-}.log" status started=$SECONDS
  shift 2
  say "$name: $*"
  set +e
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  tally "$name" "$counter" "$log" "$status" "$((SECONDS - started))"
}

# start_layer NAME COUNTER COMMAND...: runs a layer in the background, its output into its
# log; finish_layers waits for all of them, then shows each log and records its counts and
# its own seconds, in the order started. For layers that wait on browsers more than on the
# CPU (the three engines' journeys each drive their own browser, server and files).
declare -a PARALLEL=()
start_layer() {
  local name="$1" counter="$2" log="$LOGS/${1// /-}.log"
  shift 2
  say "$name (alongside the others): $*"
  (
    started=$SECONDS status=0
    # Not a bare command: under `set -e` a failing layer would end the subshell before its
    # status (and seconds) are written.
    "$@" >"$log" 2>&1 || status=$?
    echo "$status $((SECONDS - started))" >"$log.status"
  ) &
  PARALLEL+=("$name|$counter|$log|$!")
}
finish_layers() {
  local entry name counter log pid status seconds
  for entry in "${PARALLEL[@]}"; do
    IFS='|' read -r name counter log pid <<<"$entry"
    wait "$pid" || true
    read -r status seconds <"$log.status" || { status=1; seconds=""; }
    say "$name:"
    cat "$log"
    tally "$name" "$counter" "$log" "$status" "$seconds"
  done
  PARALLEL=()
}

# The type check of our JavaScript: the page's scripts, the service worker (another scope),
# and the build and release tools (Node's types).
typecheck() {
  "$ROOT/lint/node_modules/.bin/tsc" -p "$ROOT/page" && "$ROOT/lint/node_modules/.bin/tsc" -p "$ROOT/page/tsconfig.sw.json" &&
    "$ROOT/lint/node_modules/.bin/tsc" -p "$ROOT/tools"
}

# Lint checks count one each.
lint() {
  local passed=0 failed=0 check started=$SECONDS
  for check in "cargo fmt --all --check" \
    "cargo clippy --locked --all-targets -- -D warnings" \
    "cargo clippy --locked --target $WASM_TARGET --all-targets --all-features -- -D warnings" \
    "$ROOT/lint/node_modules/.bin/biome lint --error-on-warnings" \
    "typecheck" \
    "node $ROOT/tools/check-pins.mjs" \
    "shellcheck -x -P SCRIPTDIR $ROOT/scripts/build.sh $ROOT/scripts/bench.sh $ROOT/scripts/fuzz.sh $ROOT/scripts/lib.sh $ROOT/scripts/release.sh $ROOT/scripts/serve.sh $ROOT/scripts/test.sh $ROOT/.ci/run $ROOT/docs/hosting/s3-cloudfront/upload.sh" \
    "cargo deny --offline check licenses bans sources"; do
    say "lint: $check"
    if $check; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  done
  record lint "$passed" "$failed" "$((SECONDS - started))"
}

lint
run_layer native cargo_counts cargo test --locked --no-fail-fast
run_layer page node_counts node --test --test-reporter=spec "$ROOT/page/test/"
# wasm-bindgen-test-runner drives whichever of CHROMEDRIVER and GECKODRIVER is set.
run_layer "browser chromium" cargo_counts env -u GECKODRIVER \
  cargo test --locked --no-fail-fast --target "$WASM_TARGET" --test browser
run_layer "browser firefox" cargo_counts env -u CHROMEDRIVER \
  cargo test --locked --no-fail-fast --target "$WASM_TARGET" --test browser

E2E_DIST="$ROOT/target/e2e-dist"
# The SCORM package the tests run is the one the release build's trainer page offers.
E2E_SCORM="$E2E_DIST/$SCORM_FILE"
say "e2e: building the release (with its SCORM package) into ${E2E_DIST#"$ROOT"/}"
rm -rf "$E2E_DIST"
built=$SECONDS
if build_release "$E2E_DIST" && [ -f "$E2E_SCORM" ]; then
  summary_line "(release builds)" "" "" "$((SECONDS - built))"
  run_layer e2e node_counts env DIST_DIR="$E2E_DIST" SCORM_ZIP="$E2E_SCORM" CHROME_PATH="$CHROME_PATH" \
    node --test --test-reporter=spec --test-concurrency=1 "$ROOT/e2e/tests/"
  # The three engines at once: each waits on its own browser far more than on the CPU.
  engines_started=$SECONDS
  for engine in chromium firefox webkit; do
    start_layer "engines $engine" node_counts env DIST_DIR="$E2E_DIST" SCORM_ZIP="$E2E_SCORM" ENGINE="$engine" \
      node --test --test-reporter=spec --test-concurrency=1 --test-timeout=180000 "$ROOT/e2e/engines/"
  done
  finish_layers
  summary_line "(engines, together)" "" "" "$((SECONDS - engines_started))"
else
  record e2e 0 1
  for engine in chromium firefox webkit; do record "engines $engine" 0 1; done
fi

echo
echo "layer                passed   failed  seconds"
printf '%s\n' "${SUMMARY[@]}"
echo "total: $TOTAL_PASSED passed, $TOTAL_FAILED failed, in $SECONDS s (the tools' installation included)"
[ "$TOTAL_FAILED" -eq 0 ]
