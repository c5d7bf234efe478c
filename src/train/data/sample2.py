#!/usr/bin/env python3
"""Second draw of BBC articles to annotate: seeded, shaped like corpus/gold/bbc, none already in gold or drawn before."""
import json, random
from sample import draw, gold_docs

first = json.load(open("src/train/data/sample.json"))
taken = gold_docs() | set(first["new"]) | set(first["agreement"])
rng = random.Random(20261203)
quota = {"business": 50, "politics": 68, "tech": 32, "entertainment": 25, "sport": 25}  # 200
picked = draw(rng, quota, taken)
for k in range(4):
    open(f"src/train/data/batch-{k + 5}.txt", "w").write("\n".join(picked[k * 50:(k + 1) * 50]) + "\n")
json.dump({"new": picked}, open("src/train/data/sample2.json", "w"), indent=1)
print(len(picked))
