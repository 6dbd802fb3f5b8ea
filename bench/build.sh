#!/usr/bin/env bash
# Full-build benchmark: generates a bilingual corpus (10,000 jobs per language by default,
# about 20,000 job pages plus lists) and times `aikosite build --release` over several runs.
#
#   bench/build.sh [JOBS_PER_LANGUAGE] [RUNS]
#
# Prints every run's wall time and peak memory (max RSS), then the median time and the
# largest peak. Nothing here is a test: it measures, it does not assert.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-10000}
runs=${2:-5}
site=bench/out/site
cargo build --release --quiet
python3 bench/gen_corpus.py "$site" --jobs "$jobs"
bin=target/release/aikosite
times=()
peaks=()
for i in $(seq 1 "$runs"); do
  out=$(mktemp -d)
  /usr/bin/time -f '%e %M' -o /tmp/aikosite-bench-time "$bin" --quiet build --root "$site" --output "$out/public" --today 2026-11-29
  read -r secs kb < /tmp/aikosite-bench-time
  pages=$(find "$out/public" -name '*.html' | wc -l)
  echo "run $i: ${secs} s, peak ${kb} KiB, $pages HTML files"
  times+=("$secs")
  peaks+=("$kb")
  rm -rf "$out"
done
median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
peak=$(printf '%s\n' "${peaks[@]}" | sort -g | tail -1)
echo "median ${median} s over $runs runs; largest peak $((peak / 1024)) MiB ($jobs jobs per language)"
