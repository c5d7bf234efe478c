"""Exports the trained stance network to ONNX and quantises its weights to int8, the way ONNX Runtime's dynamic
quantiser does (which is not packaged for Debian): every MatMul by a weight matrix becomes DynamicQuantizeLinear
(uint8 activations) + MatMulInteger (int8 weights, one scale per output column) + a rescale; the embedding tables
are stored as uint8 and dequantised. About a quarter of the float model's size, and int8 arithmetic on the CPU."""
import numpy as np, onnx, torch
from onnx import helper, numpy_helper, TensorProto


def export(model, float_path, int8_path, opset=13):
    ids = torch.randint(1000, 2000, (2, 20)); types = torch.zeros_like(ids); mask = torch.ones_like(ids)
    torch.onnx.export(model, (ids, types, mask), float_path, input_names=["input_ids", "token_type_ids", "attention_mask"],
                      output_names=["logits"], opset_version=opset,
                      dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "token_type_ids": {0: "batch", 1: "tokens"},
                                    "attention_mask": {0: "batch", 1: "tokens"}, "logits": {0: "batch"}})
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
            nodes.append(helper.make_node("DequantizeLinear", [base + "_q", base + "_s", base + "_zp"], [base + "_deq"]))
            nodes.append(helper.make_node("Gather", [base + "_deq", n.input[1]], list(n.output), **{a.name: helper.get_attribute_value(a) for a in n.attribute}))
            continue
        nodes.append(n)
    used = {i for n in nodes for i in n.input}
    kept = [i for i in g.initializer if i.name in used] + new_inits
    del g.node[:]; g.node.extend(nodes)
    del g.initializer[:]; g.initializer.extend(kept)
    onnx.checker.check_model(m)
    onnx.save(m, int8_path)
