#!/usr/bin/env bash
# Bounded soak test on loopback, on demand (not part of ./mvnw verify):
#   src/test/soak/soak.sh [SECONDS=180] [RATE=20]
# Starts the packaged service on 127.0.0.1 with a fresh H2 database and a 256 MiB heap, offers RATE requests
# a second for SECONDS, and reports status counts, latency percentiles and memory every 10 s.
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_TO_RUN="${1:-180}"
RATE="${2:-20}"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
WORK="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
java -Xmx256m -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
     -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/standpoint;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
     -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
status=0
java src/test/soak/Soak.java "$PORT" "$SERVER" "$SECONDS_TO_RUN" "$RATE" src/test/resources/articles/belarus-oreshnik.txt || status=$?
echo "server log warnings and errors:"
grep -E 'WARN|ERROR' "$WORK/server.log" | cut -c1-300 || echo "  none"
exit "$status"
