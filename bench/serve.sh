#!/usr/bin/env bash
# `aikosite serve` benchmark: on a generated site of about 20,000 job pages (bench/gen_corpus.py,
# 10,000 jobs per language by default), the time from a saved edit of one job page to the
# reload message that open pages get, over repeated edits (median).
#
#   bench/serve.sh [JOBS_PER_LANGUAGE] [EDITS]
#
# Measures, does not assert. The server listens on 127.0.0.1 on a free port and is stopped
# at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-10000}
edits=${2:-15}
site=bench/out/serve-site
cargo build --release --quiet
if [ ! -f "$site/.jobs-$jobs" ]; then
  rm -rf "$site"
  python3 bench/gen_corpus.py "$site" --jobs "$jobs"
  touch "$site/.jobs-$jobs"
fi
log=$(mktemp)
target/release/aikosite serve --root "$site" --port 0 --today 2026-11-29 --color never >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 600); do
  grep -q '^serving http://' "$log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
addr=$(grep -o '^serving http://[^/]*' "$log" | head -1 | sed 's|serving http://||')
grep '^built' "$log" || true
pages=$(find "$site/content" -name '*.md' | wc -l)
echo "site: $site ($pages Markdown files), serving on $addr"
file=$(find "$site/content/towns" -path '*/jobs/*.fi.md' | sort | sed -n 1p)
echo "editing $file $edits times"
python3 bench/serve_latency.py "$addr" "$file" --edits "$edits"
echo "--- serve's own lines (one per change) ---"
grep -E ': (updated|nothing|theme|rebuilt)' "$log" | tail -n "$edits" || true
