#!/usr/bin/env python3
"""Second draw of BBC articles to annotate: seeded, shaped like corpus/gold/bbc, none already in gold or drawn before."""
import os, random, json, re
BBC = "../shared/corpus/bbc"
GOLD = "../shared/corpus/gold/bbc"
gold_docs = {json.load(open(os.path.join(GOLD, f)))["doc"] for f in os.listdir(GOLD)}
first = json.load(open("src/train/data/sample.json"))
taken = gold_docs | set(first["new"]) | set(first["agreement"])
rng = random.Random(20261203)
quota = {"business": 50, "politics": 68, "tech": 32, "entertainment": 25, "sport": 25}  # 200
picked = []
for section, n in quota.items():
    docs = sorted(f"{section}/{f}" for f in os.listdir(os.path.join(BBC, section)))
    rng.shuffle(docs)
    for d in docs:
        if d in taken:
            continue
        text = open(os.path.join(BBC, d), encoding="utf-8", errors="replace").read()
        cues = len(re.findall(r"\b(said|says|told|added|warned|argued|claimed)\b", text)) + text.count('"') // 2
        if cues >= 3:
            picked.append(d)
        if sum(p.startswith(section + "/") for p in picked) == n:
            break
rng.shuffle(picked)
for k in range(4):
    open(f"src/train/data/batch-{k + 5}.txt", "w").write("\n".join(picked[k * 50:(k + 1) * 50]) + "\n")
json.dump({"new": picked}, open("src/train/data/sample2.json", "w"), indent=1)
print(len(picked))
