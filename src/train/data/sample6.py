#!/usr/bin/env python3
"""Sixth draw, BBC: 100 articles stratified like sample3.py, none in gold, dev or an earlier draw, seed
20261208. Writes batch-25.txt to batch-28.txt (25 each)."""
import os, random
from sample import draw, drawn_before, gold_docs, write_draw

dev = {f[4:-5].replace("-", "/", 1) + ".txt" for f in os.listdir("../shared/eval/dev/gold") if f.startswith("bbc-")}
taken = gold_docs() | dev | drawn_before("sample.json", "sample2.json", "sample3.json")
rng = random.Random(20261208)
quota = {"business": 25, "politics": 33, "tech": 16, "entertainment": 13, "sport": 13}  # 100
write_draw(draw(rng, quota, taken), "sample6.json", first_batch=25, batch_size=25)
