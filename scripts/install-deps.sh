#!/usr/bin/env bash
# Installs the Debian 12 packages Tare needs to build and test, only those missing.
# Safe to run repeatedly; needs root (or sudo) only when something is missing.
#   --fuzz   also clang and its libFuzzer runtime (scripts/fuzz.sh, CI); the quick start needs neither.
#   --report-check   also chromium, to render reports headless (chromium --headless --screenshot).
#   --bench  also numpy with OpenBLAS and GNU time, the reference bench/scale.sh measures Tare against.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6opengl6-dev libgl-dev libvulkan-dev
    libeigen3-dev libsqlite3-dev sqlite3 libcurl4-openssl-dev zlib1g-dev openssl
    fonts-dejavu-core
    qtkeychain-qt6-dev dbus-daemon gnome-keyring appstream
)
for argument in "$@"; do
    case "$argument" in
        --fuzz) packages+=(clang libclang-rt-14-dev) ;;
        --report-check) packages+=(chromium) ;;
        --bench) packages+=(python3-numpy libopenblas0-pthread time) ;;
        *) echo "usage: $0 [--fuzz] [--report-check] [--bench]" >&2; exit 1 ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    if ! dpkg -s "$p" >/dev/null 2>&1; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
# Another apt run (an unattended upgrade, a parallel build) may hold the locks: wait for it.
apt_options=(-o DPkg::Lock::Timeout=600)
for attempt in 1 2 3 4 5 6; do
    if "${sudo_cmd[@]}" apt-get "${apt_options[@]}" update -qq; then
        break
    fi
    [ "$attempt" -lt 6 ] || exit 1
    echo "apt-get update failed (attempt $attempt); retrying in 10 s" >&2
    sleep 10
done
"${sudo_cmd[@]}" apt-get "${apt_options[@]}" install -y -qq --no-install-recommends "${missing[@]}" >&2
