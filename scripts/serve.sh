#!/usr/bin/env bash
# Installs whatever is missing, builds the app and serves it at http://127.0.0.1:8080/,
# rebuilding on every change. Ctrl+C stops it.
#
#   bash scripts/serve.sh            the participants' page (index.html) at :8080
#   bash scripts/serve.sh trainer    the trainer's page (trainer.html) at :8081
#
# Trunk serves one page per server, and development builds have neither the service worker
# nor the prerendered start screen; `bash scripts/build.sh` makes the release with both
# pages together.
source "$(dirname "$0")/lib.sh"
ensure_build_tools
cd "$ROOT"
if [ "${1:-}" = "trainer" ]; then
  shift
  say "building, then serving the trainer's page at http://127.0.0.1:8081/ (Ctrl+C to stop)"
  echo "http://127.0.0.1:8081/"
  exec trunk serve trainer.html --html-output index.html --dist target/serve-trainer --port 8081 "$@"
fi
say "building, then serving at http://127.0.0.1:8080/ (Ctrl+C to stop)"
echo "http://127.0.0.1:8080/"
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
