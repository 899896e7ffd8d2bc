#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Tare authors
# SPDX-License-Identifier: MIT
#
# Tare at scale against references measured in the same run (docs/SCALE.md explains the floors):
# a generated clustered corpus of N documents x D dimensions with Q queries (BEIR + .npy), then,
# REPEATS times:
#   import beir; import vectors (.npy)            vs  dd sequential write of the same bytes (fdatasync)
#   run load (1 query, project not in the cache)  vs  dd sequential read of those bytes (not cached,
#                                                     read for the first time since written, as the project)
#   run of Q queries, gold judge, KL-Adam, --eval-every 100, and with the default curves
#                                                 vs  numpy + OpenBLAS scoring the Q queries twice
#                                                     (before and after: X @ Q.T, two products)
# and prints medians, peak RSS (GNU time) and the ratios the floors name. With a float16-capable
# tare-cli the same runs follow over the vectors imported as float16.
#
#   bench/scale.sh N D Q [BUILD_DIR]        e.g. bench/scale.sh 1000000 1024 100
#
# Environment: REPEATS (default 3), SCALE_DIR (work folder, default a new one under $TMPDIR or
# /tmp; it needs about 5 x N x D x 4 bytes; a kept one's corpus is reused), SCALE_KEEP=1 keeps it, SCALE_WRAP (a command prefix
# for every timed step, e.g. a lock that keeps other heavy work off the machine meanwhile),
# SCALE_THREADS (tare-cli --threads, default: one per core). Needs python3-numpy, OpenBLAS and
# GNU time: scripts/install-deps.sh --bench.
set -euo pipefail
n="${1:-1000000}"
d="${2:-1024}"
q="${3:-100}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${4:-$root/build/release}"
repeats="${REPEATS:-3}"
cli="$build/cli/tare-cli"
py=/usr/bin/python3 # Debian's, where python3-numpy lives
read -r -a wrap <<<"${SCALE_WRAP:-}"
threads=()
[ -n "${SCALE_THREADS:-}" ] && threads=(--threads "$SCALE_THREADS")

[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 1; }
"$py" -c 'import numpy' 2>/dev/null && [ -x /usr/bin/time ] \
    || { echo "needs python3-numpy, OpenBLAS and GNU time: scripts/install-deps.sh --bench" >&2; exit 1; }
work="${SCALE_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/tare-scale.XXXXXX")}"
mkdir -p "$work"
[ "${SCALE_KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
results="$work/results.txt"
: >"$results"
bytes=$((n * d * 4))
half=0
"$cli" import --help 2>&1 | grep -q -- '--float16' && half=1

# Drops a file's pages from the page cache (after writing its dirty pages), so the next read
# comes from the disk: what opening a project after a reboot costs.
drop_cache() {
    for f in "$@"; do
        [ -e "$f" ] || continue
        sync "$f"
        dd if="$f" iflag=nocache count=0 status=none
    done
}

# timed LABEL COMMAND...: runs the command (behind SCALE_WRAP) under GNU time; records wall seconds
# and peak RSS (kB) as "LABEL SECONDS RSS" in results.txt.
timed() {
    local label="$1"
    shift
    "${wrap[@]}" /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" || {
        echo "$label failed:" >&2
        cat "$work/err.txt" >&2
        exit 1
    }
    read -r secs rss <"$work/time.txt"
    echo "$label $secs $rss" >>"$results"
    printf '  %-22s %8.2f s  peak RSS %6d MB\n' "$label" "$secs" "$((rss / 1024))"
}

gen=(--)
[ "$half" = 1 ] && gen=(--float16)
# A kept SCALE_DIR that holds this corpus already (SCALE_KEEP=1 of an earlier run) is reused:
# generating a million rows takes minutes and the corpus is the same for the same arguments.
stamp="$work/data/corpus.args"
if [ "$(cat "$stamp" 2>/dev/null)" = "$n $d $q ${gen[*]}" ]; then
    echo "reusing the $n x $d corpus with $q queries in $work/data"
else
    echo "generating $n x $d, $q queries in $work"
    "${wrap[@]}" "$py" "$root/bench/scale_corpus.py" "$work/data" "$n" "$d" "$q" "${gen[@]}"
    echo "$n $d $q ${gen[*]}" >"$stamp"
fi
project="$work/p.tare"
run_args=(--space v --judge gold --refiner kl-adam --quiet "${threads[@]}")
blocks=$(((bytes + 16777215) / 16777216))

for r in $(seq 1 "$repeats"); do
    echo "repeat $r of $repeats"
    rm -f "$project" "$project-wal" "$project-shm"
    timed import_beir "$cli" import beir "$work/data" --project "$project" --name s --quiet
    timed import_vectors "$cli" import vectors "$work/data/docs.npy" --ids "$work/data/docs.ids.txt" --project "$project" \
        --dataset s --space v --quiet
    "$cli" import vectors "$work/data/queries.npy" --ids "$work/data/queries.ids.txt" --project "$project" \
        --dataset s --space v --queries --update --quiet >/dev/null
    # The disk's references write and read the vectors' own bytes, not zeros: this machine's
    # virtual disk reads back a file of zeros about four times faster than data (2 GB: 0.84 s
    # against 3.61 s for the first read of a file of text just written). Like the project at
    # run_load, dd.bin is read for the first time since it was written; the host caches what was
    # read once (a second read of the text file: 0.83 s), so neither is read before it is timed.
    cat "$work/data/docs.npy" >/dev/null # the source in the page cache: dd_write times the writing
    timed dd_write dd if="$work/data/docs.npy" of="$work/dd.bin" bs=16M count="$blocks" iflag=fullblock conv=fdatasync status=none
    drop_cache "$work/dd.bin"
    timed dd_read dd if="$work/dd.bin" of=/dev/null bs=16M status=none
    rm -f "$work/dd.bin"

    drop_cache "$project" "$project-wal"
    timed run_load "$cli" run "$project" "${run_args[@]}" --queries q0 --eval-every 100
    timed run_eval100 "$cli" run "$project" "${run_args[@]}" --eval-every 100 --json
    cp "$work/out.txt" "$work/run_eval100.json"
    timed run_curves "$cli" run "$project" "${run_args[@]}" --json
    drop_cache "$work/data/docs.npy"
    timed numpy "$py" "$root/bench/scale_numpy.py" "$work/data/docs.npy" "$work/data/queries.npy"
    sed -n 's/.*load_s=\([0-9.]*\) score_twice_s=\([0-9.]*\).*/numpy_load \1 0\nnumpy_score_twice \2 0/p' "$work/out.txt" >>"$results"
    cat "$work/out.txt"

    if [ "$half" = 1 ]; then
        timed import_vectors_f16 "$cli" import vectors "$work/data/docs.f16.npy" --ids "$work/data/docs.ids.txt" \
            --project "$project" --dataset s --space h --float16 --quiet
        "$cli" import vectors "$work/data/queries.npy" --ids "$work/data/queries.ids.txt" --project "$project" \
            --dataset s --space h --queries --update --quiet >/dev/null
        timed run_eval100_f16 "$cli" run "$project" --space h --judge gold --refiner kl-adam --quiet "${threads[@]}" \
            --eval-every 100 --json
        cp "$work/out.txt" "$work/run_eval100_f16.json"
    fi
done

"$py" - "$results" "$bytes" "$n" "$d" "$q" "$repeats" "$work" <<'PY'
import json, os, statistics, sys
path, size, n, d, q, repeats, work = sys.argv[1], int(sys.argv[2]), *map(int, sys.argv[3:7]), sys.argv[7]
rows = {}
for line in open(path):
    label, secs, rss = line.split()
    rows.setdefault(label, []).append((float(secs), int(rss) * 1024))
med = lambda label: statistics.median(s for s, _ in rows[label])
rss = lambda label: max(r for _, r in rows[label])
mb = lambda secs: size / secs / 1e6
print(f"\n{n} x {d} float32 ({size / 1e9:.2f} GB), {q} queries, medians of {repeats} repeat(s):")
for label in rows:
    peak = f", peak RSS {rss(label) / 2**20:.0f} MB" if rss(label) else ""
    print(f"  {label:22s} {med(label):8.2f} s{peak}")
def summary(name):
    p = os.path.join(work, name)
    try:
        s = json.load(open(p))["summary"]
        return f"MAP {s['map_before']:.4f} -> {s['map_after']:.4f}"
    except Exception:
        return "MAP ?"
print(f"  run --eval-every 100: {summary('run_eval100.json')}")
def floor(text, value, limit, at_most):
    ok = value <= limit if at_most else value >= limit
    print(f"  {text:64s} {value:6.2f}  (floor {'<=' if at_most else '>='} {limit}: {'met' if ok else 'NOT met'})")
print("floors:")
floor(f"run {q} queries --eval-every 100 / numpy scoring them twice ({med('numpy_score_twice'):.2f} s)",
      med("run_eval100") / med("numpy_score_twice"), 3, True)
floor("run with default curves / run --eval-every 100", med("run_curves") / med("run_eval100"), 2, True)
floor(f"import vectors {mb(med('import_vectors')):.0f} MB/s / dd write {mb(med('dd_write')):.0f} MB/s",
      med("dd_write") / med("import_vectors"), 0.5, False)
floor(f"run load {mb(med('run_load')):.0f} MB/s / dd read {mb(med('dd_read')):.0f} MB/s (numpy np.load {mb(med('numpy_load')):.0f} MB/s)",
      med("dd_read") / med("run_load"), 0.5, False)
floor("peak RSS of the runs / the space's bytes", max(rss("run_eval100"), rss("run_curves")) / size, 1.25, True)
if "run_eval100_f16" in rows:
    print(f"  float16 run --eval-every 100: {summary('run_eval100_f16.json')}")
    floor("float16: peak RSS of the run / the float32 space's bytes", rss("run_eval100_f16") / size, 0.625, True)
    floor("float16: run --eval-every 100 / numpy scoring twice", med("run_eval100_f16") / med("numpy_score_twice"), 3, True)
PY
