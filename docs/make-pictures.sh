#!/usr/bin/env bash
# Makes the README's pictures from the real outputs: the reference excerpt rendered by ./ratsinfo as
# HTML, PDF and DOCX, each turned into a PNG of its first page as a person would see it; and the
# contested budget item (several votes, a roll call, bias) as the page that shows its votes.
# Needs Debian's chromium, poppler-utils (pdftoppm) and libreoffice-writer-nogui (as .ci/run installs).
# And the first pages of the Musterstadt meeting's agenda and minutes, as PDF.
# Usage: docs/make-pictures.sh   (writes docs/images/{reference,contested}-{html,pdf,docx}.png and
# docs/images/{agenda,minutes}-pdf.png)
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

# The contested item: the page where the roll call begins, in the PDF and in LibreOffice's layout of the
# DOCX; the HTML page as a whole, in a window tall enough for its votes.
contested=examples/samples/rat-musterstadt-2026-11-24-top-6-haushalt-2027.json
./ratsinfo render --locale de --out "$work/contested" "$contested" >/dev/null
cname=$(basename "$contested" .json)
page_of() {  # the first page of a PDF whose text holds the words
  local pdf=$1 words=$2 pages
  pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
  for p in $(seq 1 "$pages"); do
    if pdftotext -f "$p" -l "$p" "$pdf" - | grep -q "$words"; then echo "$p"; return; fi
  done
  echo 1
}
p=$(page_of "$work/contested/$cname.pdf" "Namentliche Abstimmung")
pdftoppm -png -r 72 -f "$p" -l "$p" -singlefile "$work/contested/$cname.pdf" docs/images/contested-pdf
soffice --headless "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work/contested/docx" \
  "$work/contested/$cname.docx" >/dev/null 2>&1
p=$(page_of "$work/contested/docx/$cname.pdf" "Namentliche Abstimmung")
pdftoppm -png -r 72 -f "$p" -l "$p" -singlefile "$work/contested/docx/$cname.pdf" docs/images/contested-docx
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/chromium" --hide-scrollbars --window-size=900,3800 \
  --screenshot="docs/images/contested-html.png" "file://$work/contested/$cname.html" 2>/dev/null

# The agenda and the minutes of the Musterstadt meeting: their first pages, as PDF.
meeting=examples/samples/rat-musterstadt-2026-09-15.json
for kind in agenda minutes; do
  ./ratsinfo render --locale de --document "$kind" --format pdf --out "$work/$kind" "$meeting" >/dev/null
  pdftoppm -png -r 72 -f 1 -l 1 -singlefile "$(ls "$work/$kind"/*.pdf)" "docs/images/$kind-pdf"
done

ls -l docs/images
