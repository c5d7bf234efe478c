#!/usr/bin/env python3
"""Counts what PolNeAR's attributions are made of, the candidates for the learnt word lists:

  polnear_heads.py SHARED_DIR sources [MIN_COUNT]   lower-case head nouns of source spans (sources-polnear.tsv)
  polnear_heads.py SHARED_DIR cues [MIN_COUNT]      cue spans with no word of cues.tsv (cues-polnear.tsv)

Reads the PolNeAR train articles outside the annotated corpus (the corpus stays held out). A source span is
cut at its first appositive comma, relative pronoun or preposition ("a source familiar with ..." -> "source").
Prints each candidate not already in the hand-compiled list with its count (MIN_COUNT: 3 for sources, 4 for
cues) and one example. The classes in the .tsv files are a person's reading of these lists: documents, polls,
figures, prepositions and nouns are left out.
"""
import collections, os, re, sys

shared, what = sys.argv[1], sys.argv[2]
min_count = int(sys.argv[3]) if len(sys.argv) > 3 else (3 if what == "sources" else 4)
train = os.path.join(shared, "eval/polnear/train")
corpus = {f[:-5] for f in os.listdir(os.path.join(shared, "corpus/gold/polnear"))}
words_dir = os.path.join(os.path.dirname(__file__), "../../main/resources/dev/standpoint/analysis/words")


def first_column(*names):
    return {l.split("\t")[0] for name in names for l in open(os.path.join(words_dir, name), encoding="utf-8")
            if l.strip() and not l.startswith("#")}


cut = re.compile(r",| who | whose | which | that |\(| at | of | for | from | in | with ")
known = first_column("sources.tsv", "subject-pronouns.tsv") if what == "sources" else first_column("cues.tsv")
counts, example = collections.Counter(), {}
for f in sorted(os.listdir(os.path.join(train, "attributions"))):
    if f[:-4] in corpus:
        continue
    for line in open(os.path.join(train, "attributions", f), encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if not line.startswith("T"):
            continue
        kind, span = parts[1].split(" ")[0], parts[2]
        if what == "sources" and kind == "Source":
            padded = " " + span + " "
            m = cut.search(padded)
            words = re.findall(r"[A-Za-z][A-Za-z'’-]*", padded[:m.start()] if m else padded)
            key = words[-1] if words and not words[-1][0].isupper() and words[-1].lower() not in known else None
        elif what == "cues" and kind == "Cue":
            words = re.findall(r"[a-z][a-z'’-]*", span.lower())
            key = " ".join(words) if words and not any(w in known for w in words) else None
        else:
            continue
        if key:
            counts[key] += 1
            example.setdefault(key, span)
for key, count in counts.most_common():
    if count < min_count:
        break
    print(f"{count}\t{key}\t{example[key][:70]}")
