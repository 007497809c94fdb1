#!/usr/bin/env bash
# Renders every Mermaid diagram of docs/schema/ with the real Mermaid renderer (mermaid-cli in headless Chromium)
# into OUT (default /tmp/openimis-diagrams), and fails if one does not render. Not part of the tests: it needs npm and
# Chromium (Debian: apt-get install chromium), which a build machine may lack; SchemaDocsTest checks the syntax.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-/tmp/openimis-diagrams}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$CHROMIUM" ] || { echo "no Chromium: apt-get install chromium" >&2; exit 1; }
TOOL=$(mktemp -d)
trap 'rm -rf "$TOOL"' EXIT
(cd "$TOOL" && npm init -y >/dev/null && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent @mermaid-js/mermaid-cli >/dev/null)
cat > "$TOOL/puppeteer.json" <<JSON
{"executablePath": "$CHROMIUM", "args": ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
 "--disable-component-update", "--disable-sync", "--no-first-run"]}
JSON
mkdir -p "$OUT"
for page in "$HERE"/docs/schema/*.md; do
  name=$(basename "$page" .md)
  "$TOOL/node_modules/.bin/mmdc" -q -p "$TOOL/puppeteer.json" -i "$page" -o "$OUT/$name.md"
  if grep -q "Syntax error in text" "$OUT/$name"-*.svg; then echo "$name: Mermaid reports a syntax error" >&2; exit 1; fi
  echo "rendered $name"
done
echo "SVG files in $OUT"
