#!/usr/bin/env bash
# The benchmark (not a test): builds the release, serves it with gzip from a sub-path on
# 127.0.0.1 and prints sizes, Lighthouse mobile scores, answer-to-DOM latency at 4x CPU
# slowdown and memory. `bash scripts/bench.sh --write` also rewrites BENCHMARKS.md.
source "$(dirname "$0")/lib.sh"
ensure_build_tools
ensure_chrome
ensure_npm_dir "$ROOT/bench"
cd "$ROOT"
BENCH_DIST="$ROOT/target/bench-dist"
rm -rf "$BENCH_DIST"
trunk build --release --dist "$BENCH_DIST"
ls "$BENCH_DIST"/*_bg.wasm >/dev/null 2>&1 || die "the release build failed"
cd "$ROOT"
DIST_DIR="$BENCH_DIST" CHROME_PATH="$CHROME_PATH" node bench/bench.mjs "$@"
