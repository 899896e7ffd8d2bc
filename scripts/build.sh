#!/usr/bin/env bash
# Installs what is missing, then configures and builds Tare (Release, Ninja, ccache when present)
# into build/release. Used by run.sh and test.sh; safe to run repeatedly.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
build="${TARE_BUILD_DIR:-$root/build/release}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release ${TARE_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j "$(nproc)"
