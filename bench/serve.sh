#!/usr/bin/env bash
# `aikosite serve` latency: saved edit → reload message, → changed page served, → feed
# (with sitemap and search index) current; on the realistic corpus and on the demo site.
#
#   bench/serve.sh                       # corpus of 10,000 jobs per language, then the demo
#   bench/serve.sh --jobs 1000 --edits 15 --every "1 3"
#   bench/serve.sh --only demo           # or --only corpus
#   bench/serve.sh --hugo                # also `hugo server` on the corpus's Hugo twin (page and feed only)
#
# For each site it starts `aikosite serve` (127.0.0.1, a free port), waits for the first
# build, picks the newest job posting of a town (so it is in that town's Atom feed), and
# runs bench/serve_latency.py: EDITS saves of that file's title, one every 1 s and then one
# every 3 s (`--every`), timing each save to (a) the `reload` event on /__aikosite/events
# that names the page, (b) the page served with the new title (polled over HTTP), (c) the
# town's Atom feed with the new title. Prints every edit and the median and worst of each.
# The corpus is the one bench/compare.sh generates (/tmp/aikosite-bench, made here if
# missing); the demo is a copy of this repository's site in /tmp/aikosite-bench/demo (its
# files are edited, so never the checkout itself). Measures, asserts nothing; every wait
# is bounded and the servers are stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=10000 edits=15 every="1 3" only="" hugo=0 corpus=/tmp/aikosite-bench
while [ $# -gt 0 ]; do
  case $1 in
    --jobs) jobs=$2; shift 2 ;;
    --edits) edits=$2; shift 2 ;;
    --every) every=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --hugo) hugo=1; shift ;;
    --corpus) corpus=$2; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "${AIKOSITE_BIN:-}" ]; then
  cargo build --release --quiet
  AIKOSITE_BIN=$PWD/target/release/aikosite
fi
today=2026-11-29
pid=""
log=$(mktemp)
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -f "$log"; }
trap cleanup EXIT

# newest ROOT CONTENT_GLOB: "file town slug" of the newest-posted fi job posting
newest() {
  python3 - "$1" <<'PY'
import pathlib, re, sys
root = pathlib.Path(sys.argv[1])
best = None
for f in sorted(root.glob("content/towns/*/jobs/*.fi.md")):
    t = f.read_text(encoding="utf-8")
    posted = re.search(r"^posted: (\S+)", t, re.M)
    slug = re.search(r"^slug: (\S+)", t, re.M)
    if posted and not re.search(r"^draft: true", t, re.M):
        key = (posted.group(1), str(f))
        if best is None or key[0] > best[0][0]:
            best = (key, f, slug.group(1) if slug else f.name[: -len(".fi.md")])
print(best[1], best[1].parent.parent.name, best[2])
PY
}

# measure NAME ROOT: serves ROOT and runs the edits
measure() {
  local name=$1 root=$2 file town slug addr
  : >"$log"
  "$AIKOSITE_BIN" serve --root "$root" --port 0 --today "$today" --color never --messages en >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    grep -q '^serving http://' "$log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.5
  done
  addr=$(grep -o '^serving http://[^/]*' "$log" | head -1 | sed 's|serving http://||')
  [ -n "$addr" ] || { echo "serve did not start in 10 minutes"; cat "$log"; exit 1; }
  read -r file town slug < <(newest "$root")
  echo "== $name: $(find "$root/content" -name '*.md' | wc -l) Markdown files; $(grep '^built' "$log" | head -1)"
  echo "   serving on $addr; editing $file"
  echo "   load $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
  for e in $every; do
    echo "-- $edits saves, one every $e s"
    python3 bench/serve_latency.py "$addr" "$file" --page "/$town/tyopaikat/$slug/" \
      --feed "/$town/tyopaikat/atom.xml" --edits "$edits" --every "$e"
  done
  echo "-- serve's own lines for the last saves"
  grep -E ': (updated|nothing|theme|rebuilt)' "$log" | tail -n 4 || true
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=""
}

# hugo_measure ROOT: `hugo server` on the Hugo twin, page and feed only
hugo_measure() {
  local root=$1 port file town slug
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  : >"$log"
  hugo server --source "$root" --bind 127.0.0.1 --port "$port" --disableLiveReload --appendPort=false \
    --baseURL "http://127.0.0.1:$port/" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    grep -q 'Web Server is available' "$log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.5
  done
  read -r file town slug < <(newest "$corpus/aikosite-$jobs")
  file=$root/content/fi/$town/tyopaikat/$slug.md
  echo "== hugo server on $root: $(grep -E '^Built in|^Total in' "$log" | head -1)"
  echo "   serving on 127.0.0.1:$port; editing $file"
  for e in $every; do
    echo "-- $edits saves, one every $e s"
    python3 bench/serve_latency.py "127.0.0.1:$port" "$file" --page "/$town/tyopaikat/$slug/" \
      --feed "/$town/tyopaikat/index.xml" --edits "$edits" --every "$e" --no-events --json-front
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=""
}

if [ "$only" != demo ]; then
  site=$corpus/aikosite-$jobs
  if [ ! -f "$site/.generated" ] || { [ "$hugo" = 1 ] && [ ! -d "$corpus/hugo-$jobs" ]; }; then
    echo "generating the corpus first (bench/compare.sh does the same)"
    python3 bench/gen_corpus.py "$site" --jobs "$jobs" $([ "$hugo" = 1 ] && echo "--hugo $corpus/hugo-$jobs")
    echo "serve.sh" >"$site/.generated"
  fi
  measure "realistic corpus, $jobs jobs per language" "$site"
  [ "$hugo" = 1 ] && hugo_measure "$corpus/hugo-$jobs"
fi
if [ "$only" != corpus ]; then
  demo=$corpus/demo
  rm -rf "$demo/content" "$demo/static" "$demo/templates" "$demo/themes"
  mkdir -p "$demo"
  for d in aikosite.yaml content static templates themes; do
    [ -e "$d" ] && cp -r "$d" "$demo/"
  done
  measure "demo site (a copy of this repository's site)" "$demo"
fi
