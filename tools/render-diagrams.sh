#!/usr/bin/env bash
# Renders every Mermaid diagram of docs/schema/ (module pages and table pages) with the real Mermaid renderer
# (mermaid-cli in headless Chromium) into OUT (default /tmp/openimis-diagrams), and fails if one does not render.
# FORMAT=png writes PNG images at WIDTH (default 900 px, a page column on a code-hosting site) instead of SVG.
# PAGES selects pages by shell pattern relative to docs/schema/ (default: all, e.g. PAGES='claim.md tables/tblClaim.md').
# Not part of the tests: it needs npm and Chromium (Debian: apt-get install chromium), which a build machine may lack;
# SchemaDocsTest checks the diagrams' structure.
set -euo pipefail
MERMAID_CLI_VERSION=11.12.0
HERE=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-/tmp/openimis-diagrams}
FORMAT=${FORMAT:-svg}
WIDTH=${WIDTH:-900}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$CHROMIUM" ] || { echo "no Chromium: apt-get install chromium" >&2; exit 1; }
case "$FORMAT" in svg|png) ;; *) echo "FORMAT must be svg or png, not '$FORMAT'" >&2; exit 1 ;; esac
TOOL=$(mktemp -d)
trap 'rm -rf "$TOOL"' EXIT
(cd "$TOOL" && npm init -y >/dev/null \
  && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent "@mermaid-js/mermaid-cli@$MERMAID_CLI_VERSION" >/dev/null)
cat > "$TOOL/puppeteer.json" <<JSON
{"executablePath": "$CHROMIUM", "args": ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
 "--disable-component-update", "--disable-sync", "--no-first-run"]}
JSON
cd "$HERE/docs/schema"
count=0
for page in ${PAGES:-*.md tables/*.md}; do
  grep -q '^```mermaid' "$page" || continue
  name=${page%.md}
  mkdir -p "$OUT/$(dirname "$name")"
  timeout 120 "$TOOL/node_modules/.bin/mmdc" -q -p "$TOOL/puppeteer.json" -i "$page" -o "$OUT/$name.md" \
    -e "$FORMAT" -w "$WIDTH" -b white
  if [ "$FORMAT" = svg ] && grep -q "Syntax error in text" "$OUT/$name"-*.svg; then
    echo "$name: Mermaid reports a syntax error" >&2; exit 1
  fi
  count=$((count + 1))
done
echo "rendered the diagrams of $count pages with mermaid-cli $MERMAID_CLI_VERSION: $FORMAT files in $OUT"
