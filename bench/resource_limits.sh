#!/usr/bin/env bash
# Resource limits (issue #7): inputs at the edges of what Tare promises, each timed 3 times
# (median wall time, largest peak RSS from /usr/bin/time -v):
#   - a 1 MB single-line document among ordinary ones: import, LSA embedding, a gold run
#   - 100,000 qrels lines for one query (100,000 labelled documents): import, embedding, a run
#     ranking all of them (judged pool)
#   - vectors of dimension 8,192: .npy and JSON-lines import, a run in that space
#   - import of N/8, N/4, N/2, N generated documents through bench/import_scale.sh, to show
#     the time growing linearly (the ratio per doubling stays near 2)
#   bench/resource_limits.sh [MAX_N] [BUILD_DIR]     (MAX_N default 1000000; 100000 for a quick look)
set -euo pipefail
max_n="${1:-1000000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${2:-$root/build/release}"
cli="$build/cli/tare-cli"
[ -x "$cli" ] || { echo "no $cli: build first (scripts/build.sh)" >&2; exit 1; }
dpkg -s time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# measure LABEL SETUP COMMAND...: runs SETUP (untimed, e.g. a fresh copy of a project), then
# COMMAND, three times; prints the median wall time and the largest peak RSS.
measure() {
    local label="$1" setup="$2"
    shift 2
    local times=() rss_max=0
    for _ in 1 2 3; do
        eval "$setup"
        /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" ||
            { cat "$work/err.txt" >&2; echo "$label: FAILED" >&2; exit 1; }
        times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }' "$work/time.txt")")
        local rss
        rss=$(awk '/Maximum resident set size/ { print $NF }' "$work/time.txt")
        [ "$rss" -gt "$rss_max" ] && rss_max="$rss"
    done
    printf '%-58s median %7.2f s   peak RSS %6d MB\n' "$label" \
        "$(printf '%s\n' "${times[@]}" | sort -g | sed -n 2p)" "$((rss_max / 1024))"
}

python3 - "$work" <<'PY'
import json, os, random, struct, sys
work = sys.argv[1]
rng = random.Random(7)
words = ("refund card transfer account payment pending declined balance statement limit exchange rate "
         "travel abroad fee cash machine pin blocked verify identity top up salary").split()
words += [f"term{i}" for i in range(20000)]  # a vocabulary of realistic size for LSA
def sentence(n): return " ".join(rng.choice(words) for _ in range(n))
def beir(folder, documents, queries, qrels):
    os.makedirs(folder + "/qrels", exist_ok=True)
    with open(folder + "/corpus.jsonl", "w") as f:
        for i, text in documents:
            f.write(json.dumps({"_id": i, "title": "", "text": text}) + "\n")
    with open(folder + "/queries.jsonl", "w") as f:
        for i, text in queries:
            f.write(json.dumps({"_id": i, "text": text}) + "\n")
    with open(folder + "/qrels/test.tsv", "w") as f:
        f.write("query-id\tcorpus-id\tscore\n")
        for q, d, g in qrels:
            f.write(f"{q}\t{d}\t{g}\n")

# 1 MB single-line document (words, so the tokenizer and LSA see real terms) among 2,000 others.
big = (sentence(200000))[:1 << 20]
docs = [("big", big)] + [(f"d{i}", sentence(30)) for i in range(2000)]
queries = [(f"q{q}", sentence(4)) for q in range(20)]
beir(work + "/onemb", docs, queries, [(f"q{q}", "big" if q % 2 else f"d{q}", 1) for q in range(20)])

# One query, 100,000 labelled documents (qrels of 100,000 lines).
docs = [(f"d{i}", sentence(20)) for i in range(100000)]
beir(work + "/qrels100k", docs, [("q0", "refund for a card payment")],
     [("q0", f"d{i}", 1 if i % 50 == 0 else 0) for i in range(100000)])

# Dimension 8,192: 1,000 documents and 20 queries as .npy (float32) and as JSON lines.
dim, n = 8192, 1000
docs = [(f"d{i}", sentence(10)) for i in range(n)]
queries = [(f"q{q}", sentence(4)) for q in range(20)]
beir(work + "/dim8192", docs, queries, [(f"q{q}", f"d{q * 7 + k}", 1) for q in range(20) for k in range(5)])
def npy(path, rows):
    header = "{'descr': '<f4', 'fortran_order': False, 'shape': (%d, %d), }" % (len(rows), dim)
    header += " " * ((64 - (10 + len(header) + 1) % 64) % 64) + "\n"
    with open(path, "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode())
        for row in rows:
            f.write(struct.pack("<%df" % dim, *row))
vectors = [[rng.gauss(0, 1) for _ in range(dim)] for _ in range(n)]
query_vectors = [[rng.gauss(0, 1) for _ in range(dim)] for _ in range(20)]
npy(work + "/docs8192.npy", vectors)
npy(work + "/queries8192.npy", query_vectors)
with open(work + "/docs8192.ids", "w") as f:
    f.write("".join(f"d{i}\n" for i in range(n)))
with open(work + "/queries8192.ids", "w") as f:
    f.write("".join(f"q{q}\n" for q in range(20)))
with open(work + "/docs8192.jsonl", "w") as f:
    for i, row in enumerate(vectors):
        f.write(json.dumps({"_id": f"d{i}", "embedding": [round(v, 6) for v in row]}) + "\n")
PY
echo "inputs: $(du -sh "$work" | cut -f1) in $work"

fresh() { rm -f "$work/p.tare" "$work/p.tare-wal" "$work/p.tare-shm"; }
copy_of() { fresh; cp "$1" "$work/p.tare"; }

echo "== a 1 MB single-line document"
measure "import beir (2,001 documents, one of 1 MB)" fresh \
    "$cli" import beir "$work/onemb" --project "$work/p.tare" --quiet
cp "$work/p.tare" "$work/onemb.tare"
measure "embed lsa --dim 128" "copy_of $work/onemb.tare" "$cli" embed "$work/p.tare" --space lsa --dim 128 --quiet
"$cli" embed "$work/onemb.tare" --space lsa --dim 128 --quiet >/dev/null
measure "run gold kl-adam (20 queries)" "copy_of $work/onemb.tare" \
    "$cli" run "$work/p.tare" --space lsa --judge gold --refiner kl-adam --quiet

echo "== 100,000 qrels lines for one query"
measure "import beir (100,000 documents, 100,000 labels of q0)" fresh \
    "$cli" import beir "$work/qrels100k" --project "$work/p.tare" --pool judged --quiet
cp "$work/p.tare" "$work/qrels100k.tare"
awk -F'\t' 'NR > 1 { print $1, 0, $2, $3 }' "$work/qrels100k/qrels/test.tsv" >"$work/q0.trec"
measure "import qrels (100,000 TREC lines for q0; labels emptied first)" \
    "copy_of $work/qrels100k.tare; sqlite3 $work/p.tare 'DELETE FROM labels'" \
    "$cli" import qrels "$work/q0.trec" --project "$work/p.tare" --dataset qrels100k --quiet
"$cli" embed "$work/qrels100k.tare" --space lsa --dim 128 --quiet >/dev/null
measure "run gold kl-adam over 100,000 judged-pool candidates" "copy_of $work/qrels100k.tare" \
    "$cli" run "$work/p.tare" --space lsa --judge gold --refiner kl-adam --quiet

echo "== vectors of dimension 8,192"
"$cli" import beir "$work/dim8192" --project "$work/dim8192.tare" --quiet >/dev/null
measure "import vectors .npy (1,000 x 8,192 float32, 32 MB)" "copy_of $work/dim8192.tare" \
    "$cli" import vectors "$work/docs8192.npy" --ids "$work/docs8192.ids" --project "$work/p.tare" --dataset dim8192 --quiet
measure "import vectors .jsonl (1,000 x 8,192)" "copy_of $work/dim8192.tare" \
    "$cli" import vectors "$work/docs8192.jsonl" --project "$work/p.tare" --dataset dim8192 --quiet
"$cli" import vectors "$work/docs8192.npy" --ids "$work/docs8192.ids" --project "$work/dim8192.tare" --dataset dim8192 --quiet >/dev/null
"$cli" import vectors "$work/queries8192.npy" --ids "$work/queries8192.ids" --queries --project "$work/dim8192.tare" \
    --dataset dim8192 --quiet >/dev/null
measure "run gold kl-adam in the 8,192-dimensional space" "copy_of $work/dim8192.tare" \
    "$cli" run "$work/p.tare" --space imported --judge gold --refiner kl-adam --quiet

echo "== import scale (bench/import_scale.sh: median of 3 runs, peak RSS per run)"
previous=""
for n in $((max_n / 8)) $((max_n / 4)) $((max_n / 2)) "$max_n"; do
    "$root/bench/import_scale.sh" "$n" "$build" >"$work/scale.txt"
    median=$(sed -n 's/^median tare-cli: \([0-9.]*\) s.*/\1/p' "$work/scale.txt")
    rss=$(sed -n 's/.*peak RSS \([0-9]*\) MB/\1/p' "$work/scale.txt" | sort -n | tail -n 1)
    ratio=""
    [ -n "$previous" ] && ratio=$(echo "scale=2; $median / $previous" | bc -l)
    printf 'N = %8d documents: median %7.2f s  (%6.0f documents/s)  peak RSS %5d MB  %s\n' "$n" "$median" \
        "$(echo "$n / $median" | bc -l)" "$rss" "${ratio:+time ratio to N/2: $ratio}"
    previous="$median"
done
