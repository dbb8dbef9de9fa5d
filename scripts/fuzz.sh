#!/usr/bin/env bash
# Every reader of outside input (export file, result codes, site.json, the LMS resume
# record, the class overview's file reader) under generated input: a script, not a test
# layer. `bash scripts/fuzz.sh [inputs per reader]` (a million by default) prints a table
# for BENCHMARKS.md and exits non-zero on a panic or a refusal without words.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
cargo run --quiet --locked --release --example fuzz_readers -- "${1:-1000000}"
