#!/usr/bin/env bash
# Fuzzes Tare's importers and response parsers with libFuzzer (clang, ASan + UBSan):
#   scripts/fuzz.sh TARGET SECONDS     one target, e.g. scripts/fuzz.sh npy 600
#   scripts/fuzz.sh all SECONDS        every target in turn, SECONDS each
#   scripts/fuzz.sh list               the target names
# Builds the fuzz tree ($TARE_FUZZ_BUILD_DIR, default build/fuzz) when needed. Seeds are made
# at run time from sample_data/ and small excerpts written here; what a run learns is kept in
# build/fuzz/corpus/TARGET, so longer runs build on shorter ones. A crash, leak, UB report or
# timeout stops the target, keeps the reproducer in build/fuzz/artifacts/ and makes this script
# exit non-zero (after the other targets of "all" have run). Reproduce with
#   build/fuzz/tests/fuzz/fuzz_TARGET build/fuzz/artifacts/TARGET-crash-...
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TARE_FUZZ_BUILD_DIR:-$root/build/fuzz}"
targets=(beir_corpus beir_queries classification_csv classification_tsv trec_qrels npy vectors_jsonl
         chat_completion embeddings rerank_tei rerank_cohere external_id http_text)

usage() {
    echo "usage: $0 TARGET|all SECONDS   (targets: ${targets[*]})" >&2
    exit 1
}
[ "${1:-}" = list ] && { printf '%s\n' "${targets[@]}"; exit 0; }
[ $# -eq 2 ] || usage
[[ "$2" =~ ^[0-9]+$ ]] || usage
seconds="$2"
if [ "$1" = all ]; then
    selected=("${targets[@]}")
else
    [[ " ${targets[*]} " == *" $1 "* ]] || usage
    selected=("$1")
fi

"$root/scripts/install-deps.sh" --fuzz
if [ ! -f "$build/CMakeCache.txt" ]; then
    # Only the core domains the importers and parsers live in (and what they use): a shorter
    # instrumented build.
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DTARE_FUZZ=ON -DTARE_SANITIZER=address -DTARE_BUILD_GUI=OFF -DTARE_BUILD_TESTS=OFF \
        -DTARE_BUILD_BENCH=OFF "-DTARE_CORE_ONLY=util;db;io;net;embed;metrics;refine" >/dev/null
fi
cmake --build "$build" -j "${TARE_FUZZ_BUILD_JOBS:-$(nproc)}" --target "${selected[@]/#/fuzz_}"

# Seeds: real files from sample_data/ and small excerpts covering each format's corners.
seeds="$build/seeds"
rm -rf "$seeds"
write_seed() { # TARGET NAME CONTENT (printf format: \n, \t, \x.. escapes)
    mkdir -p "$seeds/$1"
    printf "$3" >"$seeds/$1/$2"
}
for dataset in "$root"/sample_data/*/; do
    name="$(basename "$dataset")"
    mkdir -p "$seeds/beir_corpus" "$seeds/beir_queries" "$seeds/trec_qrels"
    cp "$dataset/corpus.jsonl" "$seeds/beir_corpus/$name"
    head -n 5 "$dataset/corpus.jsonl" >"$seeds/beir_corpus/$name-head"
    cp "$dataset/queries.jsonl" "$seeds/beir_queries/$name"
    head -n 3 "$dataset/queries.jsonl" >"$seeds/beir_queries/$name-head"
    # BEIR qrels TSV (header) as TREC qrels: qid 0 docid grade.
    awk -F'\t' 'NR > 1 {print $1, 0, $2, $3}' "$dataset/qrels/test.tsv" >"$seeds/trec_qrels/$name"
    awk -F'\t' 'NR > 1 && NR <= 5 {printf "%s\tQ0\t%s\t%s\r\n", $1, $2, $3}' \
        "$dataset/qrels/test.tsv" >"$seeds/trec_qrels/$name-head-crlf"
done
write_seed beir_corpus edge '{"_id": 17, "title": "T\\u00e9", "text": "x"}\n{"_id": "d2", "text": "\\ud83d\\ude00", "metadata": {}}\r\n\n'
write_seed beir_queries edge '{"_id": "q1", "text": "a", "instruction": "i"}\n{"_id": 2, "text": ""}\n'
# Classification tables: the first column of the nuance corpus' texts with made-up labels.
mkdir -p "$seeds/classification_csv" "$seeds/classification_tsv"
{
    echo 'text,label'
    grep -o '"text": "[^"]*"' "$root/sample_data/nuance/corpus.jsonl" | cut -d'"' -f4 | awk 'NR <= 40' |
        awk '{gsub(/"/, "\"\""); printf "\"%s\",label%d\n", $0, NR % 5}'
} >"$seeds/classification_csv/nuance"
{
    printf 'id\ttext\tlabel\n'
    grep -o '"text": "[^"]*"' "$root/sample_data/teaching/corpus.jsonl" | cut -d'"' -f4 | awk 'NR <= 20' |
        awk '{printf "t%d\t%s\tlabel%d\n", NR, $0, NR % 3}'
} >"$seeds/classification_tsv/teaching"
write_seed classification_csv quoting 'text,label\r\n"a, ""quoted""\r\nline",x\r\nplain,y\r\nb"c,x\r\n\r\n'
write_seed classification_tsv quoting 'text\tlabel\n"tab\tinside"\tx\nplain\ty\n'
# .npy: 8 rows (the fuzz target's id list) x 4 float32 / float16, version 1.0 and 2.0 headers.
npy_seed() { # NAME MAJOR DESCR BYTES_PER_VALUE
    local header="{'descr': '$3', 'fortran_order': False, 'shape': (8, 4), }"
    local lengthBytes=$(( $2 == 1 ? 2 : 4 ))
    local total=$(( 8 + lengthBytes + ${#header} + 1 ))
    local pad=$(( (64 - total % 64) % 64 ))
    local length=$(( ${#header} + pad + 1 ))
    mkdir -p "$seeds/npy"
    {
        printf '\x93NUMPY'
        printf "\\x0$2\\x00"
        printf "$(printf '\\x%02x\\x%02x' $((length % 256)) $((length / 256)))"
        [ "$2" = 1 ] || printf '\x00\x00'
        printf '%s%*s\n' "$header" "$pad" ''
        for _ in $(seq 32); do
            if [ "$4" = 4 ]; then printf '\x00\x00\x80\x3f'; else printf '\x00\x3c'; fi
        done
    } >"$seeds/npy/$1"
}
npy_seed f4-v1 1 '<f4' 4
npy_seed f2-v1 1 '<f2' 2
npy_seed f4-v2 2 '<f4' 4
write_seed vectors_jsonl nuance '{"_id": "d0001", "embedding": [0.1, -0.2, 0.3]}\n{"_id": "d0002", "embedding": [1e-3, 2, 0]}\n'
write_seed vectors_jsonl edge '{"_id": "d0003", "embedding": []}\n{"_id": "nope", "embedding": [1]}\n{"embedding": "x"}\n'
# Responses in the shapes providers send (OpenAI, vLLM, Ollama, llama.cpp, TEI, Cohere, Jina).
write_seed chat_completion logprobs '{"id":"c","object":"chat.completion","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Yes."},"logprobs":{"content":[{"token":"Yes","logprob":-0.1,"bytes":null,"top_logprobs":[{"token":"Yes","logprob":-0.1},{"token":" no","logprob":-2.5},{"token":"\\u0120yes","logprob":-4}]},{"token":".","logprob":-0.3,"top_logprobs":[{"token":".","logprob":-0.3}]}]}}]}'
write_seed chat_completion no-logprobs '{"choices":[{"message":{"content":"No, it is not."},"finish_reason":"stop","logprobs":null}]}'
write_seed chat_completion thinking '{"choices":[{"message":{"content":[{"type":"text","text":"<think>hmm</think>Rating: 85/100"}]},"finish_reason":"length"}]}'
write_seed chat_completion legacy '{"choices":[{"message":{"content":"yes"},"logprobs":{"top_logprobs":[{"yes":-0.2,"no":-1.7}]}}]}'
write_seed chat_completion error '{"error":{"message":"Rate limit","type":"rate_limit_exceeded","code":null}}'
write_seed embeddings floats '{"object":"list","data":[{"object":"embedding","index":1,"embedding":[0.5,-0.25]},{"object":"embedding","index":0,"embedding":[1,0]}],"model":"m"}'
write_seed embeddings base64 '{"data":[{"index":0,"embedding":"AACAPwAAAEA="}]}'
write_seed rerank_tei list '[{"index":1,"score":0.91},{"index":0,"score":0.02},{"index":2,"score":-3.5}]'
write_seed rerank_tei error '{"error":"Input validation error","error_type":"Validation"}'
write_seed rerank_cohere results '{"id":"r","results":[{"index":0,"relevance_score":0.7},{"index":1,"relevance_score":0.1,"document":{"text":"x"}}],"meta":{}}'
write_seed chat_completion huge-logprob '{"choices":[{"message":{"content":"Yes"},"logprobs":{"content":[{"token":"Yes","logprob":1e308,"top_logprobs":[{"token":"Yes","logprob":1e308},{"token":"No","logprob":-1}]}]}}]}'
write_seed embeddings beyond-float '{"data":[{"index":0,"embedding":[1e39,0.5]}]}'
write_seed external_id plain 'doc-0001'
write_seed external_id hostile 'd 1\x1b[31m\xe2\x80\xae\xef\xbb\xbf\xc2\xa0x'
write_seed external_id label 'card  arrival\tnow'
write_seed http_text echo '\x10sk-echo-canary-1234{"error":{"message":"bad key sk-echo-canary-1234"}}'
write_seed http_text url '\x08abcdefghhttps://host:8443/v1?api-version=2&api-key=zzz'
write_seed rerank_cohere jina '{"model":"jina-reranker","usage":{"total_tokens":5},"results":[{"index":0,"relevance_score":0.3}]}'

json_targets=" beir_corpus beir_queries vectors_jsonl chat_completion embeddings rerank_tei rerank_cohere http_text "
artifacts="$build/artifacts"
mkdir -p "$artifacts"
failed=()
for target in "${selected[@]}"; do
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    options=(-max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
             -artifact_prefix="$artifacts/$target-")
    [[ "$json_targets" == *" $target "* ]] && options+=(-dict="$root/tests/fuzz/json.dict")
    echo "== fuzz $target for ${seconds} s" >&2
    log="$build/fuzz-$target.log"
    if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/tests/fuzz/fuzz_$target" "${options[@]}" "$corpus" "$seeds/$target" >"$log" 2>&1; then
        grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ *DONE' "$log" | tr '\n' ' ' >&2
        echo >&2
    else
        tail -n 60 "$log" >&2
        echo "fuzz $target FAILED: reproducer in $artifacts/ (log $log)" >&2
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]}" >&2
    exit 1
fi
