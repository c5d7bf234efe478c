#!/usr/bin/env python3
"""Leave-one-article-out check of a setting chosen on the dev set.

Given the engine's outputs for several values of one setting (one folder of API-shaped JSON per value,
as DevSetEvaluation writes them), choose the value on 12 articles by stance macro-F1, take that value's
answer for the 13th, do this for every article in turn, and score the pooled answers with score.py.
The result estimates what the setting is worth on articles it was not chosen on.

Usage: leave-one-out.py GOLD TEXTS NAME=DIR [NAME=DIR ...]
  e.g. after running DevSetEvaluation once per value of StanceAggregator.NEUTRAL_SCALE:
  src/bench/scripts/leave-one-out.py ../shared/eval/dev/gold ../shared/eval/dev/texts \\
      1.0=target/loo/1.0 1.5=target/loo/1.5 1.75=target/loo/1.75 2.0=target/loo/2.0
Standard library only; score.py is found beside the gold folder's parent.
"""
import json, os, shutil, subprocess, sys, tempfile

gold, texts = sys.argv[1], sys.argv[2]
choices = dict(arg.split("=", 1) for arg in sys.argv[3:])
scorer = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(gold))), "score.py")


def score(gold_dir, outputs):
    out = subprocess.run([sys.executable, scorer, "--gold", gold_dir, "--texts", texts, "--outputs", outputs,
                          "--json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


articles = sorted(f for f in os.listdir(gold) if f.endswith(".json"))
work = tempfile.mkdtemp(prefix="loo-")
pooled = os.path.join(work, "pooled")
os.makedirs(pooled)
for held_out in articles:
    rest = os.path.join(work, "gold-without-" + held_out)
    os.makedirs(rest)
    for a in articles:
        if a != held_out:
            os.symlink(os.path.abspath(os.path.join(gold, a)), os.path.join(rest, a))
    best = max(choices, key=lambda name: score(rest, choices[name])["stance_macro_f1"])
    print(f"{held_out:32} chosen on the other {len(articles) - 1}: {best}")
    shutil.copy(os.path.join(choices[best], held_out), os.path.join(pooled, held_out))
result = score(gold, pooled)
print(f"pooled held-out answers: stance_accuracy {result['stance_accuracy']:.3f}, "
      f"stance_macro_f1 {result['stance_macro_f1']:.3f}")
shutil.rmtree(work)
