#!/usr/bin/env bash
# HTTP benchmark: POST /v1/decisions against the constant route GET /v1/ping of the same server, in one run.
# Starts the service on its embedded default in a scratch data directory, makes one organization whose limits are
# all finite but wide (every limit is checked, nearly every call admitted), and runs wrk on both routes alternately.
# Usage: benchmarks/http/run-http-benchmark.sh [duration=20s] [connections=32] [threads=1] [rounds=2]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
duration=${1:-20s}; connections=${2:-32}; threads=${3:-1}; rounds=${4:-2}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
port=${BENCH_PORT:-18480}
data=$(mktemp -d)
admin=wsm_benchmarkadmin00000000000000000
JAVA_HOME=$("$root/bin/find-jdk")
"$root/bin/mvn" -q -B -DskipTests package -pl adapters-rest -am >&2
USAGE_PORT=$port USAGE_DATA_DIR=$data USAGE_ADMIN_TOKEN=$admin \
  "$JAVA_HOME/bin/java" ${USAGE_JAVA_OPTS:-} -jar "$root/adapters-rest/target/usage-monitor.jar" > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
url=http://127.0.0.1:$port
for _ in $(seq 1 60); do curl -fs "$url/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
auth=(-H "Authorization: Bearer $admin" -H 'Content-Type: application/json')
curl -fs "${auth[@]}" -X POST "$url/v1/organizations" \
  -d '{"id":"bench","name":"Benchmark","tier":"SCALE","overrides":{"daily":1000000000,"minute":100000000,"burst":10000000}}' >/dev/null
export ORGANIZATION_ID=bench
SERVICE_TOKEN=$(curl -fs "${auth[@]}" -X POST "$url/v1/tokens" -d '{"role":"service"}' \
  | sed -E 's/.*"secret":"([^"]+)".*/\1/')
export SERVICE_TOKEN
echo "warming up" >&2
wrk -t"$threads" -c"$connections" -d10s "$url/v1/ping" >/dev/null
wrk -t"$threads" -c"$connections" -d10s -s "$root/benchmarks/http/decision.lua" "$url/v1/decisions" >/dev/null
summary() { # $1 label, rest: wrk args
  local label=$1; shift
  wrk --latency "$@" | awk -v label="$label" '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Non-2xx/ {errors=$NF}
    END {printf "%-10s %10s req/s  p50 %8s  p99 %8s  non-2xx %s\n", label, rps, p50, p99, (errors==""?0:errors)}'
}
for round in $(seq 1 "$rounds"); do
  echo "round $round (wrk -t$threads -c$connections -d$duration)"
  summary ping -t"$threads" -c"$connections" -d"$duration" "$url/v1/ping"
  summary decision -t"$threads" -c"$connections" -d"$duration" -s "$root/benchmarks/http/decision.lua" "$url/v1/decisions"
done
