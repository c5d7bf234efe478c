#!/usr/bin/env python3
"""Fourth draw, US press this time: PolNeAR train articles to annotate whole to the guide, seeded, none in
corpus/gold/polnear (the held-out corpus), of the corpus's length (250 to 1,200 words), with actors to annotate.
PolNeAR dev and test are never drawn: they score attribution. Writes batch-15.txt to batch-20.txt (20 each)."""
import json, os, random, re
from sample import write_draw

TEXTS = "../shared/eval/polnear/train/texts"
GOLD = "../shared/corpus/gold/polnear"
taken = {json.load(open(os.path.join(GOLD, f)))["doc"] for f in os.listdir(GOLD)}
rng = random.Random(20261205)
docs = sorted(f for f in os.listdir(TEXTS) if f not in taken)
rng.shuffle(docs)
picked = []
for d in docs:
    text = open(os.path.join(TEXTS, d), encoding="utf-8", errors="replace").read()
    words = len(text.split())
    cues = len(re.findall(r"\b(said|says|told|added|warned|argued|claimed)\b", text)) + text.count('"') // 2
    if 250 <= words <= 1200 and cues >= 3:
        picked.append(d)
    if len(picked) == 120:
        break
write_draw(picked, "sample4.json", first_batch=15, batch_size=20)
