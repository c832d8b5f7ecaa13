#!/usr/bin/env bash
# Ingest benchmark through HTTP: POST /v1/usage-events of a service running on PostgreSQL against a raw COPY of the
# same rows into the same table (com.wedsync.usage.benchmarks.ingest.HttpIngestBenchmark), in one run.
# Creates (drops first) the database bench_http on 127.0.0.1:5432 (user postgres, trust), starts the service on it,
# makes the organizations bench-org-0..4 and a service token, runs the benchmark, stops the service.
# Usage: benchmarks/http/run-http-ingest.sh [events=200000] [batch=500] [callers=8] [rounds=2]
# Build first: bin/mvn -o -q -B -DskipTests package -pl adapters-rest,benchmarks -am
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
port=${BENCH_PORT:-18590}
database=bench_http
jdbc=jdbc:postgresql://127.0.0.1:5432/$database
admin=wsm_benchmarkadmin00000000000000000
JAVA_HOME=$("$root/bin/find-jdk")
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $database" -c "create database $database"
log=$(mktemp)
USAGE_PORT=$port USAGE_ADMIN_TOKEN=$admin USAGE_DB_URL=$jdbc USAGE_DB_USER=postgres USAGE_DB_PASSWORD= \
  "$JAVA_HOME/bin/java" ${USAGE_JAVA_OPTS:-} -jar "$root/adapters-rest/target/usage-monitor.jar" > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
url=http://127.0.0.1:$port
for _ in $(seq 1 120); do curl -fs "$url/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
auth=(-H "Authorization: Bearer $admin" -H 'Content-Type: application/json')
for i in 0 1 2 3 4; do
  curl -fs "${auth[@]}" -X POST "$url/v1/organizations" \
    -d "{\"id\":\"bench-org-$i\",\"name\":\"Benchmark $i\",\"tier\":\"SCALE\"}" >/dev/null
done
token=$(curl -fs "${auth[@]}" -X POST "$url/v1/tokens" -d '{"role":"service"}' | sed -E 's/.*"secret":"([^"]+)".*/\1/')
"$JAVA_HOME/bin/java" -cp "$root/benchmarks/target/benchmarks.jar:$root/benchmarks/target/libs/*" \
  com.wedsync.usage.benchmarks.ingest.HttpIngestBenchmark "$url" "$token" "$jdbc" "$@"
