#!/usr/bin/env bash
# Load and fault test of the service on the loopback interface; NOT part of ./mvnw verify.
# Builds the runnable jar, starts it (heap capped, so that a leak or an unbounded render shows),
# runs LoadRun (JDK only, source launcher) and stops the service. Bounded: REQUESTS requests at
# most, MAX_SECONDS for the load run, fixed-size fault run.
#   examples/spring-service/load-test.sh            # 3000 requests, 32 clients
#   REQUESTS=5000 CLIENTS=64 examples/spring-service/load-test.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
REQUESTS=${REQUESTS:-3000}
CLIENTS=${CLIENTS:-32}
MAX_SECONDS=${MAX_SECONDS:-600}
PORT=${PORT:-18473}
HEAP=${HEAP:-512m}
JSON=examples/reference/src/main/resources/io/github/minutes4j/examples/reference/minutes-2022-06-02.json
JAR=examples/spring-service/target/minutes4j-examples-spring-service-0.3.0-SNAPSHOT.jar
LOG=examples/spring-service/target/load-test-service.log

if [ "${SKIP_BUILD:-}" != true ]; then
  ./mvnw -B -q -pl examples/spring-service -am package -DskipTests -Dinvoker.skip=true \
    -Dmaven.javadoc.skip=true -Dminutes4j.a11y.skip=true
fi

java -Xmx"$HEAP" -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null; wait "$SERVICE" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVICE" 2>/dev/null; then echo "the service did not start:"; tail -50 "$LOG"; exit 1; fi
  sleep 1
done

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); service heap max $HEAP"
STATUS=0
java examples/spring-service/src/test/java/io/github/minutes4j/examples/service/LoadRun.java \
  "http://127.0.0.1:$PORT" "$JSON" "$REQUESTS" "$CLIENTS" "$MAX_SECONDS" || STATUS=$?
echo "machine load afterwards: $(cut -d' ' -f1-3 /proc/loadavg)"
if grep -E "OutOfMemoryError|^\s+at " "$LOG" | head -5 | grep -q .; then
  echo "the service log has stack traces or an OutOfMemoryError:"; grep -E -m5 "OutOfMemoryError|Exception" "$LOG"
  exit 1
fi
exit $STATUS
