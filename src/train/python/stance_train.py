#!/usr/bin/env python3
"""Trains Standpoint's stance model: MiniLM (all-MiniLM-L6-v2's weights) fine-tuned as a cross-encoder over
the token ids StanceTrainingData writes (the engine's own StanceModelInput), in two steps:

  1. pretrain on PolNeAR-stance sources of the 735 PolNeAR train articles outside the annotated corpus (and,
     for the shipped model, the BBC annotations of src/train/data, none of them a corpus or dev article);
  2. fine-tune on the annotated corpus, the extra BBC annotations and the PolNeAR-stance sources of the corpus's
     PolNeAR articles.

Commands (run from the repository root, Debian's python3-torch 1.13, python3-onnx 1.12, numpy):
  stance_train.py pretrain EXAMPLES OUT.pt [--share F] [--with-bbc-annotations] [--with-polnear-annotations]
                                                          step 1; --share trains on a seeded share of its
                                                          articles (the learning curve: 0.25, 0.5, 1);
                                                          --with-bbc-annotations adds src/train/data's BBC
                                                          annotations (gold evidence); --with-polnear-annotations
                                                          src/train/data's annotated PolNeAR train articles
  stance_train.py cv EXAMPLES PRE.pt OUT.npz [--share F]  5-fold article-level cross-validation of step 2
                                                          (fold k's articles are in no training data of fold k);
                                                          --share trains on that share of each fold's data
  stance_train.py score EXAMPLES MODEL.pt OUT.npz          logits of a model on the annotated corpus (held out
                                                          for a model of step 1 alone), for stance_calibrate.py
  stance_train.py final EXAMPLES PRE.pt OUT.pt             step 2 on every fold
  stance_train.py export MODEL.pt ENCODER.onnx OUT.onnx    ONNX with int8 weights (dynamic quantisation)
Seeded (STANCE_SEED, default 7: other seeds measure the run-to-run spread); prints timings. The encoder is
MINILM_ONNX (default all-MiniLM-L6-v2; any BERT-shaped ONNX of langchain4j's jars with the same vocabulary, such as
bge-small-en-v1.5, loads the same way). The whole chain is src/train/stance.sh.
"""
import json, math, os, random, sys, time
import numpy as np, torch, torch.nn as nn, torch.nn.functional as F
import minilm

LABELS = ["approval", "concern", "skepticism", "neutral"]
SEED = int(os.environ.get("STANCE_SEED", "7"))  # the run-to-run spread is measured with other seeds
EPOCHS_PRE, EPOCHS_FINE = 2, 2
LR_PRE, LR_FINE = 5e-5, 3e-5
BATCH = 16


class StanceNet(nn.Module):
    """MiniLM, mean-pooled over the input's tokens, then one linear layer to the four stances."""

    def __init__(self, encoder):
        super().__init__()
        self.enc, self.drop, self.head = encoder, nn.Dropout(0.1), nn.Linear(384, 4)

    def forward(self, ids, types, mask):
        h = self.enc(ids, types, mask)
        m = mask[..., None].float()
        return self.head(self.drop((h * m).sum(1) / m.sum(1)))


def seed_all():
    random.seed(SEED); np.random.seed(SEED); torch.manual_seed(SEED)
    torch.set_num_threads(int(os.environ.get("THREADS", "2")))


def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8")]


def tensors(batch):
    T = max(len(e["ids"]) for e in batch)
    ids = torch.zeros((len(batch), T), dtype=torch.long); typ = torch.zeros_like(ids); att = torch.zeros_like(ids)
    for r, e in enumerate(batch):
        n = len(e["ids"])
        ids[r, :n] = torch.tensor(e["ids"]); typ[r, :n] = torch.tensor(e["types"]); att[r, :n] = 1
    return ids, typ, att


def batches(examples, shuffle):
    return minilm.length_batches(examples, BATCH, shuffle)


def train(model, examples, epochs, lr, tag):
    counts = np.bincount([LABELS.index(e["label"]) for e in examples], minlength=4) + 1
    weight = torch.tensor((counts.sum() / (4 * counts)) ** 0.5, dtype=torch.float)  # softened class balance
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    steps = epochs * math.ceil(len(examples) / BATCH)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / max(1, 0.1 * steps)) * max(0.0, (steps - s) / steps))
    model.train(); start = time.time()
    for epoch in range(epochs):
        total = 0.0
        for b in batches(examples, True):
            ids, typ, att = tensors(b)
            loss = F.cross_entropy(model(ids, typ, att), torch.tensor([LABELS.index(e["label"]) for e in b]), weight=weight)
            opt.zero_grad(); loss.backward(); nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step(); sched.step()
            total += loss.item() * len(b)
        print(f"{tag} epoch {epoch}: loss {total / len(examples):.3f}, {time.time() - start:.0f} s", flush=True)


def logits(model, examples):
    model.eval(); out = {}
    with torch.no_grad():
        for b in batches(examples, False):
            z = model(*tensors(b)).numpy()
            for e, zz in zip(b, z):
                out[id(e)] = zz
    return np.array([out[id(e)] for e in examples])


def fresh(encoder_onnx):
    return StanceNet(minilm.load_onnx(encoder_onnx))


def macro_f1(gold, pred):
    f1s = []
    for lab in range(4):
        tp = sum(1 for g, p in zip(gold, pred) if g == lab == p)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        if tp + fn:
            pr = tp / (tp + fp) if tp + fp else 0.0; rc = tp / (tp + fn)
            f1s.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return sum(f1s) / len(f1s)


def report(examples, z, tag):
    for s in ["corpus-bbc", "corpus-polnear", "dev"]:
        for ev in ["gold", "engine"]:
            idx = [i for i, e in enumerate(examples) if e["set"] == s and e["evidence"] == ev]
            if idx:
                g = [LABELS.index(examples[i]["label"]) for i in idx]; p = [int(z[i].argmax()) for i in idx]
                print(f"{tag} {s} {ev} n={len(idx)} macro-F1 {macro_f1(g, p):.3f} accuracy "
                      f"{np.mean([a == b for a, b in zip(g, p)]):.3f}", flush=True)


def fine_tuning_data(examples, fold, share=1.0):
    """Everything of step 2 but the articles of `fold` (and, with --share, a seeded share of each article set)."""
    pool = [e for e in examples if e["set"] in ("corpus-bbc", "corpus-polnear", "bbc-annotations")
            or (e["set"] == "polnear-stance" and e["fold"] >= 0)]
    pool = [e for e in pool if e["fold"] != fold]
    return share_of_articles(pool, share) if share < 1.0 else pool


def share_of_articles(examples, share):
    """The examples of a seeded share of their articles: a smaller training set that still never splits an article."""
    articles = sorted({(e["set"], e["article"]) for e in examples})
    keep = set(random.Random(SEED).sample(articles, int(len(articles) * share)))
    return [e for e in examples if (e["set"], e["article"]) in keep]


def save_logits(out, held, z):
    np.savez(out, logits=z, labels=np.array([LABELS.index(e["label"]) for e in held]),
             sets=np.array([e["set"] for e in held]), evidence=np.array([e["evidence"] for e in held]),
             articles=np.array([e["article"] for e in held]), folds=np.array([e["fold"] for e in held]),
             groups=np.array([e.get("group", "") for e in held]))


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    seed_all()
    encoder = os.environ.get("MINILM_ONNX", "target/train/minilm/all-minilm-l6-v2.onnx")
    if cmd == "pretrain":
        examples = load(args[0])
        pre = [e for e in examples if e["set"] == "polnear-stance" and e["fold"] == -1]
        if "--share" in args:
            pre = share_of_articles(pre, float(args[args.index("--share") + 1]))
        if "--with-bbc-annotations" in args:
            # the BBC articles annotated to the guide (none in the corpus or dev): BBC copy, still held out
            pre += [e for e in examples if e["set"] == "bbc-annotations" and e["evidence"] == "gold"]
        if "--with-polnear-annotations" in args:
            # PolNeAR train articles outside the corpus annotated whole to the guide: US copy, still held out
            pre += [e for e in examples if e["set"] == "polnear-annotations" and e["evidence"] == "gold"]
        if "--with-engine-evidence" in args:
            # the same annotated actors as the engine reads their evidence: what serving sees
            pre += [e for e in examples if e["set"] == "bbc-annotations" and e["evidence"] == "engine"]
        print(f"pretraining on {len(pre)} examples", flush=True)
        model = fresh(encoder)
        train(model, pre, EPOCHS_PRE, LR_PRE, "pretrain")
        torch.save(model.state_dict(), args[1])
        evaluation = [e for e in examples if e["set"] in ("corpus-bbc", "corpus-polnear", "dev")]
        report(evaluation, logits(model, evaluation), "pretrained only")
    elif cmd == "cv":
        examples, pre, out = load(args[0]), args[1], args[2]
        share = float(args[args.index("--share") + 1]) if "--share" in args else 1.0
        test_sets = ("corpus-bbc", "corpus-polnear")
        held = [e for e in examples if e["set"] in test_sets]
        z = np.zeros((len(held), 4))
        for k in range(5):
            seed_all()
            model = fresh(encoder); model.load_state_dict(torch.load(pre))
            data = fine_tuning_data(examples, k, share)
            print(f"fold {k}: fine-tuning on {len(data)} examples", flush=True)
            train(model, data, EPOCHS_FINE, LR_FINE, f"fold {k}")
            idx = [i for i, e in enumerate(held) if e["fold"] == k]
            z[idx] = logits(model, [held[i] for i in idx])
            report([held[i] for i in idx], z[idx], f"fold {k}")
        report(held, z, "cross-validated")
        save_logits(out, held, z)
    elif cmd == "score":
        examples, model_file, out = load(args[0]), args[1], args[2]
        model = fresh(encoder); model.load_state_dict(torch.load(model_file))
        held = [e for e in examples if e["set"] in ("corpus-bbc", "corpus-polnear")]
        z = logits(model, held)
        report(held, z, "scored")
        save_logits(out, held, z)
    elif cmd == "final":
        examples, pre, out = load(args[0]), args[1], args[2]
        model = fresh(encoder); model.load_state_dict(torch.load(pre))
        data = fine_tuning_data(examples, fold=None)
        print(f"final: fine-tuning on {len(data)} examples", flush=True)
        train(model, data, EPOCHS_FINE, LR_FINE, "final")
        torch.save(model.state_dict(), out)
        dev = [e for e in examples if e["set"] == "dev"]
        report(dev, logits(model, dev), "final model, never trained on")
    elif cmd == "export":
        import stance_export
        model = fresh(encoder); model.load_state_dict(torch.load(args[0])); model.eval()
        stance_export.export(model, args[1], args[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
