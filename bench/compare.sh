#!/usr/bin/env bash
# aikosite and Hugo side by side on the same realistic corpus (bench/gen_corpus.py --hugo).
#
#   bench/compare.sh [--jobs N] [--runs R]        # default 10000 jobs per language, 5 runs each
#   bench/compare.sh --sizes 1000,10000,100000 --runs 1 --no-hugo   # scale: aikosite alone
#
# Options:
#   --jobs N         job postings per language (every one translated)
#   --sizes A,B,C    several corpus sizes one after the other (instead of --jobs)
#   --runs R         measured runs per tool (default 5)
#   --no-hugo        aikosite only
#   --no-rebuild     skip the rebuild measurements (see below)
#   --out DIR        where the fresh output folders go (default $TMPDIR or /tmp; /dev/shm = memory)
#   --corpus DIR     where the generated sites are kept between invocations (default
#                    /tmp/aikosite-bench); regenerated when the generator changes
#
# Builds the release binary (or uses $AIKOSITE_BIN), generates the two sites once, builds
# each once to warm the image caches when they are empty (aikosite's .aikosite/cache, Hugo's resources/_gen:
# both live in the site, as in CI with a restored cache), then builds them alternately
# (aikosite first on odd runs, Hugo first on even runs) into fresh output folders. Every
# run is timed by GNU time (`apt-get install time`): wall, CPU (user + sys) and peak
# memory (max RSS); files and bytes are counted in the output. Prints each run and then
# the medians and the ratios aikosite / Hugo. Then the rebuilds: aikosite built once more into
# a kept folder, then (a) again with nothing changed, (b) again after one job posting's text
# changed (restored afterwards), each timed the same way and set against the median cold
# build. It measures; it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=10000 sizes="" runs=5 hugo=1 rebuild=1 out=${TMPDIR:-/tmp} corpus=/tmp/aikosite-bench
while [ $# -gt 0 ]; do
  case $1 in
    --jobs) jobs=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-hugo) hugo=0; shift ;;
    --no-rebuild) rebuild=0; shift ;;
    --out) out=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
if [ "$hugo" = 1 ] && ! command -v hugo >/dev/null; then
  echo "needs hugo: apt-get install hugo (or pass --no-hugo)" >&2; exit 2
fi
if [ -z "${AIKOSITE_BIN:-}" ]; then
  cargo build --release --quiet
  AIKOSITE_BIN=$PWD/target/release/aikosite
fi
today=2026-11-29
gen_hash=$(cat bench/gen_corpus.py bench/vocab.py bench/hugo_site.py | sha256sum | cut -c1-12)

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# run TOOL SITE: one timed build into a fresh folder; appends "wall cpu peak_kib files bytes" to $results/TOOL
run() {
  local tool=$1 dir
  dir=$(mktemp -d "$out/aikosite-compare.XXXXXX")
  if [ "$tool" = aikosite ]; then
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time" "$AIKOSITE_BIN" build --root "$site" --output "$dir/public" --today "$today" --quiet >"$dir/log" 2>&1 || { cat "$dir/log"; exit 1; }
  else
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time" hugo --source "$hsite" --destination "$dir/public" --quiet >"$dir/log" 2>&1 || { cat "$dir/log"; exit 1; }
  fi
  local wall user sys kib files bytes
  read -r wall user sys kib < <(tail -1 "$dir/time")
  files=$(find "$dir/public" -type f | wc -l)
  bytes=$(find "$dir/public" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.0f\n", s}')
  local cpu
  cpu=$(echo "$user + $sys" | bc)
  printf '  %-8s wall %6.2f s  cpu %6.2f s  peak %5d MiB  %6d files  %5d MB\n' "$tool" "$wall" "$cpu" $((kib / 1024)) "$files" $((bytes / 1000000))
  echo "$wall $cpu $kib $files $bytes" >>"$results/$tool"
  rm -rf "$dir"
  sync
}

summary() {
  local tool=$1 f=$results/$1
  [ -s "$f" ] || return 0
  local wall cpu kib files bytes
  wall=$(cut -d' ' -f1 "$f" | median)
  cpu=$(cut -d' ' -f2 "$f" | median)
  kib=$(cut -d' ' -f3 "$f" | median)
  files=$(cut -d' ' -f4 "$f" | median)
  bytes=$(cut -d' ' -f5 "$f" | median)
  printf '| %s | %.2f s | %.2f s | %d MiB | %d | %d MB |\n' "$tool" "$wall" "$cpu" "$(echo "$kib / 1024" | bc)" "$files" "$(echo "$bytes / 1000000" | bc)"
  echo "$wall $cpu $kib $files $bytes" >"$results/$tool.median"
}

list=${sizes:-$jobs}
for n in ${list//,/ }; do
  site=$corpus/aikosite-$n
  hsite=$corpus/hugo-$n
  marker=$(cat "$site/.generated" 2>/dev/null || true)
  if [ "${marker% *}" != "$gen_hash" ] || { [ "$hugo" = 1 ] && [ "${marker#* }" != 1 ]; }; then
    mkdir -p "$corpus"
    echo "generating $n jobs per language into $site$([ "$hugo" = 1 ] && echo " and $hsite")"
    python3 bench/gen_corpus.py "$site" --jobs "$n" $([ "$hugo" = 1 ] && echo "--hugo $hsite")
    echo "$gen_hash $hugo" >"$site/.generated"
  fi
  if [ "$hugo" = 1 ]; then  # the templates as they are now (not part of the generated data)
    rm -rf "$hsite/layouts" "$hsite/static"
    cp -r bench/hugo/. "$hsite/"
  fi
  results=$(mktemp -d)
  echo "== $n jobs per language: $(find "$site/content" -type f -name '*.md' | wc -l) Markdown files; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); output in $out"
  if [ ! -d "$site/.aikosite/cache" ] || { [ "$hugo" = 1 ] && [ ! -d "$hsite/resources/_gen" ]; }; then
    echo "warm-up (fills the image caches; not counted)"
    run aikosite >/dev/null
    [ "$hugo" = 1 ] && run hugo >/dev/null
  fi
  rm -f "$results"/*
  for r in $(seq 1 "$runs"); do
    echo "run $r"
    if [ "$hugo" = 0 ]; then
      run aikosite
    elif [ $((r % 2)) = 1 ]; then
      run aikosite; run hugo
    else
      run hugo; run aikosite
    fi
  done
  echo
  echo "median of $runs runs, $n jobs per language ($("$AIKOSITE_BIN" --version 2>/dev/null | head -1)$([ "$hugo" = 1 ] && echo ", $(hugo version | cut -d' ' -f1-2)")):"
  echo
  echo "| | wall | CPU (user+sys) | peak memory | files | bytes |"
  echo "|---|---|---|---|---|---|"
  summary aikosite
  if [ "$hugo" = 1 ]; then
    summary hugo
    read -r aw ac ak af ab <"$results/aikosite.median"
    read -r hw hc hk hf hb <"$results/hugo.median"
    printf '| aikosite / Hugo | %.2f | %.2f | %.2f | %.2f | %.2f |\n' \
      "$(echo "$aw / $hw" | bc -l)" "$(echo "$ac / $hc" | bc -l)" "$(echo "$ak / $hk" | bc -l)" \
      "$(echo "$af / $hf" | bc -l)" "$(echo "$ab / $hb" | bc -l)"
  fi
  echo
  if [ "$rebuild" = 1 ]; then
    # timed TAG DIR: one aikosite build into DIR (kept); prints wall, CPU and peak against the cold median
    timed() {
      /usr/bin/time -f '%e %U %S %M' -o "$2.time" "$AIKOSITE_BIN" --verbose build --root "$site" --output "$2" --today "$today" >"$2.log" 2>&1 || { cat "$2.log"; exit 1; }
      local wall user sys kib cpu cold_wall cold_cpu
      read -r wall user sys kib < <(tail -1 "$2.time")
      cpu=$(echo "$user + $sys" | bc)
      read -r cold_wall cold_cpu _ <"$results/aikosite.median"
      printf '| aikosite, %s | %.2f s (%.2f × cold) | %.2f s (%.2f × cold) | %d MiB | %s |\n' "$1" "$wall" \
        "$(echo "$wall / $cold_wall" | bc -l)" "$cpu" "$(echo "$cpu / $cold_cpu" | bc -l)" $((kib / 1024)) \
        "$(grep -E 'has not changed|files are unchanged' "$2.log" | sed 's/|/\\|/g' | head -1)"
    }
    kept=$(mktemp -d "$out/aikosite-compare.XXXXXX")
    "$AIKOSITE_BIN" build --root "$site" --output "$kept/public" --today "$today" --quiet >/dev/null 2>&1
    echo "rebuilds of the same site into the same folder (cold = the median above):"
    echo
    echo "| | wall | CPU (user+sys) | peak memory | what it said |"
    echo "|---|---|---|---|---|"
    timed "nothing changed" "$kept/public"
    job=$(find "$site/content/towns" -path '*/jobs/*.fi.md' | sort | sed -n 1p)
    cp -p "$job" "$kept/job.orig"
    printf '\nYksi uusi kappale tekstiä.\n' >>"$job"
    timed "one job's text changed" "$kept/public"
    cp -p "$kept/job.orig" "$job"
    echo
    rm -rf "$kept"
  fi
  rm -rf "$results"
done
