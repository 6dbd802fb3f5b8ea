#!/usr/bin/env bash
# Image pipeline benchmark (a benchmark, never a test).
#
# Generates COUNT (default 12) deterministic photo-like 4000×3000 JPEGs, then processes
# them into the default widths [480, 960, 1600] and formats [webp, jpeg]: once cold (empty
# cache) and once warm (cache filled, a fresh output folder). Prints images per second and
# the bytes of each output format against JPEG.
#
#   bench/images.sh                      # release build, 12 images
#   COUNT=4 bench/images.sh              # fewer images
#   FEATURES=avif IMAGE_FORMATS=avif,webp,jpeg bench/images.sh   # with AVIF
#
# For now it drives the images module through the scratch crate's example binary
# (SCRATCH_CRATE, default /work/scratch-images); switch it to `aikosite build` on a
# generated site once the module is wired in.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CRATE=${SCRATCH_CRATE:-/work/scratch-images}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$CRATE/target}
PROFILE=${PROFILE:-release}
COUNT=${COUNT:-12}
FEATURES=${FEATURES:-}
WORK=$ROOT/bench/out/images

cargo build --quiet --profile "$PROFILE" --example imgbench --manifest-path "$CRATE/Cargo.toml" ${FEATURES:+--features "$FEATURES"}
case $PROFILE in dev) DIR=debug ;; *) DIR=$PROFILE ;; esac
BIN=$CARGO_TARGET_DIR/$DIR/examples/imgbench

"$BIN" gen "$WORK/src" "$COUNT"
echo "machine: $(nproc) cores, $(uname -m), load average $(cut -d" " -f1-3 /proc/loadavg); profile $PROFILE${FEATURES:+, features $FEATURES}"
rm -rf "$WORK/cache" "$WORK/out-cold" "$WORK/out-warm"
"$BIN" run "$WORK/src" "$WORK/out-cold" "$WORK/cache" cold
"$BIN" run "$WORK/src" "$WORK/out-warm" "$WORK/cache" warm
