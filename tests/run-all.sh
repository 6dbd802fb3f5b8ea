#!/usr/bin/env bash
# Every test of aikosite: unit and integration tests (cargo), then the browser and HTML
# validator tests when tests/browser/run.sh exists. This is the README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --quiet
if [ -x tests/browser/run.sh ]; then
  bash tests/browser/run.sh
fi
