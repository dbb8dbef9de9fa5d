#!/usr/bin/env bash
# A release a portal can adopt, from a clean checkout: bash scripts/release.sh writes
#
#   release/cloud-check-<version>.zip          the static files to host, with the licences,
#                                              the notices and the changelog
#   release/cloud-check-<version>-scorm12.zip  the SCORM 1.2 package for an LMS
#   release/cloud-check-<version>.cdx.json     the SBOM: the crates in the WebAssembly
#                                              (CycloneDX 1.5 JSON)
#   release/THIRD-PARTY-NOTICES.md             their licence texts (also in both zips)
#   release/BUILD-INFO.txt                     the commit and the versions of the compilers
#   release/SHA256SUMS                         the checksums of all of the above
#
# Reproducible: the same commit gives the same bytes in any folder, on any machine with the
# pinned tools and the Rust and Node.js versions BUILD-INFO.txt names. Build-machine paths are remapped out of the wasm (the cargo home, the
# checkout, rustup's), every zip entry is dated 2024-07-01 UTC and sorted, and the SBOM's
# timestamp and serial number come from the commit. `--check` proves it: it clones the
# commit into another folder, releases there too, and compares the two SHA256SUMS.
#
# Needs a clean tree (what is released is exactly a commit). Tools only a release needs
# (cargo-about, cargo-cyclonedx) are installed here, not by the test command.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

check=false
if [ "${1:-}" = "--check" ]; then check=true; fi

if [ -n "$(git status --porcelain --untracked-files=normal)" ]; then
  die "the tree has uncommitted changes: a release is made from a commit (git status)"
fi

ensure_build_tools
ensure_release_tools

version="$(tool_version)"
commit="$(git rev-parse HEAD)"
out="$ROOT/release"
stage="$ROOT/target/release-stage"
rm -rf "$out" "$stage"
mkdir -p "$out" "$stage"

# Paths of this machine must not reach the bytes.
CARGO_DIR="${CARGO_HOME:-$HOME/.cargo}"
RUSTUP_DIR="${RUSTUP_HOME:-$HOME/.rustup}"
export RUSTFLAGS="--remap-path-prefix=$ROOT=/build --remap-path-prefix=$CARGO_DIR=/cargo --remap-path-prefix=$RUSTUP_DIR=/rustup"
SOURCE_DATE_EPOCH="$(git log -1 --format=%ct)"
export SOURCE_DATE_EPOCH
# A build of its own: the flags above are not the everyday build's, so the caches stay apart.
export CARGO_TARGET_DIR="$ROOT/target/release-build"

say "release $version ($commit): the static files"
build_release "$stage/dist" || die "the build failed"

say "release $version: licence notices (cargo-about) and the SBOM (cargo-cyclonedx)"
cargo about generate --locked --offline --features lms about.hbs >"$out/THIRD-PARTY-NOTICES.md" ||
  die "cargo-about failed: a licence it does not accept? (about.toml)"
node "$ROOT/tools/sbom.mjs" "$out/cloud-check-$version.cdx.json" "$version" "$commit" || die "the SBOM failed"

say "release $version: the SCORM package (with the licences and notices, listed in its manifest)"
build_scorm "$out/cloud-check-$version-scorm12.zip" LICENSE-MIT LICENSE-APACHE NOTICE.md "$out/THIRD-PARTY-NOTICES.md" >/dev/null ||
  die "the SCORM package failed"

say "release $version: the archive"
node "$ROOT/tools/release-zip.mjs" "$out/cloud-check-$version.zip" "cloud-check-$version" "$stage/dist" \
  LICENSE-MIT LICENSE-APACHE NOTICE.md "$out/THIRD-PARTY-NOTICES.md" CHANGELOG.md SECURITY.md \
  docs/accessibility.md docs/security-and-privacy.md docs/trainers.md docs/hosting.md docs/operations.md \
  docs/hosting/site.example.json docs/hosting/nginx/cloud-check.conf docs/hosting/nginx/cloud-check-headers.conf \
  docs/hosting/apache/cloud-check.conf docs/hosting/apache/htaccess docs/hosting/caddy/Caddyfile docs/hosting/iis/web.config \
  docs/hosting/s3-cloudfront/response-headers-policy.json docs/hosting/s3-cloudfront/upload.sh ||
  die "the archive failed"

# What the bytes depend on beyond the commit: a second build with these gives the same sums.
{
  echo "cloud-check $version"
  echo "commit $commit"
  rustc --version
  echo "node $(node --version)"
  echo "trunk $TRUNK_VERSION, wasm-bindgen $(wasm_bindgen_version), binaryen (wasm-opt) from tools/package-lock.json"
  echo "cargo-about $CARGO_ABOUT_VERSION, cargo-cyclonedx $CARGO_CYCLONEDX_VERSION"
} >"$out/BUILD-INFO.txt"

# The files were read from the working tree: it must still be the commit the release names
# (an edit or a commit during the build would give bytes no checkout of $commit gives).
if [ "$(git rev-parse HEAD)" != "$commit" ] || [ -n "$(git status --porcelain --untracked-files=normal)" ]; then
  die "the checkout changed while the release was being made: make it again from a commit left alone"
fi
(cd "$out" && sha256sum -- * | grep -v ' SHA256SUMS$' >SHA256SUMS)
say "release $version is in ${out#"$ROOT"/}:"
cat "$out/SHA256SUMS"

if $check; then
  other="$(mktemp -d "${TMPDIR:-/tmp}/cloud-check-release-check-XXXXXX")"
  say "checking reproducibility: the same commit released again in $other"
  git clone --quiet --no-local "$ROOT" "$other/checkout"
  (cd "$other/checkout" && git checkout --quiet "$commit" && env -u CARGO_TARGET_DIR bash scripts/release.sh) ||
    die "the second release failed"
  if diff -u "$out/SHA256SUMS" "$other/checkout/release/SHA256SUMS"; then
    say "reproducible: both folders give the same SHA256SUMS"
  else
    die "not reproducible: the SHA256SUMS above differ"
  fi
fi
