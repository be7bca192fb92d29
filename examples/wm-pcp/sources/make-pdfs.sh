#!/usr/bin/env bash
# Rebuilds the attached PDFs (and the drugs paper's chart) of the wm-pcp example from the HTML
# sources beside this script, with headless Chromium's print-to-PDF (which tags them), then finishes
# each PDF so that it conforms to PDF/UA-1 and PDF/A-2a on its own (the test tool
# org.packpress.render.pdf.SampleAttachments: output intent, XMP identification, artifacts, list bodies).
# Needs: chromium (apt-get install -y chromium) and Maven. Run from anywhere:
#   examples/wm-pcp/sources/make-pdfs.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
papers="$(cd "$here/../papers" && pwd)"
browser="${CHROMIUM:-chromium}"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

run_chromium() {
  "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" 2>/dev/null
}

to_pdf() { # source.html target.pdf
  run_chromium --no-pdf-header-footer --generate-pdf-document-outline --print-to-pdf="$2" "file://$1"
  echo "wrote $2"
}

to_pdf "$here/07-drugs-slides.html" "$papers/07-drugs-slides.pdf"
to_pdf "$here/08-peel-inspection.html" "$papers/08-peel-inspection.pdf"
project="$(cd "$here/../../.." && pwd)"
(cd "$project" && mvn -B -q test-compile && mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
java -cp "$project/target/classes:$project/target/test-classes:$(cat "$project/target/classpath.txt")" \
  org.packpress.render.pdf.SampleAttachments \
  "$papers/07-drugs-slides.pdf" "West Midlands Police and Crime Commissioner" \
  "$papers/08-peel-inspection.pdf" "HMICFRS (condensed sample for the PackPress examples)"
run_chromium --hide-scrollbars --window-size=800,450 \
  --screenshot="$papers/07-drugs-figure-9.png" "file://$here/07-drugs-figure-9.html"
echo "wrote $papers/07-drugs-figure-9.png"
