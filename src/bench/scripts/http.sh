#!/usr/bin/env bash
# HTTP benchmarks of the packaged service, on loopback only (127.0.0.1), bounded in count and time:
# start-up to the first answered request, saturation throughput (wrk), p50/p99 at a fixed rate
# (OpenLoopLoad), RSS and heap after the load, and latency against article length (ApiScaling).
# Needs: ./mvnw -B -o package -DskipTests, and the bench classpath (see docs/performance.md), and wrk.
set -euo pipefail
cd "$(dirname "$0")/../../.."

PORT=${PORT:-8089}
BASE="http://127.0.0.1:$PORT"
export ARTICLE=${ARTICLE:-../shared/eval/dev/texts/belarus-oreshnik.txt}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m @$PWD/src/main/jvm/start.options}   # the README's start options, in a 512 MB heap
JAVA=${JAVA:-java}   # the service's JVM only; the load tools run on the java on the PATH
RATE=${RATE:-100}
OUT=${OUT:-target/bench}
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
RUN=target/bench-run   # the service's working directory: its ./data H2 database lands here, fresh each run
rm -rf "$RUN"; mkdir -p "$RUN" "$OUT"

post() { curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: text/plain; charset=UTF-8' \
           --data-binary @"$ARTICLE" "$BASE/v1/analyses?persist=$1" || true; }

# Larger text limits only so ApiScaling can reach 1 MB; nothing else is changed from the packaged defaults.
t0=$(date +%s%N)
(cd "$RUN" && exec "$JAVA" $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
   -Dstandpoint.text.max-chars=1100000 -Dquarkus.http.limits.max-body-size=4M \
   -jar ../quarkus-app/quarkus-run.jar > service.log 2>&1) &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 3000); do
  [ "$(post false)" = 200 ] && break
  sleep 0.01
done
t1=$(date +%s%N)
echo "startup_to_first_answer_ms=$(( (t1 - t0) / 1000000 ))" | tee "$OUT/http-startup.txt"
grep -o 'started in [0-9.]*s' "$RUN/service.log" | tee -a "$OUT/http-startup.txt" || true
echo "rss_after_start_kb=$(ps -o rss= -p "$PID")" | tee -a "$OUT/http-startup.txt"

load() { java -cp "$CP" dev.standpoint.bench.OpenLoopLoad "$@"; }
echo "== warm-up: 20 s at 50/s, persist=false"
load "$BASE/v1/analyses?persist=false" "$ARTICLE" 50 20 | tee "$OUT/http-warmup.txt"

for persist in false true; do
  echo "== saturation, persist=$persist: wrk -t1 -c8 -d20s"
  wrk -t1 -c8 -d20s --latency -s src/bench/scripts/post-article.lua "$BASE/v1/analyses?persist=$persist" \
    | tee "$OUT/http-wrk-persist-$persist.txt"
  echo "== fixed rate $RATE/s for 30 s (after 10 s unmeasured), persist=$persist"
  load "$BASE/v1/analyses?persist=$persist" "$ARTICLE" "$RATE" 30 10 | tee "$OUT/http-rate-persist-$persist.txt"
done

echo "rss_after_load_kb=$(ps -o rss= -p "$PID")" | tee "$OUT/http-memory.txt"
jcmd "$PID" GC.heap_info | tee -a "$OUT/http-memory.txt"

echo "== latency against article length (sequential, persist=false)"
java -cp "$CP" dev.standpoint.bench.ApiScaling "$BASE/v1/analyses?persist=false" \
  1024 4096 16384 65536 262144 1048576 | tee "$OUT/api-scaling.tsv"
echo "rss_after_scaling_kb=$(ps -o rss= -p "$PID")" | tee -a "$OUT/http-memory.txt"
