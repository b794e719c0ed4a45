#!/usr/bin/python3
"""Learns the O*NET importer's block weights from O*NET's related occupations.

Offline and reproducible: the weights it prints are committed as constants in
default_onet_blocks() (engine/src/onet/blocks.cpp); `careerpath import onet`
never reads a truth file. Run with Debian's Python (it needs numpy):

  build/release/cli/careerpath import onet /work/shared/data/onet -o /tmp/onet.json \
      --ratings-version 29.3 --block-similarities /tmp/onet-blocks
  /usr/bin/python3 tools/train_onet_weights.py /tmp/onet-blocks \
      tests/data/onet-eval/related-occupations-dev.tsv

Model: pairwise logistic regression. For each source occupation of the truth
file, every related occupation (weighted by its gain: 3 for Index 1-5, 2 for
6-10, 1 for 11-20) is paired with unrelated ones: the 60 unrelated
occupations ranked highest by the equal-weight mix of the blocks (the hard
cases) and 40 drawn at random with a fixed seed. The probability that the
related one ranks above the other is sigmoid(w . (x_related - x_other)), where
x are the blocks' standardised similarities to the source; w >= 0 (a block
can only add evidence), with a small L2 penalty. Fitted by projected gradient
descent from equal weights, so the result depends on nothing but the inputs.

It prints each block alone, the cross-validated figures (5 folds by source
occupation, seeded), and the weights fitted on every source, with their
in-sample figures. Figures are precision@10 and nDCG@10 as careerpath eval
computes them on the similarity ranking (ties by role id).
"""

import argparse
import csv
import json
import os
import sys

import numpy as np

HARD_NEGATIVES = 60
RANDOM_NEGATIVES = 40
L2 = 1e-3
STEPS = 400
LEARNING_RATE = 0.5
K = 10


def gain(index):
    return 3.0 if index <= 5 else 2.0 if index <= 10 else 1.0


def load_blocks(folder):
    with open(os.path.join(folder, "blocks.json"), encoding="utf-8") as f:
        index = json.load(f)
    roles = index["roles"]
    n = len(roles)
    blocks = index["blocks"]
    matrices = np.empty((len(blocks), n, n))
    for b, name in enumerate(blocks):
        matrices[b] = np.fromfile(os.path.join(folder, name + ".f64"), dtype="<f8").reshape(n, n)
    return roles, blocks, matrices


def load_truth(path, role_index):
    """source role -> list of (related role or None, gain); sources not roles are skipped."""
    lists = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            lists.setdefault(row["O*NET-SOC Code"], []).append(
                (role_index.get(row["Related O*NET-SOC Code"]), gain(int(row["Index"]))))
    return {role_index[s]: items for s, items in sorted(lists.items()) if s in role_index}


def discounts(k):
    return 1.0 / np.log2(np.arange(k) + 2.0)


def evaluate(weights, matrices, truth, sources):
    """Mean precision@10 and nDCG@10 of the ranking by the weighted similarity."""
    disc = discounts(K)
    precision = ndcg = 0.0
    for s in sources:
        scores = np.tensordot(weights, matrices[:, s, :], axes=1)
        scores[s] = -np.inf
        # Stable sort on -score: ties keep role order, which is id order.
        top = np.argsort(-scores, kind="stable")[:K]
        gains = {r: g for r, g in truth[s] if r is not None}
        got = np.array([gains.get(r, 0.0) for r in top])
        ideal = np.sort(np.array([g for _, g in truth[s]]))[::-1][:K]
        precision += np.count_nonzero(got) / K
        ndcg += (got * disc).sum() / (ideal * disc[: len(ideal)]).sum()
    return precision / len(sources), ndcg / len(sources)


def training_pairs(matrices, truth, sources, rng):
    """Feature differences (related - other) and pair weights."""
    mix = matrices.mean(axis=0)
    diffs, pair_weights = [], []
    for s in sources:
        related = {r: g for r, g in truth[s] if r is not None}
        if not related:
            continue
        order = np.argsort(-mix[s], kind="stable")
        others = [r for r in order if r != s and r not in related]
        hard = others[:HARD_NEGATIVES]
        rest = np.array(others[HARD_NEGATIVES:])
        easy = rng.choice(rest, size=min(RANDOM_NEGATIVES, len(rest)), replace=False)
        negatives = np.concatenate([np.array(hard, dtype=int), easy.astype(int)])
        x_neg = matrices[:, s, negatives].T  # negatives x blocks
        for r, g in sorted(related.items()):
            diffs.append(matrices[:, s, r][None, :] - x_neg)
            pair_weights.append(np.full(len(negatives), g))
    return np.concatenate(diffs), np.concatenate(pair_weights)


def fit(diffs, pair_weights):
    w = np.ones(diffs.shape[1]) / diffs.shape[1]
    total = pair_weights.sum()
    for _ in range(STEPS):
        margin = diffs @ w
        # d/dw of -log sigmoid(margin) is -sigmoid(-margin) * diff
        p = 0.5 * (1.0 - np.tanh(margin / 2.0))  # sigmoid(-margin), overflow-free
        grad = -(diffs.T @ (pair_weights * p)) / total + 2.0 * L2 * w
        w = np.maximum(w - LEARNING_RATE * grad, 0.0)
    return w


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("blocks", help="folder written by import onet --block-similarities")
    parser.add_argument("truth", help="related occupations (development half)")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    roles, blocks, matrices = load_blocks(args.blocks)
    truth = load_truth(args.truth, {code: i for i, code in enumerate(roles)})
    sources = np.array(sorted(truth))
    print(f"{len(sources)} source occupations that are roles, {len(roles)} roles, {len(blocks)} blocks")

    print("\neach block alone (P@10, nDCG@10):")
    for b, name in enumerate(blocks):
        alone = np.zeros(len(blocks))
        alone[b] = 1.0
        p, n = evaluate(alone, matrices, truth, sources)
        print(f"  {name:22s} {p:.3f}  {n:.3f}")

    rng = np.random.default_rng(args.seed)
    shuffled = rng.permutation(sources)
    folds = np.array_split(shuffled, args.folds)
    cv = []
    for f, held in enumerate(folds):
        train = np.setdiff1d(sources, held)
        diffs, pair_weights = training_pairs(matrices, truth, train, np.random.default_rng(args.seed + 1 + f))
        w = fit(diffs, pair_weights)
        cv.append(evaluate(w, matrices, truth, np.sort(held)))
        print(f"fold {f + 1}: {len(held)} held out, P@10 {cv[-1][0]:.3f}, nDCG@10 {cv[-1][1]:.3f}")
    cv = np.array(cv)
    print(f"cross-validated ({args.folds} folds): P@10 {cv[:, 0].mean():.3f}, nDCG@10 {cv[:, 1].mean():.3f}")

    diffs, pair_weights = training_pairs(matrices, truth, sources, np.random.default_rng(args.seed))
    w = fit(diffs, pair_weights)
    # The importer divides by the sum of weights: only their ratios matter.
    # Scaled to sum 10 and rounded to 3 decimals for the constants.
    w = np.round(w / w.sum() * 10.0, 3)
    p, n = evaluate(w, matrices, truth, sources)
    print(f"\nweights fitted on all {len(sources)} sources (in-sample P@10 {p:.3f}, nDCG@10 {n:.3f}):")
    for name, value in zip(blocks, w):
        print(f"  {name:22s} {value:g}")
    print("--block " + " --block ".join(f"{name}={value:g}" for name, value in zip(blocks, w)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
