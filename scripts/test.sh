#!/usr/bin/env bash
# Quick start 2: set up, build and run the whole test suite.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh"
build="${TARE_BUILD_DIR:-$root/build/release}"
cd "$build"
ctest --output-on-failure -j "$(nproc)" "$@"
