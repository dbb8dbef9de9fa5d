#!/usr/bin/env bash
# Builds the release files for static hosting into dist/ (or into the folder given as
# the first argument): plain files with relative URLs, fit for any sub-path of any host.
source "$(dirname "$0")/lib.sh"
ensure_build_tools
out="${1:-$ROOT/dist}"
cd "$ROOT"
say "building the release into $out"
build_release "$out" || die "the build failed"
say "done; the files in $out can be copied to any static host:"
( cd "$out" && for f in *; do printf '  %-40s %8s bytes, %8s gzip\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"; done )
