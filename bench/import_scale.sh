#!/usr/bin/env bash
# Import at scale: a generated BEIR corpus of N documents (~200-byte texts) imported by
# tare-cli (median of 3 runs, peak RSS from /usr/bin/time -v), compared with sqlite3's own
# .import of the same rows as TSV into a comparable table (text columns, unique id index).
#   bench/import_scale.sh [N] [BUILD_DIR]
set -euo pipefail
n="${1:-1000000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${2:-$root/build/release}"
dpkg -s time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work/corpus" "$n" <<'PY'
import json, os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out + "/qrels", exist_ok=True)
rng = random.Random(7)
words = ("refund card transfer account payment pending declined balance statement limit exchange rate "
         "travel abroad fee cash machine pin blocked verify identity top up salary").split()
with open(out + "/corpus.jsonl", "w") as f, open(out + "/rows.tsv", "w") as t:
    for i in range(n):
        text = " ".join(rng.choice(words) for _ in range(28))[:200]
        f.write(json.dumps({"_id": f"doc{i}", "title": "", "text": text}) + "\n")
        t.write(f"doc{i}\t\t{text}\n")
with open(out + "/queries.jsonl", "w") as f:
    for q in range(100):
        f.write(json.dumps({"_id": f"q{q}", "text": " ".join(rng.choice(words) for _ in range(4))}) + "\n")
with open(out + "/qrels/test.tsv", "w") as f:
    f.write("query-id\tcorpus-id\tscore\n")
    for q in range(100):
        for d in rng.sample(range(n), 10):
            f.write(f"q{q}\tdoc{d}\t1\n")
PY
bytes=$(stat -c %s "$work/corpus/corpus.jsonl")
echo "generated $n documents, corpus.jsonl $((bytes / 1000000)) MB"

tare_times=()
for run in 1 2 3; do
    rm -f "$work/p.tare" "$work/p.tare-wal" "$work/p.tare-shm"
    /usr/bin/time -v -o "$work/time.txt" taskset -c 0 "$build/cli/tare-cli" import beir "$work/corpus" --project "$work/p.tare" --quiet >/dev/null
    secs=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
    echo "tare-cli run $run: ${secs} s, peak RSS $((rss / 1024)) MB"
    tare_times+=("$secs")
done
tare_median=$(printf '%s\n' "${tare_times[@]}" | sort -g | sed -n 2p)

sqlite_times=()
for run in 1 2 3; do
    rm -f "$work/s.db"
    start=$(date +%s.%N)
    taskset -c 0 sqlite3 "$work/s.db" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE documents(ext_id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, text TEXT NOT NULL);
.mode tabs
.import $work/corpus/rows.tsv documents
SQL
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc -l)
    echo "sqlite3 .import run $run: ${secs} s"
    sqlite_times+=("$secs")
done
sqlite_median=$(printf '%s\n' "${sqlite_times[@]}" | sort -g | sed -n 2p)
echo "median tare-cli: $tare_median s ($(echo "$n / $tare_median" | bc) documents/s); median sqlite3: $sqlite_median s; ratio tare/sqlite3: $(echo "scale=2; $tare_median / $sqlite_median" | bc -l)"
