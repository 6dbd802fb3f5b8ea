#!/usr/bin/env bash
# Checks built sites with the current W3C Nu HTML checker (npm `vnu-jar`, in
# tests/browser/node_modules), nothing ignored, in one Java run.
# Not every page: lib/pick-pages.js picks, per site and language, pages in which every template
# shape occurs at least once (home, town, each list section, each item kind, a filter page, a
# later page of a pagination, a town's list, free pages, 404, search, and every element and
# class name any page has). Pages of one shape differ only in their text, which the checker
# does not judge. VALIDATE_ALL=1 checks every page.
# Usage: tests/browser/validate.sh OUTPUT_DIR... ; exits non-zero on any error.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$#" -eq 0 ]; then
  echo "usage: $0 OUTPUT_DIR..." >&2
  exit 2
fi
VNU="$HERE/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$VNU" ]; then
  echo "vnu: $VNU is missing (run npm ci in tests/browser)" >&2
  exit 1
fi
total=0
for out in "$@"; do
  n=$(find "$out" -name '*.html' | wc -l)
  total=$((total + n))
done
if [ -n "${VALIDATE_ALL:-}" ]; then
  mapfile -t FILES < <(find "$@" -name '*.html' | sort)
else
  mapfile -t FILES < <(node "$HERE/lib/pick-pages.js" "$@")
fi
if [ "${#FILES[@]}" -eq 0 ]; then
  echo "vnu: no HTML pages found in $*" >&2
  exit 1
fi
echo "vnu $(java -jar "$VNU" --version): checking ${#FILES[@]} of $total HTML pages in $*"
if java -jar "$VNU" --errors-only --format gnu "${FILES[@]}"; then
  echo "vnu: no errors"
else
  echo "vnu: errors (above)" >&2
  exit 1
fi
