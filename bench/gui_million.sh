#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tare authors
# SPDX-License-Identifier: MIT
#
# The window on a 1,000,000-document project (issue 14 step 10): builds the project as a user
# would with tare-cli (bench/scale_corpus.py's clustered corpus, import beir, import vectors, a
# gold run of Q queries), then bench_gui_pages opens it in the real window REPEATS times, visits
# every page, scrolls the Corpus page 20 pages down, filters it and makes one more run from the
# run form, and prints per phase the time until the content shows and how late a 10 ms timer
# fired meanwhile (medians over repetitions).
#
#   bench/gui_million.sh [N] [D] [Q] [BUILD_DIR]        default 1000000 64 20
#
# Environment: REPEATS (default 3), GUI_DIR (work folder, kept; default a new one under /tmp,
# removed at the end). Needs python3-numpy: scripts/install-deps.sh --bench.
set -euo pipefail
n="${1:-1000000}"
d="${2:-64}"
q="${3:-20}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${4:-$root/build/release}"
cli="$build/cli/tare-cli"
pages="$build/bench/bench_gui_pages"
py=/usr/bin/python3 # Debian's, where python3-numpy lives
[ -x "$cli" ] && [ -x "$pages" ] || { echo "no $cli or $pages: build first" >&2; exit 1; }
"$py" -c 'import numpy' 2>/dev/null || { echo "needs python3-numpy: scripts/install-deps.sh --bench" >&2; exit 1; }
work="${GUI_DIR:-}"
if [ -z "$work" ]; then
    work="$(mktemp -d /tmp/tare-gui-million.XXXXXX)"
    trap 'rm -rf "$work"' EXIT
fi
project="$work/million.tare"
if [ ! -f "$project" ]; then
    start=$(date +%s)
    "$py" "$root/bench/scale_corpus.py" "$work/data" "$n" "$d" "$q"
    "$cli" import beir "$work/data" --project "$project" --name million --quiet
    "$cli" import vectors "$work/data/docs.npy" --ids "$work/data/docs.ids.txt" --project "$project" \
        --dataset million --space v --quiet
    "$cli" import vectors "$work/data/queries.npy" --ids "$work/data/queries.ids.txt" --project "$project" \
        --dataset million --space v --queries --update --quiet
    "$cli" run "$project" --space v --judge gold --refiner kl-adam --eval-every 10 --quiet
    rm -rf "$work/data"
    echo "project of $n documents (d = $d, $q queries, one gold run) built in $(($(date +%s) - start)) s: $(du -h "$project" | cut -f1)"
fi
QT_QPA_PLATFORM=offscreen "$pages" "$project" "${REPEATS:-3}" 12345
