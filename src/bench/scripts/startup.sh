#!/usr/bin/env bash
# Start-up to the first answered analysis, for one or more JVM configurations launched in turn (interleaved,
# so the machine's drift falls on all of them alike); prints every launch and each configuration's median.
# Usage: src/bench/scripts/startup.sh [LABEL=JVM_OPTIONS ...]   (default: one configuration, no options)
#   e.g. LAUNCHES=7 src/bench/scripts/startup.sh plain= parallel-gc=-XX:+UseParallelGC
# JAVA picks the JVM, JAR the packaged service (default target/quarkus-app/quarkus-run.jar). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAVA=${JAVA:-java}
JAR=$(realpath "${JAR:-target/quarkus-app/quarkus-run.jar}")
LAUNCHES=${LAUNCHES:-5}
PORT=${PORT:-8097}
ARTICLE=$(realpath ../shared/eval/dev/texts/belarus-oreshnik.txt)
RUN=target/startup-run   # the service's working directory, so each launch gets a fresh ./data database
[ $# -gt 0 ] || set -- "default="

launch() {   # $1 = JVM options; prints milliseconds from launching java to the first 200
  rm -rf "$RUN"; mkdir -p "$RUN"
  local t0 t1 code
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$RUN" && exec "$JAVA" $1 -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR" > service.log 2>&1) &
  local pid=$!
  for _ in $(seq 1 3000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: text/plain; charset=UTF-8' \
      --data-binary @"$ARTICLE" "http://127.0.0.1:$PORT/v1/analyses?persist=false" || true)
    [ "$code" = 200 ] && break
    sleep 0.01
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

declare -A times
for _ in $(seq 1 "$LAUNCHES"); do
  for config in "$@"; do
    ms=$(launch "${config#*=}")
    echo "${config%%=*} $ms ms"
    times[${config%%=*}]+="$ms "
  done
done
for config in "$@"; do
  label=${config%%=*}
  # shellcheck disable=SC2086
  echo "median ${label}: $(printf '%s\n' ${times[$label]} | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}') ms"
done
