#!/usr/bin/env bash
# Makes the README's pictures from the real outputs: the reference excerpt rendered by ./ratsinfo as
# HTML, PDF and DOCX, each turned into a PNG of its first page as a person would see it.
# Needs Debian's chromium, poppler-utils (pdftoppm) and libreoffice-writer-nogui (as .ci/run installs).
# Usage: docs/make-pictures.sh   (writes docs/images/reference-{html,pdf,docx}.png)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

sample=examples/samples/herne-rat-2017-02-28-top-19.1.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./ratsinfo render --locale de --out "$work" "$sample" >/dev/null
name=$(basename "$sample" .json)

# HTML: the page in a browser window of A4-like proportions.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/chromium" --hide-scrollbars --window-size=900,1270 \
  --screenshot="docs/images/reference-html.png" "file://$work/$name.html" 2>/dev/null

# PDF: the first page.
pdftoppm -png -r 72 -f 1 -l 1 -singlefile "$work/$name.pdf" docs/images/reference-pdf

# DOCX: as LibreOffice lays it out, the first page.
soffice --headless "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work/docx" \
  "$work/$name.docx" >/dev/null 2>&1
pdftoppm -png -r 72 -f 1 -l 1 -singlefile "$work/docx/$name.pdf" docs/images/reference-docx

ls -l docs/images
