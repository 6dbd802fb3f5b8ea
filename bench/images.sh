#!/usr/bin/env bash
# Image pipeline benchmark (a benchmark, never a test), through `aikosite build` itself.
#
# Copies tests/fixtures/basic to bench/out/images-site and adds COUNT (default 12)
# deterministic photo-like 4000×3000 JPEGs, one per extra job posting (`image:`), then builds
# the site twice with the release binary: cold (empty image cache) and warm (cache filled,
# fresh output folder). Prints the wall time and images per second of each, the build's own
# image line, and the
# bytes of every responsive output format of those images against the JPEG outputs (the
# Open Graph JPEG, which has no WebP twin, left out).
#
#   bench/images.sh                          # release build, 12 images
#   COUNT=4 bench/images.sh                  # fewer images
#   FEATURES=avif FORMATS=avif,webp,jpeg bench/images.sh   # with AVIF (slower encoder)
#
# Needs python3 with Pillow and numpy (to draw the sources).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${COUNT:-12}
FORMATS=${FORMATS:-webp,jpeg}
FEATURES=${FEATURES:-}
site=bench/out/images-site
cargo build --release --quiet ${FEATURES:+--features "$FEATURES"}
bin=target/release/aikosite

rm -rf "$site"
mkdir -p "$site"
cp -r tests/fixtures/basic/. "$site/"
sed -i "s/^images:.*$//" "$site/aikosite.yaml"
echo "images: { widths: [480, 960, 1600], formats: [${FORMATS}], quality: 80 }" >> "$site/aikosite.yaml"
python3 - "$site/content/towns/raahe/jobs" "$COUNT" <<'PY'
import sys, numpy as np
from PIL import Image
out, count = sys.argv[1], int(sys.argv[2])
for n in range(count):
    rng = np.random.default_rng(n)
    h, w = 3000, 4000
    y = np.linspace(0, 1, h)[:, None, None]
    x = np.linspace(0, 1, w)[None, :, None]
    sky = np.array([90, 140, 200]) * (1 - y) + np.array([200, 210, 220]) * y
    hills = (y > 0.55 + 0.1 * np.sin(x * (6 + n) + n)).astype(float)
    img = sky * (1 - hills) + np.array([40, 80 + 3 * n, 50]) * hills
    img = img + rng.normal(0, 9, (h, w, 1))  # film grain, so it compresses like a photo
    Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).save(f"{out}/kuva-{n:02}.jpg", quality=90)
    with open(f"{out}/kuvatyo-{n:02}.fi.md", "w", encoding="utf-8") as f:
        f.write("---\ntitle: Kuvatyö %d\ncompany: perameren-teras\nsector: metal\n"
                "employment_type: full_time\nposted: 2026-11-20\ndeadline: 2026-12-31\n"
                "apply_url: https://perameren-teras.example/rekry/kuva-%d\n"
                "image: kuva-%02d.jpg\nimage_alt: Kukkuloita ja taivas, kuva %d.\n---\nTyötä.\n"
                % (n, n, n, n))
PY
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $COUNT sources of 4000×3000; formats $FORMATS"
rm -rf "$site/.aikosite"
for run in cold warm; do
  rm -rf "$site/public"
  start=$(date +%s.%N)
  "$bin" build --root "$site" --today 2026-11-29 2>&1 | grep '^built' || true
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc)
  echo "$run: $secs s, $(echo "scale=2; $COUNT / $secs" | bc) source images per second"
done
for fmt in ${FORMATS//,/ }; do
  case $fmt in jpeg) ext=jpg ;; *) ext=$fmt ;; esac
  bytes=$(find "$site/public" -name "kuva-*.$ext" ! -name '*-og.*' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  echo "$fmt: $bytes bytes"
done
jpeg=$(find "$site/public" -name 'kuva-*.jpg' ! -name '*-og.*' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
for fmt in ${FORMATS//,/ }; do
  [ "$fmt" = jpeg ] && continue
  bytes=$(find "$site/public" -name "kuva-*.$fmt" ! -name '*-og.*' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  [ "$jpeg" -gt 0 ] && echo "$fmt vs jpeg: $(echo "scale=1; ($bytes - $jpeg) * 100 / $jpeg" | bc) %"
done
