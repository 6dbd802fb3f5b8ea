#!/usr/bin/env bash
# Hostile-input timings: content that once made a build crawl, each at two sizes, so the
# growth shows (linear work doubles when the input doubles; quadratic work quadruples).
#
#   bench/hostile.sh            # from the repository root; AIKOSITE_BIN defaults to the release binary
#
# Cases, each one job posting of the basic fixture rewritten:
#   headings   N identical "## Tehtävät" headings (unique heading ids)
#   keys       N unknown front-matter keys (each reported with its position)
#   links      N links to a page that does not exist (each reported with its position)
#   line       one body line of N MB that holds a broken link (the message shows a window)
# Prints the wall time, exit code and bytes of messages of `aikosite check` per case and size.
# It measures; it asserts nothing.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${AIKOSITE_BIN:-$ROOT/target/release/aikosite}"
[ -x "$BIN" ] || { echo "no binary at $BIN (cargo build --release)" >&2; exit 2; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/aikosite-hostile.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
JOB=content/towns/raahe/jobs/cnc-koneistaja.fi.md

# make CASE N DIR: a copy of the basic fixture with the job rewritten
make() {
  rm -rf "$3"; cp -r "$ROOT/tests/fixtures/basic" "$3"
  python3 - "$1" "$2" "$3/$JOB" <<'PY'
import sys
case, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(path, encoding="utf-8").read()
head, body = text.split("\n---\n", 1)
if case == "headings":
    body = "".join("## Tehtävät\n\nKoneistus.\n\n" for _ in range(n))
elif case == "keys":
    head += "".join(f"\ntuntematon_{i}: arvo" for i in range(n))
elif case == "links":
    body = "".join(f"[sivu {i}](@/towns/raahe/jobs/ei-ole-{i % 7})\n" for i in range(n))
elif case == "line":
    body = "sana " * (n * 1024 * 1024 // 5) + " [rikki](@/ei/ole)\n"
open(path, "w", encoding="utf-8").write(head + "\n---\n" + body)
PY
}

printf '%-9s %10s %9s %5s %12s\n' case size seconds exit message_bytes
for spec in "headings 10000" "headings 20000" "keys 8000" "keys 16000" "links 80000" "links 160000" "line 8" "line 15"; do
  set -- $spec
  site="$WORK/$1-$2"
  make "$1" "$2" "$site"
  start=$EPOCHREALTIME
  "$BIN" check --root "$site" --today 2026-11-29 > "$WORK/out" 2>&1
  code=$?
  end=$EPOCHREALTIME
  unit=""; [ "$1" = line ] && unit=" MB"
  printf '%-9s %10s %9.2f %5d %12d\n' "$1" "$2$unit" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$code" "$(wc -c < "$WORK/out")"
  rm -rf "$site"
done
