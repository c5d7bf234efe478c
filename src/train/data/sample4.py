#!/usr/bin/env python3
"""Fourth draw, US press this time: PolNeAR train articles to annotate whole to the guide, seeded, none in
corpus/gold/polnear (the held-out corpus), of the corpus's length (250 to 1,200 words), with actors to annotate.
PolNeAR dev and test are never drawn: they score attribution. Writes batch-15.txt to batch-20.txt (20 each)."""
import random
from sample import draw_polnear, polnear_gold_docs, write_draw

write_draw(draw_polnear(random.Random(20261205), 120, polnear_gold_docs()), "sample4.json", first_batch=15, batch_size=20)
