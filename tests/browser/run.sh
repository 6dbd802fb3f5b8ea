#!/usr/bin/env bash
# The browser and HTML-validity tests of the seutu theme, in one go:
#   installs what is missing (Debian's chromium, node/npm, a Java runtime, the npm packages),
#   builds tests/fixtures/basic and the demo site in content/ once, each for a fixed day,
#   runs every tests/browser/tests/*.test.js against them (language switcher, filters with and
#   without JavaScript, keyboard, axe, layout at 320 px, content, search, screenshots, serve's
#   live reload...), two test files at a time, and checks with the current W3C Nu HTML checker
#   one page of each template shape per language and site (see validate.sh).
# Exits non-zero when anything fails. Screenshots land in tests/browser/artifacts/.
#
# It compiles nothing: it runs the aikosite binary that `cargo test` built (tests/run-all.sh
# runs both). Environment:
#   AIKOSITE_BIN   the binary (default: target/debug/aikosite as `cargo test --no-run` builds
#                  it: nothing to do after `cargo test`)
#   TODAY          the day the basic fixture is built for (default 2026-11-29)
#   KEEP_OUT=1     keep the built sites;  TEST_CONCURRENCY  test files at once (default 2)
#   VALIDATE_ALL=1 check every page with the Nu checker, not one of each shape
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
# The demo site's deadlines and events are real dates (they run to March 2027): it is always
# built for this day, so the tests do not change with the calendar.
DEMO_TODAY=2026-12-02
BASIC_TODAY="${TODAY:-2026-11-29}"
log() { printf '\n== %s\n' "$*"; }
timed() { # timed NAME COMMAND...: runs it and prints how long it took
  local start=$SECONDS
  "${@:2}"
  local rc=$?
  echo "-- $1: $((SECONDS - start)) s"
  return "$rc"
}

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq && APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

tools() {
  if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium || { echo "cannot install chromium" >&2; return 1; }
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm || { echo "cannot install node" >&2; return 1; }
  fi
  if ! command -v java >/dev/null 2>&1; then
    apt_install default-jre-headless || { echo "cannot install java" >&2; return 1; }
  fi
  if [ ! -d "$HERE/node_modules/playwright-core" ] || [ ! -d "$HERE/node_modules/axe-core" ] || [ ! -d "$HERE/node_modules/vnu-jar" ] \
    || [ "$HERE/package-lock.json" -nt "$HERE/node_modules/.package-lock.json" ]; then
    (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed" >&2; return 1; }
  fi
  /usr/bin/chromium --version 2>/dev/null | head -1
  echo "node $(node --version)"
}

log "tools"
timed tools tools || exit 1

log "aikosite binary"
BIN="${AIKOSITE_BIN:-}"
if [ -z "$BIN" ]; then
  BIN="${CARGO_TARGET_DIR:-$ROOT/target}/debug/aikosite"
  # The binary `cargo test` builds (with the dev-dependencies' features, unlike `cargo build`):
  # a no-op after `cargo test`, so nothing is compiled twice.
  cargo test --no-run --quiet || { echo "cargo test --no-run failed" >&2; exit 1; }
fi
[ -x "$BIN" ] || { echo "no aikosite binary at $BIN" >&2; exit 1; }
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
echo "$BIN"

OUT="$(mktemp -d "${TMPDIR:-/tmp}/aikosite-browser.XXXXXX")"
if [ -z "${KEEP_OUT:-}" ]; then trap 'rm -rf "$OUT"' EXIT; else echo "built sites kept in $OUT"; fi

# build_site NAME ROOT TODAY: builds a site once for every test file; TODAY is required.
build_site() {
  local name="$1" root="$2" today="${3:-}"
  if [ -z "$today" ]; then
    echo "build_site $name: no day given (sites in tests are built for a fixed day)" >&2
    return 2
  fi
  "$BIN" build --root "$root" --output "$OUT/$name" --today "$today" --quiet
}

log "build the sites"
timed "build tests/fixtures/basic (today $BASIC_TODAY)" build_site basic tests/fixtures/basic "$BASIC_TODAY" \
  || { echo "the basic fixture does not build" >&2; exit 1; }
SITES="basic=$OUT/basic"
OUTS=("$OUT/basic")
if [ -f "$ROOT/aikosite.yaml" ] && [ -d "$ROOT/content" ]; then
  timed "build the demo site (today $DEMO_TODAY)" build_site demo "$ROOT" "$DEMO_TODAY" \
    || { echo "the demo site (content/) does not build for $DEMO_TODAY" >&2; exit 1; }
  SITES="$SITES,demo=$OUT/demo"
  OUTS+=("$OUT/demo")
fi

status=0
log "browser tests ($SITES)"
# One node process per test file, each with its own Chromium; the sites are only read.
mapfile -t FILES < <(cd "$HERE" && ls tests/*.test.js)
(cd "$HERE" && export AIKOSITE_SITES="$SITES" AIKOSITE_BIN="$BIN" && \
  timed "node tests (${#FILES[@]} files)" node --test --test-concurrency="${TEST_CONCURRENCY:-2}" --test-reporter=spec "${FILES[@]}") || status=1

log "W3C Nu HTML checker"
timed "validate" "$HERE/validate.sh" "${OUTS[@]}" || status=1

if [ "$status" -eq 0 ]; then log "browser tests and HTML validation passed"; else log "browser tests or HTML validation FAILED"; fi
exit "$status"
