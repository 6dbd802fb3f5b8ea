#!/usr/bin/env bash
# Full-build benchmark: generates a bilingual corpus (10,000 jobs per language by default,
# about 20,000 job pages plus lists) and times `aikosite build --release` over several runs.
# The corpus is the realistic one of bench/gen_corpus.py (bench/compare.sh measures it side by
# side with Hugo); CORPUS=simple uses the old one (41 distinct words, 5 companies per town).
#
#   bench/build.sh [JOBS_PER_LANGUAGE] [RUNS]
#   BENCH_OUT=/dev/shm bench/build.sh      # write the output to memory, not the disk
#   CORPUS=simple bench/build.sh           # the old corpus, for figures comparable with before
#
# Prints every run's wall time, peak memory (max RSS) and stage times, then the median time
# and the largest peak. Each run writes a fresh output folder under $BENCH_OUT (default
# $TMPDIR or /tmp), as CI does on a fresh checkout. Creating 23,000 files is itself seconds
# on a slow virtual disk, so BENCH_OUT=/dev/shm separates aikosite's work from the disk's.
# Nothing here is a test: it measures, it does not assert.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-10000}
runs=${2:-5}
site=bench/out/site
cargo build --release --quiet
if [ "${CORPUS:-}" = simple ]; then
  python3 bench/gen_corpus_simple.py "$site" --jobs "$jobs"
else
  python3 bench/gen_corpus.py "$site" --jobs "$jobs"
fi
bin=target/release/aikosite
times=()
peaks=()
for i in $(seq 1 "$runs"); do
  out=$(mktemp -d "${BENCH_OUT:-${TMPDIR:-/tmp}}/aikosite-bench.XXXXXX")
  /usr/bin/time -f '%e %M' -o /tmp/aikosite-bench-time "$bin" --verbose build --root "$site" --output "$out/public" --today 2026-11-29 >"$out/log" 2>&1
  read -r secs kb < /tmp/aikosite-bench-time
  pages=$(find "$out/public" -name '*.html' | wc -l)
  echo "run $i: ${secs} s, peak ${kb} KiB, $pages HTML files"
  grep '^stages' "$out/log" | sed 's/^/  /' || true
  times+=("$secs")
  peaks+=("$kb")
  rm -rf "$out"
done
median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
peak=$(printf '%s\n' "${peaks[@]}" | sort -g | tail -1)
echo "median ${median} s over $runs runs; largest peak $((peak / 1024)) MiB ($jobs jobs per language)"
