#!/usr/bin/env python3
"""Turn the JSON/TSV results under target/bench into the tables of docs/performance.md and the data
behind docs/scaling.png (docs/scaling.tsv). Standard library only. Usage: src/bench/scripts/summarize.py [DIR]"""
import json, os, sys

d = sys.argv[1] if len(sys.argv) > 1 else "target/bench"


def load(name):
    p = os.path.join(d, name)
    return json.load(open(p)) if os.path.exists(p) else []


def short(b):
    name = b["benchmark"].rsplit(".", 2)[-2] + "." + b["benchmark"].rsplit(".", 1)[-1]
    scoring = b.get("params", {}).get("scoring")
    return f"{name} [{scoring}]" if scoring else name


def alloc(b):
    m = b.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    return m["score"] if m else None


engine = load("jmh-engine.json")
if engine:
    print("| Benchmark | Median | Unit | p99 | Bytes allocated per article |")
    print("|---|---:|---|---:|---:|")
    for b in engine:
        pm = b["primaryMetric"]
        p = pm["scorePercentiles"]
        p99 = f"{p['99.0']:.2f}" if b["mode"] == "sample" else ""
        a = alloc(b)
        print(f"| {short(b)} ({b['threads']} thr, {b['mode']}) | {p['50.0']:.2f} | {pm['scoreUnit']} | {p99} | "
              + (f"{a / 1024:.0f} KiB" if a else "") + " |")
    print()

scaling = load("jmh-scaling.json")
api = {}
p = os.path.join(d, "api-scaling.tsv")
if os.path.exists(p):
    for line in open(p).read().split("\n")[1:]:
        if line.strip():
            chars, n, med, p90 = line.split("\t")
            api[int(chars)] = float(med)
if scaling:
    rows = []
    for b in scaling:
        text_chars = int(b["params"]["chars"])
        ms = b["primaryMetric"]["scorePercentiles"]["50.0"]
        rows.append((text_chars, ms, alloc(b)))
    rows.sort()
    api_by_rank = sorted(api.items())
    print("| Article size | Engine ms (median) | Engine µs per KB | Engine MiB allocated | API ms (median) | API µs per KB |")
    print("|---:|---:|---:|---:|---:|---:|")
    with open("docs/scaling.tsv", "w") as out:
        out.write("# chars\tengine_ms\tapi_ms\n")
        for i, (c, ms, a) in enumerate(rows):
            ac, am = api_by_rank[i] if i < len(api_by_rank) else (None, None)
            kb = c / 1024
            print(f"| {kb:.0f} KB | {ms:.2f} | {1000 * ms / kb:.0f} | {a / 2**20:.1f} | "
                  + (f"{am:.2f} | {1000 * am / (ac / 1024):.0f}" if am else " | ") + " |")
            out.write(f"{c}\t{ms:.4f}\t{am if am else 'NaN'}\n")
    print()

vs = load("jmh-vs-corenlp.json")
if vs:
    s = {short(b): b["primaryMetric"]["scorePercentiles"]["50.0"] for b in vs}
    cn = s.get("CoreNlpBenchmark.devArticlesOneThread")
    cn_best = max(b["primaryMetric"]["scorePercentiles"]["100.0"] for b in vs if "CoreNlp" in b["benchmark"])
    print("| System (one thread, dev articles) | Articles/s (median) | Ratio of medians | Standpoint median / CoreNLP best iteration |")
    print("|---|---:|---:|---:|")
    for name, sp in s.items():
        if name.startswith("EngineBenchmark.devArticlesOneThread"):
            print(f"| Standpoint {name.split(' ', 1)[-1]} | {sp:.1f} | {sp / cn:.0f}x | {sp / cn_best:.0f}x |")
    print(f"| CoreNLP 4.5.10 | {cn:.3f} | | best iteration {cn_best:.3f} |")
