#!/usr/bin/env bash
# Installs whatever is missing, builds the app and serves it at http://127.0.0.1:8080/,
# rebuilding on every change. Ctrl+C stops it.
source "$(dirname "$0")/lib.sh"
ensure_build_tools
cd "$ROOT"
say "building, then serving at http://127.0.0.1:8080/ (Ctrl+C to stop)"
echo "http://127.0.0.1:8080/"
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
