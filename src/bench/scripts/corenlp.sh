#!/usr/bin/env bash
# Standpoint and Stanford CoreNLP side by side, in one JMH run over the same dev articles, then both
# systems' quote attribution scored by score.py. Needs the bench build with -Pbench,corenlp
# (see docs/performance.md) and about 7 GB of free memory (CoreNLP runs with a 6 GB heap).
set -euo pipefail
cd "$(dirname "$0")/../../.."
GOLD=../shared/eval/dev/gold
TEXTS=../shared/eval/dev/texts
mkdir -p target/bench target/eval
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
java -cp "$CP" org.openjdk.jmh.Main 'EngineBenchmark.devArticlesOneThread|CoreNlpBenchmark' \
  -rf json -rff target/bench/jmh-vs-corenlp.json "$@"

# The evaluation report writes Standpoint's responses under target/eval/dev; both systems are scored by score.py.
echo "== standpoint"
java -cp "$CP" dev.standpoint.eval.EvaluationReport > target/bench/evaluation-report.txt
python3 ../shared/eval/score.py --gold "$GOLD" --texts "$TEXTS" --outputs target/eval/dev \
  | tee target/bench/score-standpoint.txt
java -Xmx6g -cp "$CP" dev.standpoint.bench.corenlp.CoreNlpQuotes "$GOLD" "$TEXTS" target/eval/corenlp
echo "== corenlp"
python3 ../shared/eval/score.py --gold "$GOLD" --texts "$TEXTS" --outputs target/eval/corenlp \
  | tee target/bench/score-corenlp.txt
