#!/usr/bin/env bash
# Every test of aikosite: unit and integration tests (cargo), then the browser and HTML
# validator tests (tests/browser/run.sh) with the aikosite binary `cargo test` built, so the
# code is compiled once. This is the README's test command. Its last line sums up every test:
# "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
LOG="$(mktemp "${TMPDIR:-/tmp}/aikosite-tests.XXXXXX")"
trap 'rm -f "$LOG"' EXIT
start=$SECONDS
failed_steps=0
times=()

echo "== compile (cargo test --no-run)"
t=$SECONDS
if cargo test --no-run; then
  compiled=1
else
  compiled=0
  failed_steps=$((failed_steps + 1))
fi
times+=("compile $((SECONDS - t)) s")

if [ "$compiled" -eq 1 ]; then
  echo "== cargo test"
  t=$SECONDS
  cargo test --quiet 2>&1 | tee -a "$LOG"
  [ "${PIPESTATUS[0]}" -eq 0 ] || failed_steps=$((failed_steps + 1))
  times+=("cargo test $((SECONDS - t)) s")

  if [ -x tests/browser/run.sh ]; then
    t=$SECONDS
    AIKOSITE_BIN="${CARGO_TARGET_DIR:-target}/debug/aikosite" bash tests/browser/run.sh 2>&1 | tee -a "$LOG"
    [ "${PIPESTATUS[0]}" -eq 0 ] || failed_steps=$((failed_steps + 1))
    times+=("browser and HTML $((SECONDS - t)) s")
  fi
fi

# Counts: cargo's "test result: ok. 12 passed; 0 failed; 1 ignored; …" lines, node's "ℹ pass 40"
# lines and the Nu checker's verdict.
read -r passed failed skipped < <(awk '
  /^test result: / {
    for (i = 1; i <= NF; i++) {
      if ($(i + 1) ~ /^passed;?$/) p += $i
      if ($(i + 1) ~ /^failed;?$/) f += $i
      if ($(i + 1) ~ /^ignored;?$/) s += $i
    }
  }
  /^ℹ pass [0-9]+$/ { p += $3 }
  /^ℹ fail [0-9]+$/ { f += $3 }
  /^ℹ cancelled [0-9]+$/ { f += $3 }
  /^ℹ (skipped|todo) [0-9]+$/ { s += $3 }
  /^vnu: no errors$/ { p += 1 }
  /^vnu: errors/ { f += 1 }
  END { printf "%d %d %d\n", p, f, s }
' "$LOG")
# A step that failed without a failing test (a compile error, a site that does not build, a
# missing tool) still counts as a failure.
if [ "$failed_steps" -gt 0 ] && [ "$failed" -eq 0 ]; then failed=$failed_steps; fi
echo
echo "== $(IFS=,; echo "${times[*]}" | sed 's/,/, /g'); all $((SECONDS - start)) s"
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed_steps" -eq 0 ] && [ "$failed" -eq 0 ]
