#!/usr/bin/env bash
# Writes target/quarkus-app/app.aot, an AOT cache for JDK 25 or later (JEPs 483, 514, 515: classes loaded
# and linked ahead of time, with method profiles), from one training run of the packaged service. Then
#   $JAVA -XX:AOTCache=target/quarkus-app/app.aot -jar target/quarkus-app/quarkus-run.jar
# answers its first request in about 1.9 s instead of 3.1 s on two cores (docs/performance.md).
# The cache belongs to that JDK and that build: rerun this after every package. A JVM that finds it
# stale says so and starts without it.
#
# The training run binds 127.0.0.1 only, stores into a throw-away H2 database under target/aot-training,
# and sends the service the requests it serves most: analyses of the bundled sample, listings, the page.
# Needs: ./mvnw -B package -DskipTests, and JAVA set to a JDK 25+ java (default: java on the PATH).
set -euo pipefail
cd "$(dirname "$0")/../../.."

JAVA=${JAVA:-java}
PORT=${PORT:-8093}
BASE="http://127.0.0.1:$PORT"
SAMPLE=src/main/resources/META-INF/resources/samples/belarus-oreshnik.txt
RUN=target/aot-training

if ! "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
  echo "aot-cache.sh: $JAVA has no AOT cache (JDK 25 or later needed); set JAVA=/path/to/jdk-25/bin/java" >&2
  exit 2
fi
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "aot-cache.sh: run ./mvnw -B package -DskipTests first" >&2; exit 2; }

rm -rf "$RUN" target/quarkus-app/app.aot
mkdir -p "$RUN"
(cd "$RUN" && exec "$JAVA" -XX:AOTCacheOutput=../quarkus-app/app.aot -Dquarkus.http.host=127.0.0.1 \
   -Dquarkus.http.port="$PORT" -jar ../quarkus-app/quarkus-run.jar > service.log 2>&1) &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT

for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready" || true)" = 200 ] && break
  sleep 0.1
done
post() { curl -sf -o /dev/null -X POST -H 'Content-Type: text/plain; charset=UTF-8' --data-binary @"$SAMPLE" "$BASE/v1/analyses?persist=$1"; }
for _ in $(seq 1 30); do
  post false
  post true
  curl -sf -o /dev/null "$BASE/v1/analyses?limit=5"
  curl -sf -o /dev/null "$BASE/v1/actors"
  curl -sf -o /dev/null "$BASE/"
done

# The cache is written when the JVM exits, by a child JVM the service's JVM waits for.
kill -TERM "$PID"
wait "$PID" || true
trap - EXIT
if [ -f target/quarkus-app/app.aot ]; then
  echo "wrote target/quarkus-app/app.aot ($(du -h target/quarkus-app/app.aot | cut -f1))"
else
  echo "aot-cache.sh: no cache written; see $RUN/service.log" >&2
  exit 1
fi
