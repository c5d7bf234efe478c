#!/usr/bin/env python3
"""Calibration and the cross-validated report for the stance model, from the out-of-fold logits that
stance_train.py cv writes: the temperature (fitted by likelihood on the folds other than each scored fold, then
on all), expected calibration error before and after, and macro-F1 / accuracy / per-label F1 / confusion per
source and per evidence (gold: the annotators' evidence; engine: what the engine found for the matched actor).

  stance_calibrate.py CV.npz [--write-temperature FILE]
  stance_calibrate.py --engine target/eval/stance-given-gold.tsv --temperature T [--write-temperature FILE]

The second form refits the temperature on the shipped model as the engine runs it (int8, its serving length),
from the probabilities the evaluation writes (-Peval): the logits are T * log p, up to a constant the softmax
ignores. Folds are by article (five, by a hash of its name); the dev set is reported, never fitted.
"""
import zlib
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


def engine_report(path, t_now):
    rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8")][1:]
    sets = np.array([r[0] for r in rows])
    y = np.array([LABELS.index(r[3]) for r in rows])
    z = t_now * np.log(np.array([[float(v) for v in r[4:8]] for r in rows]) + 1e-12)
    folds = np.array([zlib.crc32(r[1].encode()) % 5 for r in rows])
    fit_on = sets != "dev"
    p_cal = np.zeros_like(z)
    for k in range(5):
        t = fit_temperature(z[fit_on & (folds != k)], y[fit_on & (folds != k)])
        p_cal[folds == k] = softmax(z[folds == k], t)
    t_all = fit_temperature(z[fit_on], y[fit_on])
    report = {"temperature_before": t_now, "temperature": t_all}
    for s in ["dev", "corpus-bbc", "corpus-polnear"]:
        m = sets == s
        # the dev set is never fitted on: it is scored with the temperature fitted on all of the corpus
        p_new = softmax(z[m], t_all) if s == "dev" else p_cal[m]
        report[s] = {"n": int(m.sum()), "ece_before": float(ece(softmax(z[m], t_now), y[m])),
                     "ece_refitted": float(ece(p_new, y[m]))}
    return report, t_all


def main():
    if sys.argv[1] == "--engine":
        report, t_all = engine_report(sys.argv[2], float(sys.argv[sys.argv.index("--temperature") + 1]))
        print(json.dumps(report, indent=1))
        if "--write-temperature" in sys.argv:
            open(sys.argv[sys.argv.index("--write-temperature") + 1], "w").write(f"{t_all:.2f}\n")
        return
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
