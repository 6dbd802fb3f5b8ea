#!/usr/bin/env bash
# Lighthouse scores of the demo site: performance, accessibility, best practices and SEO of the
# home, a town, the job list, a job, a company, a study, a story, the search and the 404 page in
# both languages, on a phone and a desktop, with each page's weight in bytes.
#
# Usage: bench/lighthouse.sh [--quick]          (from the repository root)
#   --quick    only the Finnish pages on a phone
# Environment: AIKOSITE_BIN (the binary; default target/release/aikosite, built when missing),
#   LH_DIR (where Lighthouse is installed, default /tmp/aikosite-lighthouse),
#   CHROME_PATH (default /usr/bin/chromium, Debian's chromium), OUT (report folder),
#   RUNS (Lighthouse runs per page and form, default 1: the run with the median performance
#   score is shown; 3 or 5 steady the score on a busy machine, where simulated throttling
#   multiplies every delay), KINDS (only these kinds of page, e.g. KINDS="list 404").
#
# It builds the demo for a local address, serves it with gzip on 127.0.0.1 (a tiny Node
# server: the 404 pages answer with status 404), and runs Lighthouse from npm, pinned to a
# version that runs on Node 18/20. Nothing else is downloaded.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LH_VERSION=12.8.2
LH_DIR="${LH_DIR:-/tmp/aikosite-lighthouse}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
OUT="${OUT:-$ROOT/bench/out/lighthouse}"
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1

command -v node >/dev/null || { echo "needs node (apt-get install nodejs npm)" >&2; exit 2; }
[ -x "$CHROME_PATH" ] || { echo "needs chromium at $CHROME_PATH (apt-get install chromium)" >&2; exit 2; }
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ] || ! grep -q "\"version\": \"$LH_VERSION\"" "$LH_DIR/node_modules/lighthouse/package.json" 2>/dev/null; then
  mkdir -p "$LH_DIR"
  npm install --prefix "$LH_DIR" --no-audit --no-fund --silent "lighthouse@$LH_VERSION" >&2
fi
LH="$LH_DIR/node_modules/.bin/lighthouse"

BIN="${AIKOSITE_BIN:-$ROOT/target/release/aikosite}"
if [ ! -x "$BIN" ]; then
  (cd "$ROOT" && cargo build --release --quiet) >&2
fi

PORT="${PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
SITE="$(mktemp -d)"
mkdir -p "$OUT"
trap 'kill "${SERVER_PID:-0}" 2>/dev/null || true; rm -rf "$SITE"' EXIT
"$BIN" build --quiet --root "$ROOT" --output "$SITE/public" --base-url "http://127.0.0.1:$PORT/" --today "${TODAY:-2026-12-02}" >&2

# A static server with gzip, like a real host.
cat > "$SITE/serve.js" <<'EOF'
const http = require('http'), fs = require('fs'), path = require('path'), zlib = require('zlib');
const [root, port] = [process.argv[2], Number(process.argv[3])];
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.ics': 'text/calendar', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif', '.txt': 'text/plain; charset=utf-8' };
const COMPRESS = /^(text\/|application\/(json|xml)|image\/svg)/;
http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = path.join(root, p);
  if (!file.startsWith(root)) file = root + '/404.html';
  if (p.endsWith('/')) file = path.join(file, 'index.html');
  let status = 200;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    if (!p.endsWith('/') && fs.existsSync(path.join(file, 'index.html'))) { res.writeHead(301, { location: p + '/' }); return res.end(); }
    const lang = p.match(/^\/([a-z]{2})\//);
    file = path.join(root, lang && fs.existsSync(path.join(root, lang[1], '404.html')) ? `${lang[1]}/404.html` : '404.html');
    status = 404;
  }
  const type = TYPES[path.extname(file)] || 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': /\/img\//.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=600' };
  const body = fs.readFileSync(file);
  if (COMPRESS.test(type) && /gzip/.test(req.headers['accept-encoding'] || '')) {
    res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    return res.end(zlib.gzipSync(body, { level: 9 }));
  }
  res.writeHead(status, headers);
  res.end(body);
}).listen(port, '127.0.0.1');
EOF
node "$SITE/serve.js" "$SITE/public" "$PORT" &
SERVER_PID=$!
sleep 0.5

# One page of each kind in each language, found by the theme's body class.
PAGES="$(python3 - "$SITE/public" <<'EOF'
import os, re, sys
root = sys.argv[1]
found = {}
for dirpath, dirs, files in sorted(os.walk(root)):
    dirs.sort()
    for f in sorted(files):
        if not f.endswith(".html"):
            continue
        p = os.path.join(dirpath, f)
        html = open(p, encoding="utf-8").read()
        lang = re.search(r'<html lang="([^"]+)"', html)
        kind = re.search(r'<body class="kind-([a-z0-9-]+)', html)
        if not lang or not kind:
            continue
        rel = "/" + os.path.relpath(p, root).replace(os.sep, "/")
        rel = rel[: -len("index.html")] if rel.endswith("/index.html") or rel == "/index.html" else rel
        key = (kind.group(1), lang.group(1))
        # The job list is the all-towns list; the others are the first of their kind.
        if key[0] == "list" and not re.search(r"^/(sv/)?[a-z-]+/$", rel):
            continue
        found.setdefault(key, rel)
order = ["home", "town", "list", "job", "company", "study", "story", "search", "404"]
for lang in ("fi", "sv"):
    for kind in order:
        rel = found.get((kind, lang))
        if kind == "list":
            rel = "/tyopaikat/" if lang == "fi" else "/sv/lediga-jobb/"
        if kind == "404":
            # Lighthouse scores no page answered with status 404 (ERRORED_DOCUMENT_REQUEST): the
            # 404 page is measured as the file itself, which a host serves with status 200.
            rel = "/404.html" if lang == "fi" else "/sv/404.html"
        if rel:
            print(f"{lang} {kind} {rel}")
EOF
)"

RUNS="${RUNS:-1}"
echo "# lighthouse $LH_VERSION, $("$CHROME_PATH" --version 2>/dev/null | head -1), runs per page: $RUNS, load average at start:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
printf '%-4s %-8s %-7s %5s %5s %5s %5s %9s %8s %6s  %s\n' lang page form perf a11y best seo bytes img-save cls url
echo "$PAGES" | while read -r lang kind rel; do
  [ "$QUICK" = 1 ] && [ "$lang" != fi ] && continue
  if [ -n "${KINDS:-}" ] && [[ " $KINDS " != *" $kind "* ]]; then continue; fi
  for form in mobile desktop; do
    [ "$QUICK" = 1 ] && [ "$form" != mobile ] && continue
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    report="$OUT/$lang-$kind-$form.json"
    runs=()
    for run in $(seq 1 "$RUNS"); do
      one="$OUT/$lang-$kind-$form.run$run.json"
      rm -f "$one"
      "$LH" "http://127.0.0.1:$PORT$rel" "${preset[@]}" --quiet --output=json --output-path="$one" \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
        >/dev/null 2>&1 || true
      [ -s "$one" ] && runs+=("$one")
    done
    [ "${#runs[@]}" -gt 0 ] || { echo "$lang $kind $form: lighthouse failed" >&2; continue; }
    # The run with the median performance score stands for the page.
    node -e '
      const runs = process.argv.slice(2).map((f) => [f, require(f)]);
      const perf = ([, r]) => (r.categories && r.categories.performance.score) || 0;
      runs.sort((a, b) => perf(a) - perf(b));
      console.log(runs[Math.floor(runs.length / 2)][0]);
    ' "${runs[@]}" | xargs -I{} cp {} "$report"
    rm -f "${runs[@]}"
    node -e '
      const r = require(process.argv[1]);
      if (r.runtimeError) { console.log(`${process.argv[2]} ${process.argv[3]} ${process.argv[4]}: ${r.runtimeError.code} ${process.argv[5]}`); process.exit(0); }
      const s = (k) => r.categories[k].score === null ? "-" : Math.round(r.categories[k].score * 100);
      const a = r.audits;
      const save = (a["uses-responsive-images"] && a["uses-responsive-images"].details && a["uses-responsive-images"].details.overallSavingsBytes) || 0;
      const cls = a["cumulative-layout-shift"].numericValue;
      console.log([process.argv[2].padEnd(4), process.argv[3].padEnd(8), process.argv[4].padEnd(7),
        String(s("performance")).padStart(5), String(s("accessibility")).padStart(5), String(s("best-practices")).padStart(5), String(s("seo")).padStart(5),
        String(Math.round(a["total-byte-weight"].numericValue)).padStart(9), String(Math.round(save)).padStart(8), cls.toFixed(3).padStart(6), " " + process.argv[5]].join(" "));
    ' "$report" "$lang" "$kind" "$form" "$rel"
  done
done
