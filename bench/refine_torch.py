#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Tare authors
# SPDX-License-Identifier: MIT
"""The paper's refinement loop in PyTorch, timed like bench_refine.cpp: n = 20 judged documents,
100 steps, float32, one intra-op thread, random inputs; median of 9 runs after 3 warm-ups.

Run with Debian's /usr/bin/python3 (python3-torch). Exits with status 2 when torch is missing.
"""
import statistics
import sys
import time

try:
    import torch
    import torch.nn.functional as F
except ImportError:
    print("refine_torch.py: torch is not available to this Python; nothing measured", file=sys.stderr)
    sys.exit(2)


def refine(query, docs, scores, lr=1e-4, steps=100, refit=False):
    if refit:
        scores = (scores - scores.min()) / (scores.max() - scores.min() + 1e-8)
        scores = scores / 2
    target = F.softmax(scores, dim=0)
    q = query.clone().requires_grad_(True)
    optimizer = torch.optim.Adam([q], lr=lr)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        cos = F.cosine_similarity(docs, q.unsqueeze(0), dim=1)
        if refit:
            cos = (cos - cos.min()) / (cos.max() - cos.min() + 1e-8)
        model = F.softmax(cos, dim=0)
        loss = (target * torch.log((target + 1e-8) / (model + 1e-8))).sum()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return q.detach(), losses


def median_ms(n, d, refit, warmups=3, runs=9):
    generator = torch.Generator().manual_seed(20260101)
    query = torch.randn(d, generator=generator)
    docs = torch.randn(n, d, generator=generator)
    scores = torch.rand(n, generator=generator)
    lr = 0.005 if refit else 1e-4
    for _ in range(warmups):
        refine(query, docs, scores, lr=lr, refit=refit)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        refine(query, docs, scores, lr=lr, refit=refit)
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


def main():
    torch.set_num_threads(1)
    for d in (384, 1024, 4096):
        plain = median_ms(20, d, False)
        refit = median_ms(20, d, True)
        print(f"torch {torch.__version__} KL-Adam n=20 d={d} steps=100: median {plain:.3f} ms "
              f"({plain * 10:.1f} us/step); ReFIT {refit:.3f} ms")


if __name__ == "__main__":
    main()
