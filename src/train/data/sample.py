#!/usr/bin/env python3
"""Draws the BBC articles to annotate: seeded, stratified like corpus/gold/bbc, never an article already in gold."""
import os, random, json, re
BBC = "../shared/corpus/bbc"
GOLD = "../shared/corpus/gold/bbc"
POLNEAR_TEXTS = "../shared/eval/polnear/train/texts"
POLNEAR_GOLD = "../shared/corpus/gold/polnear"


def gold_docs():
    return {json.load(open(os.path.join(GOLD, f)))["doc"] for f in os.listdir(GOLD)}


def draw(rng, quota, taken):
    """Per section, the first articles of a seeded shuffle that are not taken and have actors to annotate."""
    picked = []
    for section, n in quota.items():
        docs = sorted(f"{section}/{f}" for f in os.listdir(os.path.join(BBC, section)))
        rng.shuffle(docs)
        for d in docs:
            if d in taken:
                continue
            text = open(os.path.join(BBC, d), encoding="utf-8", errors="replace").read()
            # annotated articles have actors: at least two reporting cues or quotations
            cues = len(re.findall(r"\b(said|says|told|added|warned|argued|claimed)\b", text)) + text.count('"') // 2
            if cues >= 3:
                picked.append(d)
            if sum(p.startswith(section + "/") for p in picked) == n:
                break
    rng.shuffle(picked)
    return picked


def polnear_gold_docs():
    """The 105 PolNeAR train articles of the annotated corpus (held out): never drawn."""
    return {json.load(open(os.path.join(POLNEAR_GOLD, f)))["doc"] for f in os.listdir(POLNEAR_GOLD)}


def draw_polnear(rng, count, taken):
    """The first `count` PolNeAR train articles of a seeded shuffle that are not taken, of the corpus's length
    (250 to 1,200 words) and with actors to annotate (at least three reporting cues or quotations)."""
    docs = sorted(f for f in os.listdir(POLNEAR_TEXTS) if f not in taken)
    rng.shuffle(docs)
    picked = []
    for d in docs:
        text = open(os.path.join(POLNEAR_TEXTS, d), encoding="utf-8", errors="replace").read()
        words = len(text.split())
        cues = len(re.findall(r"\b(said|says|told|added|warned|argued|claimed)\b", text)) + text.count('"') // 2
        if 250 <= words <= 1200 and cues >= 3:
            picked.append(d)
        if len(picked) == count:
            break
    return picked


def drawn_before(*draws):
    """The articles of earlier draws (sample.json, sample2.json, ...): new and agreement alike."""
    taken = set()
    for name in draws:
        drawn = json.load(open(f"src/train/data/{name}"))
        taken |= set(drawn["new"]) | set(drawn.get("agreement", []))
    return taken


def write_draw(picked, name, first_batch, batch_size):
    """The draw as batch-N.txt files of batch_size articles, numbered from first_batch, and as NAME."""
    for k in range(len(picked) // batch_size):
        batch = picked[k * batch_size:(k + 1) * batch_size]
        open(f"src/train/data/batch-{k + first_batch}.txt", "w").write("\n".join(batch) + "\n")
    json.dump({"new": picked}, open(f"src/train/data/{name}", "w"), indent=1)
    print(len(picked))


if __name__ == "__main__":
    gold = gold_docs()
    rng = random.Random(20261202)
    quota = {"business": 40, "politics": 54, "tech": 26, "entertainment": 20, "sport": 20}  # 160, shaped like gold/bbc
    picked = draw(rng, quota, gold)
    agree = sorted(gold)
    rng.shuffle(agree)
    agree = agree[:20]
    for k in range(4):
        mine = picked[k * 40:(k + 1) * 40] + agree[k * 5:(k + 1) * 5]
        rng.shuffle(mine)
        open(f"src/train/data/batch-{k + 1}.txt", "w").write("\n".join(mine) + "\n")
    json.dump({"new": picked, "agreement": agree}, open("src/train/data/sample.json", "w"), indent=1)
    print(len(picked), "new,", len(agree), "agreement")
