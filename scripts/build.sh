#!/usr/bin/env bash
# Builds the release files for static hosting into dist/ (or into the folder given as
# the first argument): plain files with relative URLs, fit for any sub-path of any host.
# With --scorm, also the SCORM 1.2 package for an LMS: scorm/cloud-check-<version>-scorm12.zip.
source "$(dirname "$0")/lib.sh"
ensure_build_tools
scorm=false
if [ "${1:-}" = "--scorm" ]; then scorm=true; shift; fi
out="${1:-$ROOT/dist}"
cd "$ROOT"
say "building the release into $out"
build_release "$out" || die "the build failed"
say "done; the files in $out can be copied to any static host:"
( cd "$out" && for f in *; do printf '  %-40s %8s bytes, %8s gzip\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"; done )
if $scorm; then
  say "building the SCORM 1.2 package"
  package="$(build_scorm)" || die "the SCORM package failed"
  say "the SCORM 1.2 package for an LMS: ${package#"$ROOT"/}"
fi
