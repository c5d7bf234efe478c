"""Exports the trained stance network to ONNX and quantises its weights to int8, the way ONNX Runtime's dynamic
quantiser does (which is not packaged for Debian): every MatMul by a weight matrix becomes DynamicQuantizeLinear
(uint8 activations) + MatMulInteger (int8 weights, one scale per output column) + a rescale; the embedding tables
are stored as uint8 and dequantised. About a quarter of the float model's size, and int8 arithmetic on the CPU."""
import numpy as np, onnx, torch
from onnx import helper, numpy_helper, TensorProto


def export(model, float_path, int8_path, opset=13, logits_axes=None):
    """logits_axes: the output's dynamic axes, {0: "batch"} for one score row per input (the stance model);
    a token classifier's scores also vary by token."""
    ids = torch.randint(1000, 2000, (2, 20)); types = torch.zeros_like(ids); mask = torch.ones_like(ids)
    torch.onnx.export(model, (ids, types, mask), float_path, input_names=["input_ids", "token_type_ids", "attention_mask"],
                      output_names=["logits"], opset_version=opset,
                      dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "token_type_ids": {0: "batch", 1: "tokens"},
                                    "attention_mask": {0: "batch", 1: "tokens"}, "logits": logits_axes or {0: "batch"}})
    quantise(float_path, int8_path)


def quantise(float_path, int8_path):
    m = onnx.load(float_path)
    g = m.graph
    weights = {i.name: i for i in g.initializer}
    nodes, new_inits, quantised_inputs = [], [], {}
    for n in g.node:
        w = weights.get(n.input[1]) if n.op_type == "MatMul" and len(n.input) == 2 else None
        if w is not None and len(w.dims) == 2:
            W = numpy_helper.to_array(w).astype(np.float32)
            scale = np.maximum(np.abs(W).max(axis=0), 1e-8) / 127.0
            Wq = np.clip(np.round(W / scale), -127, 127).astype(np.int8)
            base = n.output[0]
            new_inits += [numpy_helper.from_array(Wq, base + "_wq"), numpy_helper.from_array(scale.astype(np.float32), base + "_ws"),
                          numpy_helper.from_array(np.zeros(W.shape[1], np.int8), base + "_wzp")]
            x = n.input[0]
            if x not in quantised_inputs:
                quantised_inputs[x] = (x + "_q", x + "_s", x + "_zp")
                nodes.append(helper.make_node("DynamicQuantizeLinear", [x], list(quantised_inputs[x])))
            xq, xs, xzp = quantised_inputs[x]
            nodes += [helper.make_node("MatMulInteger", [xq, base + "_wq", xzp, base + "_wzp"], [base + "_i"]),
                      helper.make_node("Cast", [base + "_i"], [base + "_f"], to=TensorProto.FLOAT),
                      helper.make_node("Mul", [xs, base + "_ws"], [base + "_scale"]),
                      helper.make_node("Mul", [base + "_f", base + "_scale"], [base])]
            continue
        if n.op_type == "Gather" and n.input[0] in weights and len(weights[n.input[0]].dims) == 2:
            E = numpy_helper.to_array(weights[n.input[0]]).astype(np.float32)
            lo, hi = float(min(E.min(), 0.0)), float(max(E.max(), 0.0))
            scale = (hi - lo) / 255.0
            zp = int(round(-lo / scale))
            Eq = np.clip(np.round(E / scale) + zp, 0, 255).astype(np.uint8)
            base = n.input[0]
            new_inits += [numpy_helper.from_array(Eq, base + "_q"), numpy_helper.from_array(np.array(scale, np.float32), base + "_s"),
                          numpy_helper.from_array(np.array(zp, np.uint8), base + "_zp")]
            # the rows first, then dequantised: dequantising the whole table would run on every call
            nodes.append(helper.make_node("Gather", [base + "_q", n.input[1]], [base + "_rows"], **{a.name: helper.get_attribute_value(a) for a in n.attribute}))
            nodes.append(helper.make_node("DequantizeLinear", [base + "_rows", base + "_s", base + "_zp"], list(n.output)))
            continue
        nodes.append(n)
    used = {i for n in nodes for i in n.input}
    kept = [i for i in g.initializer if i.name in used] + new_inits
    del g.node[:]; g.node.extend(nodes)
    del g.initializer[:]; g.initializer.extend(kept)
    onnx.checker.check_model(m)
    onnx.save(m, int8_path)


def gather_first(in_path, out_path):
    """An int8 model written before quantise() gathered first (the stance model stance-minilm-4): each
    DequantizeLinear of a whole embedding table followed by a Gather of its rows becomes the Gather of the
    uint8 rows, then their DequantizeLinear. The same numbers (a per-tensor scale and zero point commute with
    picking rows), without dequantising 30,522 x 384 weights on every call."""
    m = onnx.load(in_path)
    g = m.graph
    weights = {i.name for i in g.initializer}
    producer = {o: n for n in g.node for o in n.output}
    nodes, rewritten = [], 0
    dropped = set()
    for n in g.node:
        d = producer.get(n.input[0]) if n.op_type == "Gather" else None
        if d is not None and d.op_type == "DequantizeLinear" and d.input[0] in weights:
            rows = n.output[0] + "_rows"
            nodes.append(helper.make_node("Gather", [d.input[0], n.input[1]], [rows], **{a.name: helper.get_attribute_value(a) for a in n.attribute}))
            nodes.append(helper.make_node("DequantizeLinear", [rows, d.input[1], d.input[2]], list(n.output)))
            dropped.add(id(d)); rewritten += 1
            continue
        nodes.append(n)
    nodes = [n for n in nodes if id(n) not in dropped]
    del g.node[:]; g.node.extend(nodes)
    onnx.checker.check_model(m)
    onnx.save(m, out_path)
    return rewritten


if __name__ == "__main__":
    import sys
    if len(sys.argv) == 4 and sys.argv[1] == "gather-first":
        print(f"{gather_first(sys.argv[2], sys.argv[3])} embedding tables now gathered before they are dequantised")
    else:
        sys.exit("stance_export.py gather-first IN.onnx OUT.onnx")
