#!/usr/bin/env python3
"""Third draw of BBC articles to annotate: seeded, shaped like corpus/gold/bbc, none already in gold or drawn before."""
import json, random
from sample import draw, gold_docs

taken = gold_docs()
for f in ("sample.json", "sample2.json"):
    drawn = json.load(open(f"src/train/data/{f}"))
    taken |= set(drawn["new"]) | set(drawn.get("agreement", []))
rng = random.Random(20261204)
quota = {"business": 38, "politics": 50, "tech": 24, "entertainment": 19, "sport": 19}  # 150
picked = draw(rng, quota, taken)
for k in range(6):
    open(f"src/train/data/batch-{k + 9}.txt", "w").write("\n".join(picked[k * 25:(k + 1) * 25]) + "\n")
json.dump({"new": picked}, open("src/train/data/sample3.json", "w"), indent=1)
print(len(picked))
