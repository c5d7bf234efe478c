#!/usr/bin/env python3
"""Calibration and the cross-validated report for the stance model, from the out-of-fold logits that
stance_train.py cv writes: the temperature (fitted by likelihood on the folds other than each scored fold, then
on all), expected calibration error before and after, and macro-F1 / accuracy / per-label F1 / confusion per
source and per evidence (gold: the annotators' evidence; engine: what the engine found for the matched actor).

  stance_calibrate.py CV.npz [--write-temperature FILE]
"""
import sys, json
import numpy as np

LABELS = ["approval", "concern", "skepticism", "neutral"]
GRID = np.arange(0.5, 4.01, 0.05)


def softmax(z, t):
    z = z / t
    z = z - z.max(1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(1, keepdims=True)


def nll(z, y, t):
    p = softmax(z, t)
    return -np.mean(np.log(p[np.arange(len(y)), y] + 1e-12))


def fit_temperature(z, y):
    return float(GRID[np.argmin([nll(z, y, t) for t in GRID])])


def ece(p, y, bins=10):
    conf = p.max(1); pred = p.argmax(1); right = (pred == y).astype(float)
    total = 0.0
    for b in range(bins):
        m = (conf >= b / bins) & (conf < (b + 1) / bins) if b < bins - 1 else (conf >= b / bins)
        if m.any():
            total += abs(conf[m].mean() - right[m].mean()) * m.sum()
    return total / len(y)


def f1s(y, pred):
    out = []
    for lab in range(4):
        tp = np.sum((y == lab) & (pred == lab)); fp = np.sum((y != lab) & (pred == lab)); fn = np.sum((y == lab) & (pred != lab))
        pr = tp / (tp + fp) if tp + fp else 0.0; rc = tp / (tp + fn) if tp + fn else 0.0
        out.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return out


def main():
    d = np.load(sys.argv[1])
    z, y, sets, ev, folds = d["logits"], d["labels"], d["sets"], d["evidence"], d["folds"]
    # temperature cross-fitted: each fold's probabilities use a temperature fitted on the other folds
    p_cal = np.zeros_like(z)
    for k in sorted(set(folds.tolist())):
        fit = folds != k
        t = fit_temperature(z[fit & (ev == "gold")], y[fit & (ev == "gold")])
        p_cal[folds == k] = softmax(z[folds == k], t)
    t_all = fit_temperature(z[ev == "gold"], y[ev == "gold"])
    report = {"temperature": t_all}
    for s in ["corpus-bbc", "corpus-polnear"]:
        for e in ["gold", "engine"]:
            m = (sets == s) & (ev == e)
            if not m.any():
                continue
            pred = z[m].argmax(1); f = f1s(y[m], pred)
            conf = np.zeros((4, 4), int)
            for a, b in zip(y[m], pred):
                conf[a, b] += 1
            report[f"{s}/{e}"] = {"n": int(m.sum()), "macro_f1": float(np.mean(f)), "accuracy": float(np.mean(pred == y[m])),
                                  "f1": dict(zip(LABELS, map(float, f))), "ece_raw": float(ece(softmax(z[m], 1.0), y[m])),
                                  "ece_calibrated": float(ece(p_cal[m], y[m])), "confusion": conf.tolist()}
    print(json.dumps(report, indent=1))
    if "--write-temperature" in sys.argv:
        open(sys.argv[sys.argv.index("--write-temperature") + 1], "w").write(f"{t_all:.2f}\n")


if __name__ == "__main__":
    main()
