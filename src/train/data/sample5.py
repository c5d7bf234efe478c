#!/usr/bin/env python3
"""Fifth draw, US press again: 80 more PolNeAR train articles as sample4.py draws them (none in the corpus or
drawn before), seed 20261207. Writes batch-21.txt to batch-24.txt (20 each)."""
import json, os, random, re
from sample import write_draw

TEXTS = "../shared/eval/polnear/train/texts"
GOLD = "../shared/corpus/gold/polnear"
taken = {json.load(open(os.path.join(GOLD, f)))["doc"] for f in os.listdir(GOLD)}
taken |= set(json.load(open("src/train/data/sample4.json"))["new"])
rng = random.Random(20261207)
docs = sorted(f for f in os.listdir(TEXTS) if f not in taken)
rng.shuffle(docs)
picked = []
for d in docs:
    text = open(os.path.join(TEXTS, d), encoding="utf-8", errors="replace").read()
    words = len(text.split())
    cues = len(re.findall(r"\b(said|says|told|added|warned|argued|claimed)\b", text)) + text.count('"') // 2
    if 250 <= words <= 1200 and cues >= 3:
        picked.append(d)
    if len(picked) == 80:
        break
write_draw(picked, "sample5.json", first_batch=21, batch_size=20)
