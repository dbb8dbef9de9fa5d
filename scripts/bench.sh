#!/usr/bin/env bash
# The benchmark (not a test): builds the release, serves it with gzip from a sub-path on
# 127.0.0.1 and prints sizes, Lighthouse mobile scores, answer-to-DOM latency at 4x CPU
# slowdown, memory and where the wasm's bytes go. `bash scripts/bench.sh --write` also
# rewrites BENCHMARKS.md.
source "$(dirname "$0")/lib.sh"
ensure_build_tools
ensure_chrome
ensure_npm_dir "$ROOT/bench"
cd "$ROOT"
BENCH_DIST="$ROOT/target/bench-dist"
rm -rf "$BENCH_DIST"
build_release "$BENCH_DIST" || die "the release build failed"
# The same wasm's first part with its function names kept, for "where the bytes go"
# (bench/wasm-size.mjs): cargo's output, split and through wasm-bindgen as tools/split.mjs
# does, then wasm-opt -Oz with --debuginfo.
NAMES_DIR="$ROOT/target/bench-names"
rm -rf "$NAMES_DIR"
wasm-split-cli "${CARGO_TARGET_DIR:-$ROOT/target}/$WASM_TARGET/release/cloud-check.wasm" "$NAMES_DIR/split"
wasm-bindgen --target web --keep-lld-exports --out-dir "$NAMES_DIR" --out-name cloud-check "$NAMES_DIR/split/main.wasm"
wasm-opt -Oz --debuginfo --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$NAMES_DIR/cloud-check_bg.wasm" -o "$NAMES_DIR/named.wasm" 2>/dev/null
cd "$ROOT"
# The SCORM package's build (feature "lms", in the release build), for what the LMS code
# costs where it is used.
BENCH_SCORM="$BENCH_DIST/$SCORM_FILE"
DIST_DIR="$BENCH_DIST" NAMED_WASM="$NAMES_DIR/named.wasm" SCORM_ZIP="$BENCH_SCORM" CHROME_PATH="$CHROME_PATH" node bench/bench.mjs "$@"
