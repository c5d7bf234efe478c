#!/usr/bin/env python3
"""Fifth draw, US press again: 80 more PolNeAR train articles as sample4.py draws them (none in the corpus or
drawn before), seed 20261207. Writes batch-21.txt to batch-24.txt (20 each)."""
import random
from sample import draw_polnear, drawn_before, polnear_gold_docs, write_draw

taken = polnear_gold_docs() | drawn_before("sample4.json")
write_draw(draw_polnear(random.Random(20261207), 80, taken), "sample5.json", first_batch=21, batch_size=20)
