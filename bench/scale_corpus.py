#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Tare authors
# SPDX-License-Identifier: MIT
"""Writes a clustered retrieval corpus for bench/scale.sh: BEIR files (corpus.jsonl, queries.jsonl,
qrels/test.tsv) and the vectors as .npy with id lists.

    scale_corpus.py OUT N D Q [--float16]

Documents belong to clusters of R documents (R = 2,000 at N = 1,000,000 and Q = 100); clusters
sit in groups that share a centre, so every query has close non-relevant neighbours. Query j is a
noisy copy of cluster j's centre and its relevant documents are that cluster's. Vectors are
written in blocks (memory stays far below N x D x 4 bytes). Seeded: the same arguments give the
same files. --float16 also writes docs.f16.npy (the same vectors in half precision)."""
import json
import os
import sys

import numpy as np


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    half = "--float16" in sys.argv[1:]
    out, n, d, q = args[0], int(args[1]), int(args[2]), int(args[3])
    per_query = max(10, min(2000, n // (5 * q)))
    clusters = n // per_query
    if clusters < q:
        sys.exit(f"{n} documents are too few for {q} queries")
    groups = max(2, clusters // 10)
    rng = np.random.default_rng(7)
    scale = 1.0 / np.sqrt(d)
    group_centres = rng.standard_normal((groups, d), dtype=np.float32) * scale
    centres = group_centres[np.arange(clusters) % groups] + 0.55 * scale * rng.standard_normal((clusters, d), dtype=np.float32)

    os.makedirs(os.path.join(out, "qrels"), exist_ok=True)
    docs = np.lib.format.open_memmap(os.path.join(out, "docs.npy"), mode="w+", dtype=np.float32, shape=(n, d))
    docs16 = None
    if half:
        docs16 = np.lib.format.open_memmap(os.path.join(out, "docs.f16.npy"), mode="w+", dtype=np.float16, shape=(n, d))
    block = 65536
    with open(os.path.join(out, "corpus.jsonl"), "w") as corpus, open(os.path.join(out, "docs.ids.txt"), "w") as ids:
        for first in range(0, n, block):
            last = min(n, first + block)
            rows = np.arange(first, last)
            cluster = rows % clusters
            noise = rng.standard_normal((last - first, d), dtype=np.float32)
            vectors = centres[cluster] + 0.85 * scale * noise
            docs[first:last] = vectors
            if docs16 is not None:
                docs16[first:last] = vectors.astype(np.float16)
            corpus.write("".join(
                json.dumps({"_id": f"d{i}", "title": "", "text": f"document {i} of cluster {c}"}) + "\n"
                for i, c in zip(rows.tolist(), cluster.tolist())))
            ids.write("".join(f"d{i}\n" for i in rows.tolist()))
    docs.flush()
    del docs
    if docs16 is not None:
        docs16.flush()
        del docs16

    queries = centres[:q] + 0.9 * scale * rng.standard_normal((q, d), dtype=np.float32)
    np.save(os.path.join(out, "queries.npy"), queries.astype(np.float32))
    with open(os.path.join(out, "queries.jsonl"), "w") as f, open(os.path.join(out, "queries.ids.txt"), "w") as ids:
        for j in range(q):
            f.write(json.dumps({"_id": f"q{j}", "text": f"query for cluster {j}"}) + "\n")
            ids.write(f"q{j}\n")
    with open(os.path.join(out, "qrels", "test.tsv"), "w") as f:
        f.write("query-id\tcorpus-id\tscore\n")
        for j in range(q):
            f.write("".join(f"q{j}\td{i}\t1\n" for i in range(j, n, clusters)))
    print(f"{n} documents x {d} dimensions in {clusters} clusters of {per_query} ({groups} groups), {q} queries")


if __name__ == "__main__":
    main()
