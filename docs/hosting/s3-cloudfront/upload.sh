#!/usr/bin/env bash
# S3 + CloudFront: uploads a release's dist/ to a bucket folder with the right type and
# caching for each file (docs/hosting.md, "S3 and CloudFront"). Needs the AWS CLI v2 and
# credentials allowed to write the bucket.
#
#   bash upload.sh path/to/dist s3://my-bucket/tools/cloud-check
#
# Not run here (no AWS from the test machines): written against the same table the tested
# configs meet. CloudFront compresses by itself ("Compress objects automatically": on), so
# the build's .br and .gz copies are not uploaded. Hashed files go first, then the files
# that name them (an update never leaves a page naming a file that is not there yet), and
# site.json only when it is not in the bucket yet (the web manager's edits stay).
set -euo pipefail
dist="${1:?usage: upload.sh DIST s3://BUCKET/FOLDER}"
target="${2:?usage: upload.sh DIST s3://BUCKET/FOLDER}"
target="${target%/}"

type_of() {
  case "$1" in
    *.html) echo "text/html; charset=utf-8" ;;
    *.js) echo "text/javascript; charset=utf-8" ;;
    *.css) echo "text/css; charset=utf-8" ;;
    *.wasm) echo "application/wasm" ;;
    *.json) echo "application/json; charset=utf-8" ;;
    *.svg) echo "image/svg+xml" ;;
    *.png) echo "image/png" ;;
    *.webmanifest) echo "application/manifest+json" ;;
    *.zip) echo "application/zip" ;;
    *) echo "application/octet-stream" ;;
  esac
}

put() {
  local file="$1" cache="$2"
  aws s3 cp "$dist/$file" "$target/$file" --content-type "$(type_of "$file")" --cache-control "$cache"
}

cd "$dist"
# 1. Named by content: never change, cached for a year.
for file in *; do
  case "$file" in *.br | *.gz | site.json) continue ;; esac
  if [[ "$file" =~ -[0-9a-f]{16}(_bg)?\.(js|wasm|css|svg|json)$ ]]; then put "$file" "public, max-age=31536000, immutable"; fi
done
# 2. The rest, revalidated on each visit; the pages last.
for file in *; do
  case "$file" in *.br | *.gz | site.json | index.html | trainer.html) continue ;; esac
  if ! [[ "$file" =~ -[0-9a-f]{16}(_bg)?\.(js|wasm|css|svg|json)$ ]]; then put "$file" "no-cache"; fi
done
put trainer.html "no-cache"
put index.html "no-cache"
# 3. site.json: the template only where there is none yet.
if ! aws s3 ls "$target/site.json" >/dev/null 2>&1; then put site.json "no-cache"; fi
