#!/usr/bin/env python3
"""Checks annotation files against the guide's checklist. Usage: check.py FILE.json [...]
Prints one line per problem; exit status 1 if any."""
import json, sys
BBC = "../shared/corpus/bbc"  # run from the repository root
POLNEAR = "../shared/eval/polnear/train/texts"  # the texts of polnear-annotations/ and polnear-agreement/
LABELS = {"approval", "concern", "skepticism", "neutral"}
TYPES = {"PERSON", "ORGANIZATION", "GROUP", "ANONYMOUS"}
KINDS = {"direct_quote", "reported", "description"}
bad = 0
def problem(f, msg):
    global bad
    bad += 1
    print(f"{f}: {msg}")
for f in sys.argv[1:]:
    try:
        g = json.load(open(f, encoding="utf-8"))
    except Exception as e:
        problem(f, f"not valid JSON: {e}"); continue
    try:
        texts = POLNEAR if "polnear-annotations" in f or "polnear-agreement" in f else BBC
        text = open(f"{texts}/{g['doc']}", encoding="utf-8").read()
    except Exception as e:
        problem(f, f"doc not found: {e}"); continue
    if not isinstance(g.get("topic"), str) or not g["topic"].strip():
        problem(f, "topic missing")
    names = set()
    for a in g.get("actors", []):
        n = a.get("name")
        names.add(n)
        if a.get("type") not in TYPES: problem(f, f"{n}: bad type {a.get('type')}")
        if a.get("stance") not in LABELS: problem(f, f"{n}: bad stance {a.get('stance')}")
        for s in a.get("secondary", []):
            if s not in LABELS or s == a.get("stance"): problem(f, f"{n}: bad secondary {s}")
        if not isinstance(a.get("aliases", []), list): problem(f, f"{n}: aliases not a list")
        if not a.get("evidence"): problem(f, f"{n}: no evidence")
        for e in a.get("evidence", []):
            t = e.get("text", "")
            if e.get("kind") not in KINDS: problem(f, f"{n}: bad kind {e.get('kind')}")
            if not t or t not in text: problem(f, f"{n}: evidence not an exact substring: {t[:70]!r}")
            if "\n" in t: problem(f, f"{n}: evidence spans a line break: {t[:70]!r}")
    for q in g.get("quotes", []):
        t = q.get("text", "")
        if not t or t not in text: problem(f, f"quote not an exact substring: {t[:70]!r}")
        if "\n" in t: problem(f, f"quote spans a line break: {t[:70]!r}")
        if q.get("speaker") != "UNKNOWN" and q.get("speaker") not in names:
            problem(f, f"quote speaker {q.get('speaker')!r} is not an actor name")
print(f"{len(sys.argv) - 1} files, {bad} problems")
sys.exit(1 if bad else 0)
