#!/usr/bin/env python3
"""Writes lower-case-words.tsv: words that news copy writes in lower case inside a sentence and almost never
capitalises there ("hours", "such", "well", "rather"), so that one capitalised because it opens a sentence
("Hours later, Trump ...") is not read as a name. Names that are also words stay out because copy capitalises
them inside sentences too ("Brown", "White House", "Democratic").

  lower_case_words.py SHARED_DIR > src/main/resources/dev/standpoint/analysis/words/lower-case-words.tsv

Counts the body (every line but the headline) of the unlabelled BBC articles and the PolNeAR train articles,
leaving out every article of the annotated corpus and the dev set, which stay held out. A word is counted
inside a sentence when the character before it (past quotation marks and brackets) is not . ! ? : ; or a dash,
and it is not the first of its line. Kept: seen at least MIN_LOWER times in lower case inside sentences and
capitalised there at most SHARE of the time.
"""
import collections, os, re, sys

MIN_LOWER, SHARE = 3, 0.05
shared = sys.argv[1]
held_out = {os.path.join("bbc", f[:-5].replace("-", "/", 1)) for f in os.listdir(os.path.join(shared, "corpus/gold/bbc"))}
held_out |= {os.path.join("bbc", f[4:-5].replace("-", "/", 1)) for f in os.listdir(os.path.join(shared, "eval/dev/gold"))
             if f.startswith("bbc-")}
held_out |= {os.path.join("polnear", f[:-5]) for f in os.listdir(os.path.join(shared, "corpus/gold/polnear"))}

texts = []
bbc = os.path.join(shared, "corpus/bbc")
for section in sorted(os.listdir(bbc)):
    if os.path.isdir(os.path.join(bbc, section)):
        for f in sorted(os.listdir(os.path.join(bbc, section))):
            if os.path.join("bbc", section, f[:-4]) not in held_out:
                texts.append(os.path.join(bbc, section, f))
polnear = os.path.join(shared, "eval/polnear/train/texts")
texts += [os.path.join(polnear, f) for f in sorted(os.listdir(polnear)) if os.path.join("polnear", f[:-4]) not in held_out]

word = re.compile(r"[A-Za-z][a-z]*(?:['\u2019-][A-Za-z]+)*")
lower, capital = collections.Counter(), collections.Counter()
for path in texts:
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    for line in lines[1:]:
        for m in word.finditer(line):
            before = line[:m.start()].rstrip(" \t\"'\u2018\u201c([\u00a0")
            if not before or before[-1] in ".!?:;-\u2013\u2014\u2015":
                continue
            w = m.group()
            (lower if w[0].islower() else capital)[w.lower()] += 1
kept = sorted(w for w, n in lower.items() if n >= MIN_LOWER and len(w) > 1 and capital[w] <= SHARE * (n + capital[w]))
print("# Words news copy writes in lower case inside a sentence and almost never capitalises there: one")
print("# capitalised at a sentence's start (\"Hours later, ...\", \"Well, ...\") is no name.")
print("# One entry per line, lower case.")
print(f"# Source: counted by src/train/python/lower_case_words.py over {len(texts)} BBC and PolNeAR train articles")
print("# outside the annotated corpus and the dev set (seen in lower case inside sentences at least 3 times,")
print("# capitalised there at most 5% of the time). Licence: Apache-2.0 (a list of common English words; no text")
print("# of the articles is in it).")
for w in kept:
    print(w)
