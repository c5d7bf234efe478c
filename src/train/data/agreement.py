#!/usr/bin/env python3
"""Agreement of the new annotations with the corpus gold on the articles both annotated (blind to each other).

  agreement.py          BBC: bbc-agreement/ against corpus/gold/bbc, the articles of sample.json's "agreement"
  agreement.py us       US press: polnear-agreement/ against corpus/gold/polnear, the articles of batch-us-agreement.txt
"""
import json, os, sys, glob
sys.path.insert(0, "../shared/eval")  # run from the repository root
import score as S
if sys.argv[1:] == ["us"]:
    docs = [l.strip() for l in open("src/train/data/batch-us-agreement.txt") if l.strip()]
    gold_dir, mine_dir = "../shared/corpus/gold/polnear", "src/train/data/polnear-agreement"
else:
    docs = json.load(open("src/train/data/sample.json"))["agreement"]
    gold_dir, mine_dir = "../shared/corpus/gold/bbc", "src/train/data/bbc-agreement"
gold_by_doc = {json.load(open(f))["doc"]: json.load(open(f)) for f in glob.glob(gold_dir + "/*.json")}
mine = {}
for f in glob.glob(mine_dir + "/*.json"):
    g = json.load(open(f)); mine[g["doc"]] = (f, g)
pairs, actors_g, actors_m, matched = [], 0, 0, 0
for doc in docs:
    if doc not in mine: print("missing", doc); continue
    g, (f, m) = gold_by_doc[doc], mine[doc]
    actors_g += len(g["actors"]); actors_m += len(m["actors"])
    sysv = [{"name": a["name"], "names": [a["name"]] + a.get("aliases", [])} for a in m["actors"]]
    used = set()
    for ga in g["actors"]:
        best = max(((S.name_score(ga, s), i) for i, s in enumerate(sysv) if i not in used), default=(0, None))
        if best[0] > 0:
            used.add(best[1]); matched += 1
            pairs.append((ga["stance"], m["actors"][best[1]]["stance"]))
gl, ml = [p[0] for p in pairs], [p[1] for p in pairs]
L = S.LABELS
conf = {}
for a, b in pairs: conf.setdefault(a, {}).setdefault(b, 0); conf[a][b] += 1
t = {"confusion": conf, "matched": len(pairs), "stance_ok": sum(a == b for a, b in pairs), "sys_actors": 1, "gold_actors": 1,
     "articles": 0, "failed": 0, "quotes_found": 0, "gold_quotes": 0, "sys_quotes_true": 0, "sys_quotes": 0,
     "attributed_ok": 0, "gold_attributed": 0, "attributed_by_name": 0, "evidence_ok": 0, "gold_evidence": 0}
s = S.summarize(t)
n = len(pairs); po = s["stance_accuracy"]
pe = sum((gl.count(l) / n) * (ml.count(l) / n) for l in L)
print(f"articles {len(docs)}; actors gold {actors_g}, new {actors_m}, matched by name {matched}"
      f" (actor F1 {2 * matched / (actors_g + actors_m):.3f})")
print(f"stance on matched actors: accuracy {po:.3f}, macro-F1 {s['stance_macro_f1']:.3f}, Cohen's kappa {(po - pe) / (1 - pe):.3f}")
print("confusion (existing gold -> new):", json.dumps(conf))
