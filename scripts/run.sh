#!/usr/bin/env bash
# Quick start 1: set up, build and run Tare on the bundled sample data, offline.
# With a display it opens the workbench; without one (or with TARE_HEADLESS=1) it runs the same
# job in the terminal: `tare-cli demo`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh"
build="${TARE_BUILD_DIR:-$root/build/release}"
if [ -z "${TARE_HEADLESS:-}" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    exec "$build/app/tare" "$@"
fi
echo "No display found: running the headless demo (tare-cli demo)." >&2
exec "$build/cli/tare-cli" demo "$@"
