#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Tare authors
# SPDX-License-Identifier: MIT
"""The reference bench/scale.sh measures Tare against: numpy with OpenBLAS loads the document
vectors and scores every query twice, "before" (the query vectors) and "after" (the same vectors
moved a little, as refinement moves them), each a single matrix product X @ Q.T.

    scale_numpy.py DOCS.npy QUERIES.npy

Prints one line: load_s=<seconds to np.load the documents> score_twice_s=<both products>."""
import sys
import time

import numpy as np


def main():
    start = time.perf_counter()
    docs = np.load(sys.argv[1])
    load = time.perf_counter() - start
    queries = np.load(sys.argv[2]).astype(np.float32)
    moved = queries + np.float32(0.01) * np.random.default_rng(1).standard_normal(queries.shape, dtype=np.float32)
    start = time.perf_counter()
    before = docs @ queries.T
    after = docs @ moved.T
    score = time.perf_counter() - start
    assert before.shape == after.shape == (docs.shape[0], queries.shape[0])
    print(f"load_s={load:.3f} score_twice_s={score:.3f}")


if __name__ == "__main__":
    main()
