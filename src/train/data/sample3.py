#!/usr/bin/env python3
"""Third draw of BBC articles to annotate: seeded, shaped like corpus/gold/bbc, none already in gold or drawn before."""
import random
from sample import draw, drawn_before, gold_docs, write_draw

taken = gold_docs() | drawn_before("sample.json", "sample2.json")
rng = random.Random(20261204)
quota = {"business": 38, "politics": 50, "tech": 24, "entertainment": 19, "sport": 19}  # 150
write_draw(draw(rng, quota, taken), "sample3.json", first_batch=9, batch_size=25)
