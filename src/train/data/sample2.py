#!/usr/bin/env python3
"""Second draw of BBC articles to annotate: seeded, shaped like corpus/gold/bbc, none already in gold or drawn before."""
import random
from sample import draw, drawn_before, gold_docs, write_draw

taken = gold_docs() | drawn_before("sample.json")
rng = random.Random(20261203)
quota = {"business": 50, "politics": 68, "tech": 32, "entertainment": 25, "sport": 25}  # 200
write_draw(draw(rng, quota, taken), "sample2.json", first_batch=5, batch_size=50)
