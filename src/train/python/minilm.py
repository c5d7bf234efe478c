"""A plain PyTorch BERT that loads the weights of the ONNX encoders shipped in langchain4j's Maven jars,
and the WordPiece tokenizer of their tokenizer.json (BertNormalizer + BertPreTokenizer + WordPiece)."""
import json, math, random, unicodedata, re
import numpy as np, torch, torch.nn as nn, onnx
from onnx import numpy_helper

class WordPiece:
    def __init__(self, path):
        t = json.load(open(path))
        self.vocab = t["model"]["vocab"]
        self.cls, self.sep, self.pad, self.unk = (self.vocab[x] for x in ["[CLS]", "[SEP]", "[PAD]", "[UNK]"])
        self.cache = {}
    @staticmethod
    def _is_punct(ch):
        cp = ord(ch)
        if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126: return True
        return unicodedata.category(ch).startswith("P")
    def normalise(self, text):
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"): continue
            if ch in "\t\n\r" or unicodedata.category(ch) == "Zs": out.append(" "); continue
            if (0x4E00 <= cp <= 0x9FFF) or (0x3400 <= cp <= 0x4DBF) or (0x20000 <= cp <= 0x2A6DF) or (0xF900 <= cp <= 0xFAFF):
                out.append(" " + ch + " "); continue
            out.append(ch)
        s = "".join(out).lower()
        s = unicodedata.normalize("NFD", s)
        return "".join(c for c in s if unicodedata.category(c) != "Mn")
    def words(self, text):
        ws = []
        for chunk in self.normalise(text).split():
            cur = ""
            for ch in chunk:
                if self._is_punct(ch):
                    if cur: ws.append(cur); cur = ""
                    ws.append(ch)
                else: cur += ch
            if cur: ws.append(cur)
        return ws
    def piece(self, w):
        if w in self.cache: return self.cache[w]
        if len(w) > 100: r = [self.unk]
        else:
            r, start = [], 0
            while start < len(w):
                end, cur = len(w), None
                while start < end:
                    sub = w[start:end] if start == 0 else "##" + w[start:end]
                    if sub in self.vocab: cur = self.vocab[sub]; break
                    end -= 1
                if cur is None: r = [self.unk]; break
                r.append(cur); start = end
        self.cache[w] = r
        return r
    def encode(self, text):
        ids = []
        for w in self.words(text): ids.extend(self.piece(w))
        return ids
    def pair(self, a, b, max_len):
        """[CLS] a [SEP] b [SEP], longest-first truncation; returns ids, type ids."""
        ia, ib = self.encode(a), self.encode(b)
        while len(ia) + len(ib) > max_len - 3:
            if len(ia) > len(ib): ia.pop()
            else: ib.pop()
        ids = [self.cls] + ia + [self.sep] + ib + [self.sep]
        return ids, [0] * (len(ia) + 2) + [1] * (len(ib) + 1)
    def single(self, a, max_len):
        ia = self.encode(a)[:max_len - 2]
        return [self.cls] + ia + [self.sep], [0] * (len(ia) + 2)

class Layer(nn.Module):
    def __init__(s, h, inter, heads):
        super().__init__(); s.heads = heads
        s.q, s.k, s.v, s.o = (nn.Linear(h, h) for _ in range(4)); s.ln1 = nn.LayerNorm(h, eps=1e-12)
        s.i, s.out = nn.Linear(h, inter), nn.Linear(inter, h); s.ln2 = nn.LayerNorm(h, eps=1e-12)
    def forward(s, x, mask):
        B, T, H = x.shape; d = H // s.heads
        q, k, v = (f(x).view(B, T, s.heads, d).transpose(1, 2) for f in (s.q, s.k, s.v))
        a = (q @ k.transpose(-1, -2)) / math.sqrt(d) + mask
        c = (a.softmax(-1) @ v).transpose(1, 2).reshape(B, T, H)
        x = s.ln1(x + s.o(c))
        return s.ln2(x + s.out(torch.nn.functional.gelu(s.i(x))))

class Bert(nn.Module):
    def __init__(s, layers=6, h=384, inter=1536, heads=12, vocab=30522):
        super().__init__()
        s.word, s.pos, s.typ = nn.Embedding(vocab, h), nn.Embedding(512, h), nn.Embedding(2, h)
        s.ln = nn.LayerNorm(h, eps=1e-12)
        s.layers = nn.ModuleList(Layer(h, inter, heads) for _ in range(layers))
    def forward(s, ids, types, att):
        T = ids.shape[1]
        x = s.ln(s.word(ids) + s.pos(torch.arange(T, device=ids.device))[None] + s.typ(types))
        mask = (1.0 - att[:, None, None, :].float()) * -10000.0
        for l in s.layers: x = l(x, mask)
        return x

def load_onnx(path):
    m = onnx.load(path)
    W = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    # MatMul weights are unnamed: name each by the bias its output is added to.
    prod = {o: n for n in m.graph.node for o in n.output}
    named = dict(W)
    for n in m.graph.node:
        if n.op_type == "MatMul" and n.input[1] in W and n.input[1].startswith("onnx::"):
            users = [u for u in m.graph.node if n.output[0] in u.input and u.op_type == "Add"]
            for u in users:
                b = [x for x in u.input if x in W and x.endswith(".bias")]
                if b: named[b[0][:-5] + ".weight"] = W[n.input[1]].T
    layers = 1 + max(int(re.match(r"encoder\.layer\.(\d+)", k).group(1)) for k in named if k.startswith("encoder.layer."))
    model = Bert(layers=layers)
    g = lambda k: torch.tensor(np.array(named[k]))
    with torch.no_grad():
        model.word.weight.copy_(g("embeddings.word_embeddings.weight")); model.pos.weight.copy_(g("embeddings.position_embeddings.weight"))
        model.typ.weight.copy_(g("embeddings.token_type_embeddings.weight"))
        model.ln.weight.copy_(g("embeddings.LayerNorm.weight")); model.ln.bias.copy_(g("embeddings.LayerNorm.bias"))
        for i, l in enumerate(model.layers):
            p = f"encoder.layer.{i}."
            for mod, k in [(l.q, "attention.self.query"), (l.k, "attention.self.key"), (l.v, "attention.self.value"),
                           (l.o, "attention.output.dense"), (l.i, "intermediate.dense"), (l.out, "output.dense")]:
                mod.weight.copy_(g(p + k + ".weight")); mod.bias.copy_(g(p + k + ".bias"))
            for mod, k in [(l.ln1, "attention.output.LayerNorm"), (l.ln2, "output.LayerNorm")]:
                mod.weight.copy_(g(p + k + ".weight")); mod.bias.copy_(g(p + k + ".bias"))
    return model

def batch(pairs, pad=0):
    T = max(len(i) for i, _ in pairs)
    ids = torch.full((len(pairs), T), pad, dtype=torch.long); typ = torch.zeros_like(ids); att = torch.zeros_like(ids)
    for r, (i, t) in enumerate(pairs):
        ids[r, :len(i)] = torch.tensor(i); typ[r, :len(t)] = torch.tensor(t); att[r, :len(i)] = 1
    return ids, typ, att


def length_batches(examples, size, shuffle):
    """Batches of examples of like length (less padding), in a seeded random order when shuffling."""
    order = sorted(range(len(examples)), key=lambda i: len(examples[i]["ids"]))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    if shuffle:
        random.shuffle(groups)
    for g in groups:
        yield [examples[i] for i in g]
