#!/usr/bin/env python3
"""Trains Standpoint's attribution network: MiniLM (all-MiniLM-L6-v2's weights) fine-tuned as a token
classifier over the seven roles of the attribution tagger (O, B/I source, cue, content), on the sentences
AttributionTaggerTraining network-data writes from PolNeAR train (the engine's own AttributionNetworkInput
ids, each token read at its first WordPiece).

Commands (run from the repository root, Debian's python3-torch 1.13, python3-onnx 1.12, numpy):
  attribution_train.py train DATA OUT.pt FOLDS   trains on the sentences of the listed cross-validation folds
                                                 ("1,2,3,4" leaves fold 0 out for AttributionTaggerTraining
                                                 network-cv; "0,1,2,3,4" is every train article, what ships);
                                                 prints the token accuracy on the folds left out and on
                                                 PolNeAR dev (fold 5, never trained on)
  attribution_train.py export MODEL.pt FLOAT.onnx OUT.onnx   ONNX with int8 weights (dynamic quantisation)
Seeded (ATTRIBUTION_SEED, default 11); EPOCHS (2) and LAYERS (6, the encoder's first layers kept) set the
recipe; prints timings. The whole chain is src/train/attribution.sh.
"""
import json, math, os, random, sys, time
import numpy as np, torch, torch.nn as nn, torch.nn.functional as F
import minilm

ROLES = 7
SEED = int(os.environ.get("ATTRIBUTION_SEED", "11"))
EPOCHS = int(os.environ.get("EPOCHS", "2"))
LR = 5e-5
BATCH = 32
# the encoder's first LAYERS layers (all-MiniLM-L6-v2 has 6): cost per sentence falls with them
LAYERS = int(os.environ.get("LAYERS", "6"))


class TaggerNet(nn.Module):
    """MiniLM (its first LAYERS layers), then one linear layer from each WordPiece's vector to the seven roles."""

    def __init__(self, encoder, layers=LAYERS):
        super().__init__()
        encoder.layers = encoder.layers[:layers]
        self.enc, self.drop, self.head = encoder, nn.Dropout(0.1), nn.Linear(384, ROLES)

    def forward(self, ids, types, mask):
        return self.head(self.drop(self.enc(ids, types, mask)))


def seed_all():
    random.seed(SEED); np.random.seed(SEED); torch.manual_seed(SEED)
    torch.set_num_threads(int(os.environ.get("THREADS", "2")))


def tensors(batch):
    """Padded ids and mask, and each piece's gold role (-100 where no token starts: ignored by the loss)."""
    T = max(len(e["ids"]) for e in batch)
    ids = torch.zeros((len(batch), T), dtype=torch.long); att = torch.zeros_like(ids)
    gold = torch.full((len(batch), T), -100, dtype=torch.long)
    for r, e in enumerate(batch):
        n = len(e["ids"])
        ids[r, :n] = torch.tensor(e["ids"]); att[r, :n] = 1
        for f, g in zip(e["first"], e["gold"]):
            if f >= 0:
                gold[r, f] = g
    return ids, torch.zeros_like(ids), att, gold


def batches(examples, shuffle):
    return minilm.length_batches(examples, BATCH, shuffle)


def train(model, examples):
    opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
    steps = EPOCHS * math.ceil(len(examples) / BATCH)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / max(1, 0.1 * steps)) * max(0.0, (steps - s) / steps))
    model.train(); start = time.time()
    for epoch in range(EPOCHS):
        total, n = 0.0, 0
        for b in batches(examples, True):
            ids, typ, att, gold = tensors(b)
            loss = F.cross_entropy(model(ids, typ, att).reshape(-1, ROLES), gold.reshape(-1), ignore_index=-100)
            opt.zero_grad(); loss.backward(); nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step(); sched.step()
            total += loss.item(); n += 1
        print(f"epoch {epoch}: loss {total / n:.4f}, {time.time() - start:.0f} s", flush=True)


def accuracy(model, examples, tag):
    """Token accuracy, and the F1 of tokens inside a content (the role the tagger misses most)."""
    model.eval(); right = total = tp = fp = fn = 0
    with torch.no_grad():
        for b in batches(examples, False):
            ids, typ, att, gold = tensors(b)
            pred = model(ids, typ, att).argmax(-1)
            keep = gold != -100
            right += int((pred[keep] == gold[keep]).sum()); total += int(keep.sum())
            pc, gc = (pred >= 5) & keep, (gold >= 5) & keep
            tp += int((pc & gc).sum()); fp += int((pc & ~gc).sum()); fn += int((~pc & gc).sum())
    f1 = 2 * tp / max(1, 2 * tp + fp + fn)
    print(f"{tag}: {len(examples)} sentences, token accuracy {right / max(1, total):.3f}, content-token F1 {f1:.3f}", flush=True)


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    seed_all()
    encoder = os.environ.get("MINILM_ONNX", "target/train/minilm/all-minilm-l6-v2.onnx")
    if cmd == "train":
        data = [json.loads(l) for l in open(args[0], encoding="utf-8")]
        folds = {int(f) for f in args[2].split(",")}
        fit = [e for e in data if e["fold"] in folds]
        print(f"training on {len(fit)} sentences of folds {sorted(folds)}, {LAYERS} layers, {EPOCHS} epochs, seed {SEED}", flush=True)
        model = TaggerNet(minilm.load_onnx(encoder))
        train(model, fit)
        torch.save(model.state_dict(), args[1])
        left = [e for e in data if e["fold"] not in folds and e["fold"] != 5]
        if left:
            accuracy(model, left, "train folds left out")
        accuracy(model, [e for e in data if e["fold"] == 5], "PolNeAR dev, never trained on")
    elif cmd == "export":
        import stance_export
        state = torch.load(args[0])
        layers = 1 + max(int(k.split(".")[2]) for k in state if k.startswith("enc.layers."))  # as trained
        model = TaggerNet(minilm.load_onnx(encoder), layers); model.load_state_dict(state); model.eval()
        stance_export.export(model, args[1], args[2], logits_axes={0: "batch", 1: "tokens"})
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
